package devhostfixture.plugin;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.util.Map;

/**
 * A class web-panel (Confluence's WebPanel contract: getHtml(Map)). It requires a web-resource while
 * rendering and prints what it finds in the context, so the tests can check both.
 */
public class StatusPanel {
    private final GreetingService greetings;
    private final PageBuilderService pageBuilder;

    public StatusPanel(GreetingService greetings, PageBuilderService pageBuilder) {
        this.greetings = greetings;
        this.pageBuilder = pageBuilder;
    }

    public String getHtml(Map<String, Object> context) {
        pageBuilder.assembler().resources().requireWebResource("devhost.fixture.plugin:fixture-panel-resources");
        AbstractPage page = (AbstractPage) context.get("page");
        Space space = (Space) context.get("space");
        ConfluenceUser user = (ConfluenceUser) context.get("user");
        return "<span id=\"fixture-class-panel\" data-page-class=\"" + page.getClass().getName()
                + "\" data-title=\"" + escape(page.getTitle()) + "\" data-version=\"" + page.getVersion()
                + "\" data-space=\"" + space.getKey()
                + "\" data-url=\"" + escape(page.getUrlPath()) + "\" data-user=\"" + user.getName()
                + "\" data-thread-user=\"" + AuthenticatedUserThreadLocal.getUsername() + "\">page "
                + page.getId() + " " + context.keySet().stream().sorted().toList() + "</span>";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
