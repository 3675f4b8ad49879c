package com.atlassian.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import java.util.Map;

/**
 * Host-API declaration (Confluence 10, compile-only): an {@code <xhtml-macro>} module's class. Confluence
 * calls {@link #execute} when it converts storage format to view format (page view, print, PDF and Word
 * export) and puts the returned HTML in place of the macro. The nested enums are the real ones; their
 * constant names are part of the contract.
 */
public interface Macro {

    String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException;

    BodyType getBodyType();

    OutputType getOutputType();

    /** What the macro's body is: none, plain text or rich text. */
    enum BodyType { NONE, PLAIN_TEXT, RICH_TEXT }

    /** Whether the output is a block ({@code div}) or inline ({@code span}). */
    enum OutputType { BLOCK, INLINE }
}
