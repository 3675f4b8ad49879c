package app.auraworkflows.it;

import static app.auraworkflows.it.WorkflowFixtures.inReviewPage;
import static app.auraworkflows.it.WorkflowFixtures.reviewWorkflow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.auraworkflows.devhost.junit.DevHostExtension;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Every screen of the app on a phone (Chromium at 390 × 844 px, the width of a current iPhone) in a real browser on
 * the dev host running the built JAR, each passing axe-core with no violation (checked with each screenshot). The
 * screens people use on a phone (their open tasks, a page with its workflow panel, 2FA setup with the link that opens
 * the authenticator app) fit the width: nothing scrolls sideways. The administration screens sit in the host's
 * administration frame, a sidebar beside the content that leaves them about 110 px at this width; they are checked
 * for accessibility here and laid out for a desktop. Screenshots: {@code target/screenshots/phone-*.png}.
 */
class PhoneWidthBrowserIT {
    private static final String REST = WorkflowFixtures.REST;

    @RegisterExtension
    static DevHostExtension host = DevHostExtension.withDemoData();

    @Test
    void everyScreenFitsAPhoneAndHasNoAccessibilityViolation() {
        long workflow = reviewWorkflow(host, "Phone review " + System.nanoTime(), List.of("alice"), List.of(), 1, true);
        long page = inReviewPage(host, workflow, "Phone page");
        assertEquals(200, host.postJson("admin", REST + "/2fa/users", Map.of("usernames", List.of("bob"))).status());
        try (Browser browser = Browser.start()) {
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            ConfluencePages pages = new ConfluencePages(browser, host.baseUrl());

            pages.openAs("/plugins/servlet/aura-workflows/workflows", "admin", "admin");
            pages.waitFor(By.cssSelector(".aura-wf-card-title"));
            browser.screenshot("phone-workflows-list"); // administration: axe-core only (see the class comment)
            escapeClosesAndFocusReturns(browser, pages, "aura-wf-create-button", "aura-wf-create-dialog",
                    "phone-create-workflow-dialog");

            pages.openAs("/plugins/servlet/aura-workflows/workflows/edit?id=" + workflow, "admin", "admin");
            pages.waitFor(By.id("aura-wf-heading"));
            browser.screenshot("phone-builder"); // administration: axe-core only (see the class comment)

            pages.openAs("/plugins/servlet/aura-workflows/admin/2fa", "admin", "admin");
            pages.waitFor(By.id("aura-2fa-pending-heading"));
            browser.screenshot("phone-2fa-admin"); // administration: axe-core only (see the class comment)
            escapeClosesAndFocusReturns(browser, pages, "aura-2fa-add-button", "aura-2fa-add-dialog",
                    "phone-add-2fa-users-dialog");

            pages.openAs("/plugins/servlet/aura-workflows/admin/2fa/audit", "admin", "admin");
            pages.waitFor(By.id("aura-2fa-audit-heading"));
            browser.screenshot("phone-2fa-audit"); // administration: axe-core only (see the class comment)
            pages.logout();

            // alice: named reviewer on a protected step, not set up yet; her tasks and the page she is asked to review
            pages.openAs("/plugins/servlet/aura-workflows/tasks", "alice", "alice");
            pages.waitFor(By.cssSelector("h1"));
            assertTrue(browser.driver().getPageSource().contains("Phone page"), "the page in review is her open task");
            fits(browser, "phone-open-tasks");

            browser.driver().get(host.baseUrl() + "/pages/viewpage.action?pageId=" + page);
            pages.waitForWorkflowPanelMounted();
            pages.expandWorkflowPanel();
            fits(browser, "phone-page-panel");
            pages.logout();

            // bob: added by the admin, setting up (QR code, key, the link that opens the authenticator app)
            pages.openAs("/plugins/servlet/aura-workflows/2fa", "bob", "bob");
            pages.waitFor(By.id("aura-2fa-step1-heading"));
            fits(browser, "phone-2fa-setup");
        }
    }

    /**
     * On a phone too, a dialog opens with the focus inside it (screenshot and axe-core while open), closes with
     * Escape (AUI's global key handling must not swallow it) and gives the focus back to the button that opened it.
     */
    private static void escapeClosesAndFocusReturns(Browser browser, ConfluencePages pages, String openerId,
                                                    String dialogId, String screenshot) {
        WebElement opener = pages.waitFor(By.id(openerId));
        opener.click();
        WebElement dialog = pages.waitFor(By.id(dialogId));
        browser.waitUpTo(Duration.ofSeconds(5)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return arguments[0].contains(document.activeElement);", dialog)));
        browser.screenshot(screenshot);
        browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
        browser.waitUpTo(Duration.ofSeconds(5)).until(d -> !dialog.isDisplayed());
        browser.waitUpTo(Duration.ofSeconds(5)).until(d -> opener.equals(d.switchTo().activeElement()));
    }

    /**
     * Screenshot (which runs axe-core) and no sideways scrolling inside the app's content: the host's {@code <main>}
     * content area, where our screens and the page with its byline panel are rendered, is no wider inside than the
     * space it has. The host's own frame around it (the administration sidebar, the header) is the host's layout.
     */
    private static void fits(Browser browser, String name) {
        browser.screenshot(name);
        String widest = (String) ((JavascriptExecutor) browser.driver()).executeScript(
                "var main = document.querySelector('main') || document.body;"
                        + "if (main.scrollWidth <= main.clientWidth) { return ''; }"
                        + "var right = main.getBoundingClientRect().right, out = [];"
                        + "main.querySelectorAll('*').forEach(function (e) {"
                        + "  var r = e.getBoundingClientRect();"
                        + "  if (r.right > right + 1 && out.length < 5) {"
                        + "    out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined"
                        + "      ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '') + ' +' + Math.round(r.right - right) + 'px');"
                        + "  }"
                        + "});"
                        + "return (main.scrollWidth - main.clientWidth) + ' px too wide: ' + out.join(', ');");
        assertEquals("", widest, name + ": the content scrolls sideways on a phone");
    }
}
