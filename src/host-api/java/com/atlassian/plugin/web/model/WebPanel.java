package com.atlassian.plugin.web.model;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * Host-API declaration (Atlassian Plugins web fragments, compile-only): the contract of a
 * {@code <web-panel class="...">}. Confluence renders a class panel through {@link #writeHtml}; its default
 * implementations call {@link #getHtml}, and the dev host calls {@link #getHtml} (reflectively).
 */
public interface WebPanel {
    String getHtml(Map<String, Object> context);

    default void writeHtml(Writer writer, Map<String, Object> context) throws IOException {
        writer.write(getHtml(context));
    }
}
