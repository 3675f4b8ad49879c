package app.auraworkflows.it;

import static app.auraworkflows.it.WorkflowFixtures.REST;
import static app.auraworkflows.it.WorkflowFixtures.activateTwoFactor;
import static app.auraworkflows.it.WorkflowFixtures.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.auraworkflows.devhost.junit.DevHostExtension;
import app.auraworkflows.devhost.junit.HttpResult;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * "Approved means approved" as one story in a real browser (Debian Chromium) on the dev host running the built
 * JAR: alice signs a protected page with her authenticator code; dave edits the approved page in the editor and
 * the page goes back to Draft, the history saying so in one sentence; the admin submits it again and carol signs
 * the new version with her code; a reader sees both signatures in the History macro in the page body.
 * Screenshots: {@code target/screenshots/approved-edited-*.png}.
 */
class ApprovedPageEditedBrowserIT {

    @RegisterExtension
    static DevHostExtension host = DevHostExtension.withDemoData();

    /** Basic Approval with Require 2FA on In Review (reviewers alice and carol) and its page-edit transitions. */
    private static long controlledDocumentWorkflow() {
        Map<String, Object> definition = new LinkedHashMap<>(
                WorkflowFixtures.basicApprovalDefinition("Controlled " + System.nanoTime()));
        List<Object> transitions = new ArrayList<>();
        for (Object t : (List<?>) definition.get("transitions")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> row = new LinkedHashMap<>((Map<String, Object>) t);
            if ("APPROVAL".equals(row.get("type"))) {
                row.put("reviewers", Map.of("users", List.of("alice", "carol"), "groups", List.of()));
                row.put("requireTwoFactor", true);
            }
            transitions.add(row);
        }
        transitions.add(Map.of("key", "edit-in-review", "type", "PAGE_EDIT", "from", "in-review", "to", "draft"));
        transitions.add(Map.of("key", "edit-published", "type", "PAGE_EDIT", "from", "published", "to", "draft"));
        definition.put("transitions", transitions);
        HttpResult r = host.postJson("admin", REST + "/workflows", definition);
        assertEquals(201, r.status(), r.toString());
        return r.json().get("id").asLong();
    }

    @Test
    void aSignedPageEditedAfterApprovalGoesBackToDraftAndIsSignedAgainOnTheNewVersion() {
        long pageId = pageWithHistoryMacro("SOP-201 Line clearance");
        assertEquals(201, host.postJson("admin", page(pageId) + "/workflow",
                Map.of("workflowId", controlledDocumentWorkflow())).status());
        assertEquals(200, host.postJson("admin", page(pageId) + "/transitions", Map.of("transitionKey", "submit")).status());
        String alice = activateTwoFactor(host, "alice");
        String carol = activateTwoFactor(host, "carol");

        try (Browser browser = Browser.start()) {
            ConfluencePages pages = new ConfluencePages(browser, host.baseUrl());

            // --- alice signs version 1.
            AuthenticatorApp.awaitSecondsLeftInStep(10);
            pages.openAs(view(pageId), "alice", "alice");
            sign(pages, AuthenticatorApp.nextStepCode(alice), "Version 1 checked.");
            pages.waitForWorkflowState("published");
            browser.screenshot("approved-edited-signed");
            pages.logout();

            // --- dave edits the approved page in the editor: it goes back to Draft.
            pages.openAs("/pages/editpage.action?pageId=" + pageId, "dave", "dave");
            WebElement body = pages.waitFor(By.id("wysiwygTextarea"));
            ((org.openqa.selenium.JavascriptExecutor) pages.driver()).executeScript(
                    "arguments[0].value += '<p>Line clearance now needs a second check.</p>'", body);
            pages.driver().findElement(By.id("rte-button-publish")).click();
            pages.waitForWorkflowState("draft");
            pages.expandWorkflowPanel();
            pages.waitForText(By.id("aura-wf-history-list"),
                    "Dave Dunn edited the page (version 2); it moved from Published to Draft.");
            List<WebElement> transitions = pages.driver().findElements(
                    By.cssSelector("#aura-wf-history-list li[data-type='TRANSITION']"));
            assertTrue(transitions.get(0).getText().startsWith("Dave Dunn edited the page"),
                    "newest first, and the edit is one entry: " + transitions.get(0).getText());
            browser.screenshot("approved-edited-back-to-draft");
            pages.logout();

            // --- The admin submits version 2 for review.
            pages.openAs(view(pageId), "admin", "admin");
            pages.expandWorkflowPanel();
            pages.waitFor(By.cssSelector("#aura-wf-selections button[data-transition-key='submit']")).click();
            pages.waitForText(By.id("aura-wf-move-text"), "In Review");
            pages.driver().findElement(By.id("aura-wf-move-submit")).click();
            pages.waitForWorkflowState("in review");
            pages.logout();

            // --- carol signs version 2.
            AuthenticatorApp.awaitSecondsLeftInStep(10);
            pages.openAs(view(pageId), "carol", "carol");
            sign(pages, AuthenticatorApp.nextStepCode(carol), "Version 2 checked.");
            pages.waitForWorkflowState("published");
            pages.expandWorkflowPanel();
            pages.waitForText(By.id("aura-wf-history-list"), "Carol Chen approved.");
            List<WebElement> signatures = pages.driver().findElements(By.cssSelector(
                    "#aura-wf-history-list li[data-type='VOTE'] .aura-wf-signature"));
            assertEquals(2, signatures.size(), "both signatures stay in the record");
            assertTrue(signatures.get(0).getText().contains("Signed by Carol Chen")
                    && signatures.get(0).getText().contains("page version 2"), signatures.get(0).getText());
            assertTrue(signatures.get(1).getText().contains("Signed by Alice Archer")
                    && signatures.get(1).getText().contains("page version 1"), signatures.get(1).getText());
            browser.screenshot("approved-edited-signed-again");

            // --- The History macro in the page body shows both signatures to a reader (print and PDF too).
            pages.logout();
            pages.openAs(view(pageId), "erin", "erin");
            WebElement macro = pages.waitFor(By.cssSelector("#main-content .aura-wf-history-macro"));
            List<WebElement> rows = macro.findElements(By.cssSelector("tr.aura-wf-signature"));
            assertEquals(2, rows.size(), macro.getText());
            assertTrue(rows.get(0).getText().contains("Alice Archer") && rows.get(0).getText().contains("2FA verified"),
                    "oldest first: " + rows.get(0).getText());
            assertTrue(rows.get(1).getText().contains("Carol Chen"), rows.get(1).getText());
            ((org.openqa.selenium.JavascriptExecutor) pages.driver()).executeScript(
                    "arguments[0].scrollIntoView({block: 'center'})", macro);
            browser.screenshot("approved-edited-history-macro");
        }

        JsonNode status = host.get("admin", page(pageId) + "/workflow").json();
        assertEquals("published", status.get("state").get("key").asText());
        assertEquals(2, status.get("lastApproval").get("pageVersion").asInt(), status.toString());
        assertFalse(status.get("changedSinceApproval").asBoolean());
    }

    /** A DEMO page whose body carries the History macro; its id. */
    private static long pageWithHistoryMacro(String titlePrefix) {
        String title = titlePrefix + " " + System.nanoTime();
        String body = "<p>Line clearance before each batch.</p>"
                + "<ac:structured-macro ac:name=\"aura-workflows-history\" ac:schema-version=\"1\"/>";
        HttpResult r = host.postJson("admin", "/rest/api/content", Map.of("type", "page", "title", title,
                "space", Map.of("key", "DEMO"), "body", Map.of("storage", Map.of("value", body, "representation", "storage"))));
        assertEquals(200, r.status(), r.toString());
        return Long.parseLong(r.json().get("id").asText());
    }

    /** Add your review → Approve → comment → Submit → the code → Approve, as a reviewer does in the panel. */
    private static void sign(ConfluencePages pages, String code, String comment) {
        pages.expandWorkflowPanel();
        pages.waitFor(By.id("aura-wf-review-button")).click();
        pages.waitFor(By.id("aura-wf-decision-approve-label")).click();
        pages.driver().findElement(By.id("aura-wf-comment")).sendKeys(comment);
        pages.driver().findElement(By.id("aura-wf-review-submit")).click();
        pages.waitFor(By.id("aura-wf-code")).sendKeys(code, Keys.ENTER);
    }

    private static String view(long pageId) {
        return "/pages/viewpage.action?pageId=" + pageId;
    }
}
