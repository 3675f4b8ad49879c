package app.auraworkflows.confluence;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Role: the page facts the workflow screens show (title, space, link), read from Confluence's
 * {@link PageManager}. It does not check permissions: callers ask {@link AuraPermissions} first.
 */
@Component
public class ConfluencePages {
    private final PageManager pageManager;

    public ConfluencePages(PageManager pageManager) {
        this.pageManager = pageManager;
    }

    /** The page's facts, or empty when no such page exists. */
    public Optional<PageFacts> find(long pageId) {
        AbstractPage page = pageManager.getAbstractPage(pageId);
        if (page == null) {
            return Optional.empty();
        }
        // getUrlPath() is Confluence's own link (its form depends on the site's settings, so never built here).
        return Optional.of(new PageFacts(page.getId(), page.getTitle(), page.getSpaceKey(), page.getUrlPath(),
                page.getVersion()));
    }

    /**
     * A page as the workflow screens show it.
     *
     * @param id       page id
     * @param title    page title
     * @param spaceKey its space
     * @param urlPath  context-relative view link
     * @param version  current page version
     */
    public record PageFacts(long id, String title, String spaceKey, String urlPath, int version) {
    }
}
