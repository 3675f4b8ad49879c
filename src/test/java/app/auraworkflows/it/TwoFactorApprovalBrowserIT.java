package app.auraworkflows.it;

import static app.auraworkflows.it.WorkflowFixtures.REST;
import static app.auraworkflows.it.WorkflowFixtures.activateTwoFactor;
import static app.auraworkflows.it.WorkflowFixtures.inReviewPage;
import static app.auraworkflows.it.WorkflowFixtures.basicApproval;
import static app.auraworkflows.it.WorkflowFixtures.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.auraworkflows.devhost.junit.DevHostExtension;
import app.auraworkflows.devhost.junit.HttpResult;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * The product document "2FA approvals" as one story in a real browser (Debian Chromium) on the dev host running
 * the built JAR: the admin turns on Require 2FA for In Review in the Workflow Builder; a reviewer whose setup is
 * only pending is told why and whom to ask and cannot submit; an active reviewer submits, types a wrong code and
 * stays on the code screen, goes Back to change the comment, then approves with the right code; the history
 * shows "2FA verified" with the signature facts; a second page is rejected with 2FA. Then the admin reads the
 * audit log and unlocks a locked user. Screenshots: {@code target/screenshots/2fa-review-*.png}.
 *
 * <p>Enrolment itself has its own browser story ({@link TwoFactorEnrolmentBrowserIT}); here users are enrolled
 * over REST, and their codes are computed from the manual key as their authenticator app would.
 */
class TwoFactorApprovalBrowserIT {
    private static final String BUILDER = "/plugins/servlet/aura-workflows/workflows/edit?id=";
    private static final String AUDIT = "/plugins/servlet/aura-workflows/admin/2fa/audit";
    private static final String ADMIN = "/plugins/servlet/aura-workflows/admin/2fa";

    @RegisterExtension
    static DevHostExtension host = DevHostExtension.withDemoData();

    @Test
    void theAdminProtectsInReviewAndReviewersApproveAndRejectWithTheirAuthenticatorCode() {
        long workflowId = basicApproval(host, "Controlled documents " + System.nanoTime());
        enrol("bob"); // pending only
        String alice = activateTwoFactor(host, "alice");
        String carol = activateTwoFactor(host, "carol");

        try (Browser browser = Browser.start()) {
            ConfluencePages pages = new ConfluencePages(browser, host.baseUrl());

            // --- The admin: Builder -> the approval transition -> Advanced -> Require 2FA -> Save.
            pages.openAs(BUILDER + workflowId, "admin", "admin");
            browser.waitUpTo(Duration.ofSeconds(30)).until(d -> "true".equals(
                    d.findElement(By.id("aura-wf-builder")).getAttribute("data-aura-loaded")));
            WebElement arrow = pages.driver().findElement(
                    By.cssSelector("g.aura-wf-transition[data-transition-key='review'][data-arrow='approve']"));
            js(pages).executeScript("arguments[0].focus()", arrow);
            pages.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
            pages.waitForText(By.id("aura-wf-sidebar-heading"), "Approval transition");
            WebElement advanced = pages.driver().findElement(By.cssSelector(".aura-wf-disclosure"));
            assertEquals("false", advanced.getAttribute("aria-expanded"), "off by default, so Advanced is collapsed");
            advanced.click();
            WebElement requireTwoFactor = pages.waitFor(By.cssSelector(".aura-wf-advanced input.aura-wf-require-two-factor"));
            assertFalse(requireTwoFactor.isSelected(), "Require 2FA is off by default");
            WebElement label = pages.driver().findElement(By.cssSelector("label[for='" + requireTwoFactor.getAttribute("id") + "']"));
            js(pages).executeScript("arguments[0].scrollIntoView({block: 'center'})", label);
            label.click();
            assertTrue(requireTwoFactor.isSelected());
            browser.screenshot("2fa-review-builder-require");
            pages.driver().findElement(By.id("aura-wf-save")).click();
            pages.waitForFlag("The workflow was saved.");
            pages.logout();
            // Pages submitted from now on open rounds that carry "Require 2FA" (a round is fixed when the page
            // enters the approval state).
            long approved = inReviewPage(host, workflowId, "SOP-101 Cleaning validation");
            long rejected = inReviewPage(host, workflowId, "SOP-102 Batch release");
            assertTrue(host.get("admin", page(approved) + "/workflow").json().get("approval")
                    .get("requireTwoFactor").asBoolean());

            // --- bob is only pending: one message says why, whom to ask and the way forward; no form to fill in,
            // and the byline does not ask him for a review he cannot give yet.
            pages.openAs(view(approved), "bob", "bob");
            pages.waitForWorkflowPanelMounted();
            String byline = pages.waitFor(By.id("aura-wf-toggle")).getText();
            assertTrue(byline.contains("Your review needs 2FA") && !byline.contains("Your review is requested"), byline);
            pages.expandWorkflowPanel();
            WebElement notice = pages.waitFor(By.id("aura-wf-twofactor-notice"));
            assertTrue(notice.getText().contains("setup is not finished")
                    && notice.getText().contains("contact a Confluence administrator"), notice.getText());
            assertTrue(pages.driver().findElements(By.id("aura-wf-review-button")).isEmpty(),
                    "no Add your review: the notice is the one message");
            WebElement finish = notice.findElement(By.linkText("Finish your 2FA setup"));
            assertTrue(finish.getAttribute("href").endsWith("/plugins/servlet/aura-workflows/2fa?returnTo=" + approved),
                    finish.getAttribute("href"));
            browser.screenshot("2fa-review-not-active");

            // He follows the link, finishes setup with his authenticator app and is led back to the page, where
            // his review is now requested.
            finish.click();
            String bobKey = pages.waitFor(By.id("aura-2fa-manual-key")).getText().replace(" ", "");
            pages.driver().findElement(By.id("aura-2fa-continue")).click();
            WebElement bobCode = pages.waitFor(By.id("aura-2fa-code"));
            AuthenticatorApp.awaitSecondsLeftInStep(5);
            bobCode.sendKeys(AuthenticatorApp.currentCode(bobKey), Keys.ENTER);
            WebElement back = pages.waitFor(By.id("aura-2fa-return"));
            assertTrue(back.getText().startsWith("Back to SOP-101 Cleaning validation"), back.getText());
            browser.screenshot("2fa-review-setup-return");
            back.click();
            pages.waitForWorkflowPanelMounted();
            assertTrue(pages.waitFor(By.id("aura-wf-toggle")).getText().contains("Your review is requested"));
            pages.logout();

            // --- alice (active): Approve + comment -> Submit -> the code screen.
            AuthenticatorApp.awaitSecondsLeftInStep(10);
            pages.openAs(view(approved), "alice", "alice");
            pages.expandWorkflowPanel();
            pages.waitFor(By.id("aura-wf-review-button")).click();
            assertTrue(pages.waitFor(By.id("aura-wf-twofactor-info")).getText().contains("six-digit code"));
            pages.waitFor(By.id("aura-wf-decision-approve-label")).click();
            pages.driver().findElement(By.id("aura-wf-comment")).sendKeys("Looks fine.");
            browser.screenshot("2fa-review-choice");
            pages.driver().findElement(By.id("aura-wf-review-submit")).click();
            WebElement code = pages.waitFor(By.id("aura-wf-code"));
            assertEquals("one-time-code", code.getAttribute("autocomplete"));
            assertEquals("numeric", code.getAttribute("inputmode"));
            assertEquals(code, pages.driver().switchTo().activeElement(), "the code field has the focus");
            assertEquals("Six-digit code", pages.driver().findElement(By.cssSelector("label[for='aura-wf-code']")).getText());
            assertTrue(pages.driver().findElement(By.id("aura-wf-code-summary")).getText().contains("Approve"));
            assertTrue(pages.driver().findElement(By.id("aura-wf-code-comment")).getText().contains("Looks fine."));

            // A wrong code: the same screen, the message announced (role=alert), the field empty and focused.
            code.sendKeys(AuthenticatorApp.wrongCode(alice), Keys.ENTER);
            pages.waitForText(By.id("aura-wf-review-error"), "not valid");
            assertEquals("alert", pages.driver().findElement(By.id("aura-wf-review-error")).getAttribute("role"));
            assertTrue(code.isDisplayed(), "still on the code screen");
            assertEquals("", code.getAttribute("value"));
            assertEquals("true", code.getAttribute("aria-invalid"));
            assertEquals(code, pages.driver().switchTo().activeElement());
            browser.screenshot("2fa-review-wrong-code");

            // Back keeps the decision and the comment; change the comment.
            pages.driver().findElement(By.id("aura-wf-code-back")).click();
            assertTrue(pages.driver().findElement(By.id("aura-wf-decision-approve")).isSelected());
            WebElement comment = pages.driver().findElement(By.id("aura-wf-comment"));
            assertEquals("Looks fine.", comment.getAttribute("value"));
            comment.clear();
            comment.sendKeys("Checked the figures in section 4.");
            pages.driver().findElement(By.id("aura-wf-review-submit")).click();
            code = pages.waitFor(By.id("aura-wf-code"));
            assertTrue(pages.driver().findElement(By.id("aura-wf-code-comment")).getText().contains("section 4"));
            code.sendKeys(AuthenticatorApp.nextStepCode(alice)); // her setup used the current step
            browser.screenshot("2fa-review-code");
            pages.driver().findElement(By.id("aura-wf-code-submit")).click();
            pages.waitForWorkflowState("published");
            // After the reload an AUI success flag says what happened.
            WebElement flag = pages.waitFor(By.cssSelector(".aui-flag"));
            assertTrue(flag.getText().contains("The page moved to Published."), flag.getText());

            // The history: "2FA verified" with the signature facts; the failed attempt is not there.
            pages.expandWorkflowPanel();
            pages.waitForText(By.id("aura-wf-history-list"), "Alice Archer approved.");
            WebElement vote = pages.driver().findElement(By.cssSelector("#aura-wf-history-list li[data-type='VOTE']"));
            // (AUI lozenges upper-case their text with CSS: compare the text itself)
            assertEquals("2FA verified", vote.findElement(By.cssSelector(".aura-wf-history-verified"))
                    .getAttribute("textContent"));
            String signature = vote.findElement(By.cssSelector(".aura-wf-signature")).getText();
            assertTrue(signature.matches("Signed by Alice Archer on \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} UTC: approved, page version \\d+,"
                    + " content SHA-256 [0-9a-f]{12}\u2026"), signature);
            assertTrue(vote.findElement(By.cssSelector(".aura-wf-signature")).getAttribute("title").matches("[0-9a-f]{64}"),
                    "the whole fingerprint in the tooltip");
            assertTrue(vote.getText().contains("Checked the figures in section 4."), vote.getText());
            assertFalse(vote.getText().contains("Looks fine."), "only the submitted comment is recorded");
            assertEquals(1, pages.driver().findElements(By.cssSelector("#aura-wf-history-list li[data-type='VOTE']")).size(),
                    "the wrong code left no trace in the history");
            browser.screenshot("2fa-review-history");
            pages.logout();

            // --- carol rejects the second page with her code.
            pages.openAs(view(rejected), "carol", "carol");
            pages.expandWorkflowPanel();
            pages.waitFor(By.id("aura-wf-review-button")).click();
            pages.waitFor(By.id("aura-wf-decision-reject-label")).click();
            pages.driver().findElement(By.id("aura-wf-comment")).sendKeys("Release criteria are missing.");
            pages.driver().findElement(By.id("aura-wf-review-submit")).click();
            pages.waitFor(By.id("aura-wf-code")).sendKeys(AuthenticatorApp.nextStepCode(carol), Keys.ENTER);
            pages.waitForWorkflowState("draft");
            pages.expandWorkflowPanel();
            pages.waitForText(By.id("aura-wf-history-list"), "Carol Chen rejected.");
            WebElement rejection = pages.driver().findElement(By.cssSelector("#aura-wf-history-list li[data-type='VOTE']"));
            assertTrue(rejection.findElement(By.cssSelector(".aura-wf-signature")).getText().contains(": rejected"),
                    rejection.getText());
            browser.screenshot("2fa-review-rejected");

            // Over REST the same facts: the vote is verified and carries its signature.
            JsonNode signed = host.get("admin", page(approved) + "/history").json().get("entries").get(1);
            assertEquals("VOTE", signed.get("type").asText());
            assertTrue(signed.get("twoFactorVerified").asBoolean());
            assertEquals("Alice Archer", signed.get("signature").get("signedBy").asText());
            assertEquals("APPROVE", signed.get("signature").get("meaning").asText());
            assertTrue(signed.get("signature").get("pageVersion").asInt() >= 1, signed.toString());
        }
    }

    @Test
    void theAdminReadsTheAuditLogAndUnlocksALockedReviewer() {
        long workflowId = protectedWorkflow();
        long pageId = inReviewPage(host, workflowId, "SOP-103 Deviation handling");
        String dave = activateTwoFactor(host, "dave");
        host.postJson("admin", REST + "/2fa/users", Map.of("usernames", List.of("erin")));
        for (int i = 0; i < 10; i++) {
            HttpResult wrong = host.postJson("dave", page(pageId) + "/reviews",
                    Map.of("decision", "APPROVE", "round", 1, "code", AuthenticatorApp.wrongCode(dave), "pageVersion", 1));
            assertEquals("INVALID_CODE", wrong.json().get("error").asText(), "attempt " + i + ": " + wrong.status());
        }

        try (Browser browser = Browser.start()) {
            ConfluencePages pages = new ConfluencePages(browser, host.baseUrl());
            pages.openAs(ADMIN, "admin", "admin");
            WebElement row = pages.waitFor(By.cssSelector("#aura-2fa-active-table tr[data-username='dave']"));
            assertTrue(row.findElement(By.cssSelector(".aura-2fa-locked")).isDisplayed());
            js(pages).executeScript("arguments[0].scrollIntoView({block: 'center'})", row);
            browser.screenshot("2fa-admin-locked");
            row.findElement(By.cssSelector(".aura-2fa-unlock")).click();
            pages.waitForFlag("Unlocked; their next code will be checked again:");
            assertEquals("", pages.driver().findElement(By.id("aura-2fa-flash")).getText(), "said once, in the flag");
            browser.waitUpTo(Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class).until(d ->
                    d.findElement(By.cssSelector("#aura-2fa-active-table tr[data-username='dave']"))
                            .findElements(By.cssSelector(".aura-2fa-locked")).isEmpty());
            browser.screenshot("2fa-admin-unlocked");

            // The audit log: dave's failures, his lockout, the unlock, erin added; filter by user and outcome.
            pages.driver().findElement(By.id("aura-2fa-tab-audit")).click();
            pages.waitFor(By.id("aura-2fa-audit-table"));
            String log = pages.driver().findElement(By.id("aura-2fa-audit-table")).getAttribute("textContent");
            for (String outcome : List.of("Invalid code", "Lockout started", "Admin unlock", "User added", "User activated")) {
                assertTrue(log.contains(outcome), outcome + " in\n" + log);
            }
            assertTrue(log.contains("SOP-103 Deviation handling"), "the page of the attempts is named\n" + log);
            browser.screenshot("2fa-admin-audit");

            // Found by the last name, as the Users search finds people.
            pages.driver().findElement(By.id("aura-2fa-audit-user")).sendKeys("Dunn");
            new org.openqa.selenium.support.ui.Select(pages.driver().findElement(By.id("aura-2fa-audit-outcome")))
                    .selectByValue("INVALID_CODE");
            pages.driver().findElement(By.cssSelector(".aura-2fa-audit-filter button[type='submit']")).click();
            pages.waitForText(By.id("aura-2fa-audit-heading"), "Events (10)");
            List<WebElement> rows = pages.driver().findElements(By.cssSelector("#aura-2fa-audit-table tbody tr"));
            assertEquals(10, rows.size());
            assertTrue(rows.stream().allMatch(r -> "INVALID_CODE".equals(r.getAttribute("data-outcome"))
                    && "dave".equals(r.getAttribute("data-username"))));
            String csv = pages.driver().findElement(By.id("aura-2fa-audit-csv")).getAttribute("href");
            assertTrue(csv.endsWith("/rest/aura-workflows/1.0/2fa/audit.csv?user=Dunn&outcome=INVALID_CODE"), csv);
            browser.screenshot("2fa-admin-audit-filtered");
        }
        HttpResult unlocked = host.postJson("dave", page(pageId) + "/reviews",
                Map.of("decision", "APPROVE", "round", 1, "code", AuthenticatorApp.nextStepCode(dave), "pageVersion", 1));
        assertEquals(200, unlocked.status(), "after the unlock the right code counts: " + unlocked.status());
    }

    // ---------- helpers ----------

    private static JavascriptExecutor js(ConfluencePages pages) {
        return (JavascriptExecutor) pages.driver();
    }
    /** Require 2FA on In Review; reviewers dave and the group reviewers; Min. approvals 1. */
    private static long protectedWorkflow() {
        return WorkflowFixtures.reviewWorkflow(host, "Protected " + System.nanoTime(), List.of("dave"),
                List.of("reviewers"), 1, true);
    }

    private static void enrol(String user) {
        assertEquals(200, host.postJson("admin", REST + "/2fa/users", Map.of("usernames", List.of(user))).status());
    }

    private static String view(long pageId) {
        return "/pages/viewpage.action?pageId=" + pageId;
    }
}
