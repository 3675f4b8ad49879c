package com.atlassian.confluence.macro;

/**
 * Host-API declaration (Confluence 10, compile-only): thrown by {@link Macro#execute}; Confluence shows an
 * error box with the message in the macro's place. Only the constructors the app or the dev host use.
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
