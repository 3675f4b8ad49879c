package app.auraworkflows.devhost.confluence;

import app.auraworkflows.devhost.content.ContentStore;
import app.auraworkflows.devhost.content.HostPage;
import app.auraworkflows.devhost.content.PageUpdate;
import com.atlassian.confluence.event.events.content.page.PageUpdateEvent;
import com.atlassian.confluence.pages.PageUpdateTrigger;
import com.atlassian.event.api.EventPublisher;
import java.util.Optional;

/**
 * Saving a new version of a page, as Confluence's page manager does it for the dev host's editor and its
 * {@code PUT /rest/api/content/{id}}: the content store stores the version, then a {@link PageUpdateEvent} (the new
 * page and the original one) is published to the plugins' listeners.
 */
public final class DevPageUpdates {
    private final ContentStore content;
    private final DevPageManager pages;
    private final EventPublisher events;

    public DevPageUpdates(ContentStore content, DevPageManager pages, EventPublisher events) {
        this.content = content;
        this.pages = pages;
        this.events = events;
    }

    /** As {@link ContentStore#updatePage}; an update that stored a version also publishes its event. */
    public PageUpdate update(long id, int expectedVersion, String title, String body, String modifierKey,
                             PageUpdateTrigger trigger) {
        Optional<HostPage> original = content.page(id);
        PageUpdate outcome = content.updatePage(id, expectedVersion, title, body, modifierKey);
        if (outcome instanceof PageUpdate.Updated updated) {
            events.publish(new PageUpdateEvent(this, pages.toPage(updated.page()),
                    original.map(pages::toPage).orElse(null), false, trigger));
        }
        return outcome;
    }
}
