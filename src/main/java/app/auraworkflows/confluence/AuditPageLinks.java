package app.auraworkflows.confluence;

import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Role: the page facts the 2FA audit log may show to one administrator. An audit event names a page by id; its
 * title and link are shown only when this administrator may view the page (a Confluence administrator is not
 * automatically allowed into every restricted page, and the log must not leak restricted titles).
 */
@Component
public class AuditPageLinks {
    private final ConfluencePages pages;
    private final AuraPermissions permissions;

    public AuditPageLinks(ConfluencePages pages, AuraPermissions permissions) {
        this.pages = pages;
        this.permissions = permissions;
    }

    /**
     * A lookup for one request or export: each page is resolved once (an audit page names the same page many
     * times). Not shared between requests, so permission changes take effect at once.
     */
    public Lookup forViewer(AuraUser viewer) {
        return new Lookup(viewer);
    }

    /** Page facts by id for one viewer; empty when the page is gone or the viewer may not see it. */
    public final class Lookup {
        static final int REMEMBERED = 1_000;

        private final AuraUser viewer;
        /**
         * The pages already looked up, the {@value #REMEMBERED} most recent: an export of a million events asks for
         * the same few pages again and again, but must not remember every page it ever met.
         */
        private final Map<Long, Optional<ConfluencePages.PageFacts>> seen = new java.util.LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Optional<ConfluencePages.PageFacts>> eldest) {
                return size() > REMEMBERED;
            }
        };

        private Lookup(AuraUser viewer) {
            this.viewer = viewer;
        }

        public Optional<ConfluencePages.PageFacts> page(Long pageId) {
            if (pageId == null) {
                return Optional.empty();
            }
            return seen.computeIfAbsent(pageId, id -> permissions.canViewPage(viewer, id)
                    ? pages.find(id) : Optional.empty());
        }
    }
}
