package com.atlassian.confluence.content.render.xhtml;

import com.atlassian.confluence.core.ContentEntityObject;

/**
 * Host-API declaration (Confluence 10, compile-only): the context of one storage-to-view conversion,
 * passed to {@code Macro.execute}. Only {@link #getEntity()} is declared (the real interface has many more
 * members: properties, page context, output type, timeouts); it is the content being rendered, or null
 * when there is none (e.g. a preview of unsaved content).
 */
public interface ConversionContext {
    ContentEntityObject getEntity();
}
