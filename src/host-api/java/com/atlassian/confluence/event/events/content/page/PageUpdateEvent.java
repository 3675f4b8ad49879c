package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageUpdateTrigger;
import java.util.Objects;

/**
 * Host-API declaration (Confluence 10, compile-only): published when a page is updated, that is when a new version of
 * it is saved. The constructor is the real (deprecated) one the dev host uses; the real class also has one taking an
 * {@code OperationContext}, not declared.
 */
public class PageUpdateEvent extends PageEvent {
    private final AbstractPage originalPage;
    private final PageUpdateTrigger updateTrigger;

    public PageUpdateEvent(Object src, Page updatedPage, AbstractPage originalPage, boolean suppressNotifications,
                           PageUpdateTrigger updateTrigger) {
        super(src, updatedPage, suppressNotifications);
        this.originalPage = originalPage;
        this.updateTrigger = Objects.requireNonNull(updateTrigger);
    }

    /** The page as it was before the update (the previous version), or null. */
    public AbstractPage getOriginalPage() {
        return originalPage;
    }

    public PageUpdateTrigger getUpdateTrigger() {
        return updateTrigger;
    }
}
