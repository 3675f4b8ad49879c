package app.auraworkflows.confluence;

import app.auraworkflows.approval.PageAuthors;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.user.ConfluenceUser;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Role: a page's authors as Confluence records them: {@code getCreator()} (who created the page) and
 * {@code getLastModifier()} (who saved its current version, the one under review), both inherited from
 * Confluence's entity base class. A missing user (for instance an anonymous edit) adds nobody.
 */
@Component
public class ConfluencePageAuthors implements PageAuthors {
    private final PageManager pageManager;

    public ConfluencePageAuthors(PageManager pageManager) {
        this.pageManager = pageManager;
    }

    @Override
    public Set<String> authorKeys(long pageId) {
        AbstractPage page = pageManager.getAbstractPage(pageId);
        Set<String> keys = new LinkedHashSet<>();
        if (page != null) {
            add(keys, page.getCreator());
            add(keys, page.getLastModifier());
        }
        return keys;
    }

    private static void add(Set<String> keys, ConfluenceUser user) {
        if (user != null && user.getKey() != null) {
            keys.add(user.getKey().getStringValue());
        }
    }
}
