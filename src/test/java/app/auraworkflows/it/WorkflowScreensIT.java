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
 * The Open tasks screen, its Apps menu item and the workflow panel on page view, over real HTTP on the dev
 * host running the built JAR.
 */
class WorkflowScreensIT {
    private static final String TASKS = "/plugins/servlet/aura-workflows/tasks";

    @RegisterExtension
    static DevHostExtension host = DevHostExtension.withDemoData();

    @Test
    void anonymousVisitorsOfOpenTasksAreSentToTheLoginPage() {
        HttpResult r = host.anonymous().get(TASKS);
        assertEquals(302, r.status());
        assertTrue(r.location().contains("login.action"), r.location());
    }

    @Test
    void openTasksIsADecoratedPageWithAnEmptyStateAndAnAppsMenuItem() {
        HttpResult r = loggedIn("dave").get(TASKS);
        assertEquals(200, r.status(), r.toString());
        assertTrue(r.body().contains("<h1>Open tasks</h1>"), r.body());
        assertTrue(r.body().contains("Nothing to review"));
        assertTrue(r.body().contains("aura-workflows.css"), "the screen's stylesheet is linked");
        assertTrue(r.body().contains("/plugins/servlet/aura-workflows/tasks\""), "Apps > Aura Workflows > Open tasks");
        assertEquals("no-store", r.header("Cache-Control").orElse(""));
    }

    @Test
    void pageViewShowsEditorsTheAddWorkflowEntryWithItsScriptAndReadersNothing() {
        long plain = newPage(host, "DEMO", "Panel");
        HttpResult editor = loggedIn("erin").get("/pages/viewpage.action?pageId=" + plain);
        assertEquals(200, editor.status());
        assertTrue(editor.body().contains("id=\"aura-workflow-panel\""), editor.body());
        assertTrue(editor.body().contains("data-page-id=\"" + plain + "\""));
        assertTrue(editor.body().contains("aura-workflow-panel.js"), "the panel requires its script");

        long restricted = newPage(host, "RESTRICTED", "Panel reader");
        HttpResult reader = loggedIn("erin").get("/pages/viewpage.action?pageId=" + restricted);
        assertEquals(200, reader.status());
        assertFalse(reader.body().contains("id=\"aura-workflow-panel\""), "erin only reads this space");
    }

    private static DevHostClient loggedIn(String user) {
        DevHostClient browser = host.browser();
        browser.login(user, user);
        return browser;
    }
}
