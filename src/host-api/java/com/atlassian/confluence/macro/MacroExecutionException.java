package com.atlassian.confluence.macro;

/**
 * Host-API declaration (Confluence 10, compile-only): thrown by {@link Macro#execute}; Confluence shows an
 * error box in the macro's place (the dev host does the same). Declared for {@code execute}'s throws clause;
 * two of the real constructors.
 */
public class MacroExecutionException extends Exception {
    private static final long serialVersionUID = 1L;

    public MacroExecutionException(String message) {
        super(message);
    }

    public MacroExecutionException(String message, Throwable cause) {
        super(message, cause);
    }
}
