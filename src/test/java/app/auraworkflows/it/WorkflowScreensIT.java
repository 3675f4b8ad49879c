package app.auraworkflows.it;

import static app.auraworkflows.it.WorkflowFixtures.newPage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.auraworkflows.devhost.junit.DevHostClient;
import app.auraworkflows.devhost.junit.DevHostExtension;
import app.auraworkflows.devhost.junit.HttpResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Open tasks screen, its header link and the workflow panel on page view (the byline item, the panel's
 * page-context resources and the page-panel servlet's fragment), over real HTTP on the dev host running the
 * built JAR.
 */
class WorkflowScreensIT {
    private static final String TASKS = "/plugins/servlet/aura-workflows/tasks";
    private static final String PANEL = "/plugins/servlet/aura-workflows/page-panel?pageId=";

    @RegisterExtension
    static DevHostExtension host = DevHostExtension.withDemoData();

    @Test
    void anonymousVisitorsOfOpenTasksAreSentToTheLoginPage() {
        HttpResult r = host.anonymous().get(TASKS);
        assertEquals(302, r.status());
        assertTrue(r.location().contains("login.action"), r.location());
    }

    @Test
    void openTasksIsADecoratedPageWithAnEmptyStateAndAHeaderLink() {
        HttpResult r = loggedIn("dave").get(TASKS);
        assertEquals(200, r.status(), r.toString());
        assertTrue(r.body().contains("<h1>Open tasks</h1>"), r.body());
        assertTrue(r.body().contains("Nothing to review"));
        assertTrue(r.body().contains("aura-workflows.css"), "the screen's stylesheet is linked");
        assertTrue(r.body().matches("(?s).*<a href=\"[^\"]*/plugins/servlet/aura-workflows/tasks\" id=\"aura-workflows-header-link\"[^>]*>"
                + "Aura Workflows</a>.*"), "the Aura Workflows header link leads to Open tasks");
        assertEquals("no-store", r.header("Cache-Control").orElse(""));
    }

    @Test
    void pageViewHasTheBylineItemAndThePanelScriptAndThePanelServletAnswersPerViewer() {
        long plain = newPage(host, "DEMO", "Panel");
        HttpResult view = loggedIn("erin").get("/pages/viewpage.action?pageId=" + plain);
        assertEquals(200, view.status());
        assertTrue(view.body().contains("id=\"aura-workflow-byline-link\""), "the byline item (page banner)\n" + view.body());
        assertTrue(view.body().contains("<meta name=\"ajs-page-id\" content=\"" + plain + "\">"));
        assertTrue(view.body().contains("aura-workflow-byline.js"), "the page context links the panel's script");
        assertTrue(view.body().contains("aura-workflow-panel.js"));
        assertFalse(loggedIn("erin").get(TASKS).body().contains("aura-workflow-byline.js"), "page screens only");

        HttpResult editor = loggedIn("erin").get(PANEL + plain);
        assertEquals(200, editor.status(), editor.toString());
        assertTrue(editor.header("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(editor.body().startsWith("<div id=\"aura-workflow-panel\""), "an undecorated fragment\n" + editor.body());
        assertTrue(editor.body().contains("data-page-id=\"" + plain + "\""));
        assertTrue(editor.body().contains("data-rest-base=\"/confluence/rest/aura-workflows/1.0\""));
        assertTrue(editor.body().contains("id=\"aura-wf-add-button\""));
        assertFalse(editor.body().contains("<html"), editor.body());

        long restricted = newPage(host, "RESTRICTED", "Panel reader");
        HttpResult reader = loggedIn("erin").get(PANEL + restricted);
        assertEquals(204, reader.status(), "erin only reads this space: nothing to show");
        assertEquals("", reader.body());
        assertEquals(404, loggedIn("dave").get(PANEL + restricted).status(), "dave cannot see the page");
        assertEquals(404, loggedIn("erin").get(PANEL + "nope").status());
        HttpResult anonymous = host.anonymous().get(PANEL + plain);
        assertEquals(204, anonymous.status());
    }

    private static DevHostClient loggedIn(String user) {
        DevHostClient browser = host.browser();
        browser.login(user, user);
        return browser;
    }
}
