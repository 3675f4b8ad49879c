package app.auraworkflows.it;

import static app.auraworkflows.it.WorkflowFixtures.basicApproval;
import static app.auraworkflows.it.WorkflowFixtures.newPage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.auraworkflows.devhost.junit.DevHostExtension;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The workflow panel works wherever Confluence is mounted: at the root context path and at {@code /wiki} (the
 * other browser ITs run at {@code /confluence}), an editor finds "Add workflow" in the byline, applies a
 * workflow and opens the panel, whose REST calls (status, history) succeed. Each nested class starts its own
 * dev host at its context path.
 */
class WorkflowPanelContextPathBrowserIT {

    @Nested
    class AtTheRootContextPath {
        @RegisterExtension
        final DevHostExtension host = DevHostExtension.withDemoData().configure(b -> b.contextPath(""));

        @Test
        void anEditorAppliesAWorkflowAndOpensThePanel() {
            applyAndOpen(host, "");
        }
    }

    @Nested
    class AtWiki {
        @RegisterExtension
        final DevHostExtension host = DevHostExtension.withDemoData().configure(b -> b.contextPath("/wiki"));

        @Test
        void anEditorAppliesAWorkflowAndOpensThePanel() {
            applyAndOpen(host, "/wiki");
        }
    }

    private static void applyAndOpen(DevHostExtension host, String contextPath) {
        assertTrue(host.baseUrl().matches("http://[^/]+:\\d+" + contextPath), host.baseUrl());
        long workflowId = basicApproval(host, "Basic Approval (context path " + System.nanoTime() + ")");
        long page = newPage(host, "DEMO", "Context path");
        try (Browser browser = Browser.start()) {
            ConfluencePages pages = new ConfluencePages(browser, host.baseUrl());
            pages.openAs("/pages/viewpage.action?pageId=" + page, "erin", "erin");
            pages.waitFor(By.id("aura-wf-add-button")).click();
            assertEquals(contextPath + "/rest/aura-workflows/1.0",
                    browser.driver().findElement(By.id("aura-workflow-panel")).getAttribute("data-rest-base"));
            pages.waitFor(By.cssSelector("#aura-wf-apply-select option[value='" + workflowId + "']"));
            new Select(browser.driver().findElement(By.id("aura-wf-apply-select"))).selectByValue(String.valueOf(workflowId));
            browser.driver().findElement(By.id("aura-wf-apply-submit")).click();
            pages.waitForWorkflowState("draft");

            pages.expandWorkflowPanel();
            pages.waitFor(By.cssSelector("#aura-wf-selections button[data-transition-key='submit']"));
            pages.waitForText(By.id("aura-wf-history-list"), "Erin Evans added the workflow");
            browser.screenshot("workflow-context-path" + contextPath.replace('/', '-'));
        }
    }
}
