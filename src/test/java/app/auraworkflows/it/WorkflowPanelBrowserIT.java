package app.auraworkflows.it;

import static app.auraworkflows.it.WorkflowFixtures.basicApproval;
import static app.auraworkflows.it.WorkflowFixtures.newPage;
import static app.auraworkflows.it.WorkflowFixtures.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.auraworkflows.devhost.junit.DevHostExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The workflow panel and the Open tasks screen as people use them in a real browser (Debian Chromium) on the
 * dev host running the built JAR: an editor adds Basic Approval to a page and submits it, alice approves
 * (Published); on another page bob rejects (back to Draft); the panel and the history show it; a space
 * administrator removes a workflow after a warning. Screenshots
 * land in {@code target/screenshots/workflow-*.png}. Workflows are made through {@code POST /workflows}.
 */
class WorkflowPanelBrowserIT {
    private static final String TASKS = "/plugins/servlet/aura-workflows/tasks";

    @RegisterExtension
    static DevHostExtension host = DevHostExtension.withDemoData();

    @Test
    void editorsSeeAddWorkflowReadersSeeNothingAndTasksHaveAnEmptyState() {
        long plain = newPage(host, "DEMO", "Plain page");
        long restricted = newPage(host, "RESTRICTED", "Read only");
        try (Browser browser = Browser.start()) {
            ConfluencePages pages = new ConfluencePages(browser, host.baseUrl());

            pages.openAs(view(plain), "erin", "erin");
            WebElement add = pages.waitFor(By.id("aura-wf-add-button"));
            assertEquals("Add workflow", add.getText());
            browser.screenshot("workflow-add-entry");

            // erin can only read the Leadership space: no workflow, nothing to add, so no panel at all.
            browser.driver().get(host.baseUrl() + view(restricted));
            pages.waitForWorkflowPanelMounted();
            assertTrue(browser.driver().findElements(By.id("aura-workflow-panel")).isEmpty());
            assertFalse(browser.driver().findElement(By.id("aura-workflow-byline-link-wrapper")).isDisplayed(),
                    "the empty byline item is hidden");

            browser.driver().get(host.baseUrl() + TASKS);
            pages.waitFor(By.cssSelector(".aura-wf-tasks-empty"));
            browser.screenshot("workflow-open-tasks-empty");
        }
    }

    @Test
    void anEditorAppliesAliceApprovesAndOnAnotherPageBobRejects() {
        long workflowId = basicApproval(host, "Basic Approval (browser " + System.nanoTime() + ")");
        long approved = newPage(host, "DEMO", "Browser approval");
        long rejected = newPage(host, "DEMO", "Browser rejection");
        try (Browser browser = Browser.start()) {
            ConfluencePages pages = new ConfluencePages(browser, host.baseUrl());

            // --- erin (an editor, not a reviewer): Add workflow -> pick -> confirm; the page is in Draft.
            pages.openAs(view(approved), "erin", "erin");
            pages.waitFor(By.id("aura-wf-add-button")).click();
            pages.waitFor(By.cssSelector("#aura-wf-apply-select option[value='" + workflowId + "']"));
            new Select(browser.driver().findElement(By.id("aura-wf-apply-select"))).selectByValue(String.valueOf(workflowId));
            browser.screenshot("workflow-apply-dialog");
            browser.driver().findElement(By.id("aura-wf-apply-submit")).click();
            pages.waitForWorkflowState("draft");

            // Expand; the selection "In Review" is offered to the editor as a choice + confirm.
            pages.expandWorkflowPanel();
            WebElement submit = pages.waitFor(By.cssSelector("#aura-wf-selections button[data-transition-key='submit']"));
            assertEquals("Submit for review", submit.getText(), "a button named as the workflow names the transition");
            submit.click();
            pages.waitForText(By.id("aura-wf-move-text"), "The page moves to In Review.");
            assertEquals("Submit for review", browser.driver().findElement(By.id("aura-wf-move-title")).getText(),
                    "the dialog is headed with the button's words");
            assertEquals("Submit for review", browser.driver().findElement(By.id("aura-wf-move-submit")).getText());
            browser.screenshot("workflow-move-dialog");
            browser.driver().findElement(By.id("aura-wf-move-submit")).click();
            pages.waitForWorkflowState("in review");
            pages.expandWorkflowPanel();
            pages.waitForText(By.id("aura-wf-content"), "Approvals: 0 of 1 needed");
            assertTrue(browser.driver().findElements(By.id("aura-wf-review-button")).isEmpty(),
                    "erin is not a reviewer: no Add your review");
            browser.screenshot("workflow-in-review-editor");
            pages.logout();

            // --- alice (group reviewers): Add your review -> Approve -> comment -> Submit: Published.
            pages.openAs(view(approved), "alice", "alice");
            pages.waitForText(By.id("aura-wf-toggle"), "Your review is requested");
            pages.expandWorkflowPanel();
            pages.waitFor(By.id("aura-wf-review-button")).click();
            // AUI draws its own radio over the input: people (and this test) click the label.
            WebElement approve = pages.waitFor(By.id("aura-wf-decision-approve-label"));
            assertEquals("Approve", approve.getText());
            approve.click();
            assertTrue(browser.driver().findElement(By.id("aura-wf-decision-approve")).isSelected());
            browser.driver().findElement(By.id("aura-wf-comment")).sendKeys("Ready to publish.");
            browser.screenshot("workflow-review-dialog");
            browser.driver().findElement(By.id("aura-wf-review-submit")).click();
            pages.waitForWorkflowState("published");
            pages.expandWorkflowPanel();
            pages.waitForText(By.id("aura-wf-history-list"), "Alice Archer approved.");
            String history = browser.driver().findElement(By.id("aura-wf-history-list")).getText();
            assertTrue(history.contains("Ready to publish."), history);
            assertTrue(history.indexOf("The review was approved: the page moved from In Review to Published.")
                            < history.indexOf("Alice Archer approved."),
                    "newest first, as sentences: the transition above the vote that closed the round\n" + history);
            assertTrue(history.contains("Erin Evans moved the page from Draft to In Review."), history);
            for (WebElement time : browser.driver().findElements(By.cssSelector("#aura-wf-history-list time"))) {
                // one date format, in the viewer's profile zone (the demo users' zone is UTC), as on every screen
                assertTrue(time.getText().matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC"), time.getText());
                assertTrue(time.getAttribute("datetime").endsWith("Z"), time.getAttribute("datetime"));
            }
            browser.screenshot("workflow-published-history");
            pages.logout();

            // --- second page, applied and submitted over REST; carol's Open tasks list it.
            host.postJson("admin", page(rejected) + "/workflow", Map.of("workflowId", workflowId));
            host.postJson("admin", page(rejected) + "/transitions", Map.of("transitionKey", "submit"));
            pages.openAs(TASKS, "carol", "carol");
            pages.waitFor(By.cssSelector(".aura-wf-tasks-table"));
            String tasks = browser.driver().findElement(By.cssSelector(".aura-wf-tasks-table")).getText();
            assertTrue(tasks.contains("Browser rejection"), tasks);
            assertTrue(tasks.contains("Demo Space") && tasks.contains("Ada Admin"), "space by name, requested by: " + tasks);
            browser.screenshot("workflow-open-tasks");
            pages.logout();

            // --- bob rejects: back to Draft, with the vote in the history.
            pages.openAs(view(rejected), "bob", "bob");
            pages.expandWorkflowPanel();
            pages.waitFor(By.id("aura-wf-review-button")).click();
            pages.waitFor(By.id("aura-wf-decision-reject-label")).click();
            browser.driver().findElement(By.id("aura-wf-comment")).sendKeys("The scope section is missing.");
            browser.driver().findElement(By.id("aura-wf-review-submit")).click();
            pages.waitForWorkflowState("draft");
            pages.expandWorkflowPanel();
            pages.waitForText(By.id("aura-wf-history-list"), "Bob Baker rejected.");
            assertFalse(browser.driver().findElement(By.id("aura-wf-content")).getText().contains("Add your review"));
            browser.screenshot("workflow-rejected-history");
        }
    }

    @Test
    void aSpaceAdministratorRemovesTheWorkflowAfterAWarningWithFocusOnCancel() {
        long workflowId = basicApproval(host, "Basic Approval (remove " + System.nanoTime() + ")");
        long pageId = newPage(host, "DEMO", "Browser removal");
        host.postJson("admin", page(pageId) + "/workflow", Map.of("workflowId", workflowId));
        try (Browser browser = Browser.start()) {
            ConfluencePages pages = new ConfluencePages(browser, host.baseUrl());

            // alice edits DEMO pages but does not administer the space: no Remove workflow.
            pages.openAs(view(pageId), "alice", "alice");
            pages.expandWorkflowPanel();
            pages.waitForText(By.id("aura-wf-content"), "Draft");
            assertTrue(browser.driver().findElements(By.id("aura-wf-remove-button")).isEmpty());
            pages.logout();

            // carol administers the DEMO space.
            pages.openAs(view(pageId), "carol", "carol");
            pages.expandWorkflowPanel();
            WebElement remove = pages.waitFor(By.id("aura-wf-remove-button"));
            assertEquals("Remove workflow", remove.getText());
            remove.click();
            WebElement cancel = pages.waitFor(By.id("aura-wf-remove-cancel"));
            pages.waitForText(By.id("aura-wf-remove-warning"), "The history stays.");
            assertEquals(cancel, browser.driver().switchTo().activeElement(), "focus starts on Cancel");
            browser.screenshot("workflow-remove-dialog");
            // Escape closes it (AUI's global key handling must not swallow the key) and the focus goes back to
            // the button that opened it.
            browser.driver().switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ESCAPE);
            browser.waitUpTo(java.time.Duration.ofSeconds(5)).until(d -> !d.findElement(By.id("aura-wf-remove-cancel"))
                    .isDisplayed());
            browser.waitUpTo(java.time.Duration.ofSeconds(5)).until(d -> remove.equals(d.switchTo().activeElement()));
            assertEquals(200, host.get("admin", page(pageId) + "/workflow").status(), "Escape removes nothing");
            remove.click();
            pages.waitFor(By.id("aura-wf-remove-cancel")).click();
            assertEquals(200, host.get("admin", page(pageId) + "/workflow").status(), "Cancel removes nothing");
            browser.waitUpTo(java.time.Duration.ofSeconds(5)).until(d -> remove.equals(d.switchTo().activeElement()));

            remove.click();
            pages.waitFor(By.id("aura-wf-remove-submit")).click();
            pages.waitFor(By.id("aura-wf-add-button"));
            assertEquals(404, host.get("admin", page(pageId) + "/workflow").status());
            assertEquals("REMOVED", host.get("admin", page(pageId) + "/history").json().get("entries").get(0)
                    .get("type").asText());
            browser.screenshot("workflow-removed");
        }
    }

    @Test
    void anAuthorOfTheVersionUnderReviewIsToldWhyTheyCannotReview() {
        Map<String, Object> definition = new java.util.HashMap<>(
                WorkflowFixtures.basicApprovalDefinition("Exclude authors (browser " + System.nanoTime() + ")"));
        List<Object> transitions = new ArrayList<>();
        for (Object t : (List<?>) definition.get("transitions")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> copy = new java.util.HashMap<>((Map<String, Object>) t);
            if ("APPROVAL".equals(copy.get("type"))) {
                copy.put("excludeAuthors", true);
            }
            transitions.add(copy);
        }
        definition.put("transitions", transitions);
        long workflowId = host.postJson("admin", WorkflowFixtures.REST + "/workflows", definition).json().get("id").asLong();
        String title = "Browser self review " + System.nanoTime();
        long pageId = Long.parseLong(host.postJson("alice", "/rest/api/content", Map.of("type", "page", "title", title,
                "space", Map.of("key", "DEMO"), "body", Map.of("storage", Map.of("value", "<p>alice wrote this</p>",
                        "representation", "storage")))).json().get("id").asText());
        host.postJson("admin", page(pageId) + "/workflow", Map.of("workflowId", workflowId));
        host.postJson("admin", page(pageId) + "/transitions", Map.of("transitionKey", "submit"));
        try (Browser browser = Browser.start()) {
            ConfluencePages pages = new ConfluencePages(browser, host.baseUrl());
            pages.openAs(view(pageId), "alice", "alice");
            pages.expandWorkflowPanel();
            pages.waitForText(By.cssSelector(".aura-wf-self-review"), "You cannot review this version");
            assertTrue(browser.driver().findElements(By.id("aura-wf-review-button")).isEmpty(),
                    "no review button for the author");
            browser.screenshot("workflow-self-review");
            pages.logout();

            pages.openAs(view(pageId), "bob", "bob");
            pages.expandWorkflowPanel();
            pages.waitFor(By.id("aura-wf-review-button"));
            assertTrue(browser.driver().findElements(By.cssSelector(".aura-wf-self-review")).isEmpty());
        }
    }

    @Test
    void aReviewOfAPageEditedWhileTheDialogWasOpenSaysSoAndOffersToReloadThePage() {
        long workflowId = basicApproval(host, "Edited meanwhile " + System.nanoTime());
        long pageId = WorkflowFixtures.inReviewPage(host, workflowId, "Edited meanwhile");
        try (Browser browser = Browser.start()) {
            ConfluencePages pages = new ConfluencePages(browser, host.baseUrl());
            pages.openAs(view(pageId), "carol", "carol");
            pages.expandWorkflowPanel();
            pages.waitFor(By.id("aura-wf-review-button")).click();
            pages.waitFor(By.id("aura-wf-decision-approve-label")).click();

            // Meanwhile someone saves version 2 of the page.
            var current = host.get("admin", "/rest/api/content/" + pageId).json();
            assertEquals(200, host.putJson("admin", "/rest/api/content/" + pageId, Map.of("type", "page",
                    "title", current.get("title").asText(), "version", Map.of("number", 2), "body",
                    Map.of("storage", Map.of("value", "<p>changed</p>", "representation", "storage")))).status());

            browser.driver().findElement(By.id("aura-wf-review-submit")).click();
            WebElement reload = pages.waitFor(By.id("aura-wf-review-reload-button"));
            String message = browser.driver().findElement(By.id("aura-wf-review-error")).getText();
            assertFalse(message.isBlank(), "the refusal says why");
            assertEquals(reload, browser.driver().switchTo().activeElement(), "the way forward has the focus");
            assertFalse(browser.driver().findElement(By.id("aura-wf-review-submit")).isEnabled(),
                    "submitting again would be refused the same way");
            browser.screenshot("workflow-review-page-changed");
            reload.click();
            browser.waitUpTo(java.time.Duration.ofSeconds(30)).until(d -> !d.findElements(
                    By.cssSelector("#aura-workflow-panel[data-page-version='2']")).isEmpty());
            // the reloaded page is version 2, whose review the panel now sends
        }
    }

    private static String view(long pageId) {
        return "/pages/viewpage.action?pageId=" + pageId;
    }
}
