package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.pages.Page;
import java.util.Objects;

/**
 * Host-API declaration (Confluence 10, compile-only): an event about a page. Flattened: the real class extends
 * {@code ContentEvent} (which declares {@code isSuppressNotifications()}) and {@code ConfluenceEvent}; the members
 * are declared here and {@code invokevirtual} resolves them up the real hierarchy.
 */
public abstract class PageEvent {
    private final Object source;
    private final Page page;
    private final boolean suppressNotifications;

    public PageEvent(Object source, Page page, boolean suppressNotifications) {
        this.source = source;
        this.page = Objects.requireNonNull(page);
        this.suppressNotifications = suppressNotifications;
    }

    /** The page as saved (for an update: the new version). */
    public Page getPage() {
        return page;
    }

    public Object getSource() {
        return source;
    }

    /** A minor edit ("notify watchers" unticked). */
    public boolean isSuppressNotifications() {
        return suppressNotifications;
    }
}
