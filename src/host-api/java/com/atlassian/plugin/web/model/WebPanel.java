package com.atlassian.plugin.web.model;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * Host-API declaration (Atlassian Plugins web fragments, compile-only): the contract of a
 * {@code <web-panel class="...">}. Both methods are abstract as in the real interface: Confluence renders a
 * class panel through {@link #writeHtml}, so an implementation must provide it; the dev host calls
 * {@link #getHtml} (reflectively).
 */
public interface WebPanel {
    String getHtml(Map<String, Object> context);

    void writeHtml(Writer writer, Map<String, Object> context) throws IOException;
}
