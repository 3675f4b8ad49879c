package app.auraworkflows.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.auraworkflows.devhost.junit.DevHostExtension;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The enrolment part of the product document as a person does it in a real browser (Debian Chromium) on the
 * dev host running the built JAR: an admin adds two users and revokes one; a user scans (reads) the manual
 * key, gets a wrong code refused, and completes setup with the right one. Screenshots land in
 * {@code target/screenshots/}.
 */
class TwoFactorEnrolmentBrowserIT {
    private static final String ADMIN_SCREEN = "/plugins/servlet/aura-workflows/admin/2fa";
    private static final String USER_SCREEN = "/plugins/servlet/aura-workflows/2fa";

    @RegisterExtension
    static DevHostExtension host = DevHostExtension.withDemoData();

    @Test
    void adminAddsTwoUsersRevokesOneAndTheOtherCompletesSetupWithAnAuthenticatorCode() {
        try (Browser browser = Browser.start()) {
            ConfluencePages pages = new ConfluencePages(browser, host.baseUrl());

            // --- The user who has not been added sees an informational message only.
            pages.openAs(USER_SCREEN, "dave", "dave");
            pages.waitFor(By.id("aura-2fa-not-enabled"));
            assertTrue(browser.driver().findElements(By.cssSelector("#aura-2fa-setup button")).isEmpty(),
                    "no request or self-enrol button");
            browser.screenshot("2fa-user-not-enabled");
            pages.logout();

            // --- Admin: Apps -> Aura Workflows -> Administration -> 2FA (behind WebSudo).
            pages.openAs(ADMIN_SCREEN, "admin", "admin");
            pages.waitFor(By.id("aura-2fa-add-button"));
            browser.screenshot("2fa-admin-empty");

            pages.waitFor(By.id("aura-2fa-add-button")).click();
            WebElement search = pages.waitFor(By.id("aura-2fa-user-search"));
            pickUser(pages, search, "alic", "alice");
            pickUser(pages, search, "Bob", "bob");
            browser.screenshot("2fa-admin-add-dialog");
            browser.driver().findElement(By.id("aura-2fa-add-confirm")).click();
            pages.waitForText(By.id("aura-2fa-add-result"), "alice");
            assertEquals("aura-2fa-user-search", browser.driver().switchTo().activeElement().getAttribute("id"),
                    "after adding, the focus is back in the search, ready for the next users");
            WebElement addConfirm = browser.driver().findElement(By.id("aura-2fa-add-confirm"));
            assertTrue(addConfirm.findElements(By.cssSelector(".aura-busy-spinner")).isEmpty()
                    && addConfirm.getAttribute("aria-busy") == null, "the request is over: no spinner left");
            browser.driver().findElement(By.cssSelector("#aura-2fa-add-dialog [data-aura-close]")).click();

            pages.waitForText(By.id("aura-2fa-pending-heading"), "2");
            assertTrue(rowExists(pages, "alice") && rowExists(pages, "bob"), "both users are listed as Pending");
            browser.screenshot("2fa-admin-pending");

            // Revoke bob, through the confirmation dialog.
            browser.driver().findElement(By.cssSelector("button.aura-2fa-revoke[data-username='bob']")).click();
            pages.waitFor(By.id("aura-2fa-revoke-confirm"));
            assertEquals("aura-2fa-revoke-cancel", browser.driver().switchTo().activeElement().getAttribute("id"),
                    "a destructive dialog opens with the focus on Cancel");
            assertEquals("alertdialog", browser.driver().findElement(By.id("aura-2fa-revoke-dialog")).getAttribute("role"));
            browser.screenshot("2fa-admin-revoke-dialog");
            browser.driver().findElement(By.id("aura-2fa-revoke-confirm")).click();
            pages.waitForText(By.id("aura-2fa-pending-heading"), "1");
            assertFalse(rowExists(pages, "bob"), "bob is gone after revoke");
            assertTrue(rowExists(pages, "alice"));

            // The revoke said so in an AUI flag (top right, over the page header); closed as a user would.
            pages.closeFlags();
            // The search marks alice as added already and does not offer her again; bob can be added again.
            pages.waitFor(By.id("aura-2fa-add-button")).click();
            WebElement again = pages.waitFor(By.id("aura-2fa-user-search"));
            again.sendKeys("alic");
            WebElement aliceOption = pages.waitFor(By.cssSelector("#aura-2fa-user-results [data-username='alice']"));
            assertEquals("true", aliceOption.getAttribute("aria-disabled"));
            assertEquals("added, setup pending", aliceOption.findElement(By.cssSelector(".aura-picker-option-marker"))
                    .getAttribute("textContent"));
            browser.screenshot("2fa-admin-add-enrolled");
            again.sendKeys(Keys.ESCAPE);
            pages.logout();

            // --- alice completes setup: step 1 shows the QR code and the manual key.
            pages.openAs(USER_SCREEN, "alice", "alice");
            WebElement qr = pages.waitFor(By.id("aura-2fa-qr"));
            assertTrue((Boolean) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", qr),
                    "the QR code image loads");
            String manualKey = browser.driver().findElement(By.id("aura-2fa-manual-key")).getText();
            assertEquals(32, manualKey.replace(" ", "").length(), "160-bit key in Base32");
            browser.screenshot("2fa-user-step1-qr");
            assertFalse(browser.driver().findElement(By.id("aura-2fa-open-app")).isDisplayed(),
                    "a desktop browser scans the QR code with the phone: no link to an app on this device");

            // On a phone (390 px wide) the setup opens in the authenticator app with one tap.
            org.openqa.selenium.Dimension desktop = browser.driver().manage().window().getSize();
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            browser.driver().navigate().refresh();
            WebElement openApp = pages.waitFor(By.id("aura-2fa-open-app"));
            assertTrue(openApp.getAttribute("href").startsWith("otpauth://totp/"), openApp.getAttribute("href"));
            assertTrue(openApp.getAttribute("href").contains("secret=" + manualKey.replace(" ", "")));
            // The key wraps on a phone, but only between its groups of four: each group stays on one line (checked at
            // 360 px too, a common Android width, where the line fills up inside a group).
            assertEquals("", groupsSplitAcrossLines(browser), "groups of the setup key broken across lines at 390 px");
            browser.screenshot("2fa-user-step1-phone");
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(360, 800));
            assertEquals("", groupsSplitAcrossLines(browser), "groups of the setup key broken across lines at 360 px");
            browser.driver().manage().window().setSize(desktop);
            browser.driver().navigate().refresh();
            pages.waitFor(By.id("aura-2fa-qr"));

            browser.driver().findElement(By.id("aura-2fa-continue")).click();
            WebElement code = pages.waitFor(By.id("aura-2fa-code"));
            assertEquals("one-time-code", code.getAttribute("autocomplete"));
            assertEquals("numeric", code.getAttribute("inputmode"));

            // A wrong code keeps her on step 2 with a clear message.
            String right = AuthenticatorApp.currentCode(manualKey);
            String wrong = right.equals("000000") ? "111111" : "000000";
            code.sendKeys(wrong, Keys.ENTER);
            pages.waitFor(By.id("aura-2fa-code-error"));
            pages.waitFor(By.id("aura-2fa-code"));
            assertFalse(browser.driver().findElement(By.id("aura-2fa-code-error")).getText().isBlank());
            browser.screenshot("2fa-user-step2-wrong-code");

            // Back returns to step 1; Continue again; the right code activates the setup.
            browser.driver().findElement(By.id("aura-2fa-back")).click();
            pages.waitFor(By.id("aura-2fa-manual-key"));
            browser.driver().findElement(By.id("aura-2fa-continue")).click();
            pages.waitFor(By.id("aura-2fa-code")).sendKeys(AuthenticatorApp.currentCode(manualKey), Keys.ENTER);
            pages.waitFor(By.id("aura-2fa-complete"));
            assertTrue(browser.driver().findElements(By.id("aura-2fa-qr")).isEmpty(), "QR never shown again");
            assertFalse(browser.driver().getPageSource().contains(manualKey.replace(" ", "")),
                    "the secret is never shown again");
            browser.screenshot("2fa-user-complete");
            pages.logout();

            // --- The admin now sees alice as Active.
            pages.openAs(ADMIN_SCREEN, "admin", "admin");
            pages.waitForText(By.id("aura-2fa-active-heading"), "1");
            browser.screenshot("2fa-admin-active");
        }
    }

    private static void pickUser(ConfluencePages pages, WebElement search, String typed, String username) {
        search.clear();
        search.sendKeys(typed);
        By option = By.cssSelector("#aura-2fa-user-results [data-username='" + username + "']");
        new org.openqa.selenium.support.ui.WebDriverWait(pages.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(option)).click();
    }

    private static boolean rowExists(ConfluencePages pages, String username) {
        return !pages.driver().findElements(By.cssSelector("#aura-2fa-lists tr[data-username='" + username + "']")).isEmpty();
    }

    /** The groups of the setup key that the browser laid out over more than one line, comma-separated ("" for none). */
    private static String groupsSplitAcrossLines(Browser browser) {
        return (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "var node = document.getElementById('aura-2fa-manual-key').firstChild, split = [], re = /\\S+/g, m;"
                + "while ((m = re.exec(node.data))) {"
                + "  var range = document.createRange(), tops = {};"
                + "  range.setStart(node, m.index); range.setEnd(node, m.index + m[0].length);"
                + "  Array.prototype.forEach.call(range.getClientRects(), function (r) { tops[Math.round(r.top)] = 1; });"
                + "  if (Object.keys(tops).length !== 1) { split.push(m[0]); }"
                + "}"
                + "return split.join(',');");
    }
}
