package app.auraworkflows.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.auraworkflows.devhost.junit.DevHostExtension;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The Workflow Builder as an admin uses it in a real browser (Debian Chromium) on the dev host running the
 * built JAR: create a workflow from Basic Approval, select the In Review approval transition with the
 * keyboard, change Min. approvals and add a reviewer, get an invalid save (Min. approvals 0) explained next
 * to the field, fix it and save. Screenshots: {@code target/screenshots/builder-*.png}.
 */
class WorkflowBuilderBrowserIT {
    private static final String LIST_SCREEN = "/plugins/servlet/aura-workflows/workflows";
    private static final String MIN_APPROVALS = "[data-field='transitions[1].minApprovals']";

    @RegisterExtension
    static DevHostExtension host = DevHostExtension.withDemoData();

    @Test
    void adminBuildsAWorkflowFromBasicApprovalFixesAProblemAndSaves() {
        try (Browser browser = Browser.start()) {
            ConfluencePages pages = new ConfluencePages(browser, host.baseUrl());

            // --- Workflows list (behind WebSudo), then "Create workflow" from Basic Approval.
            pages.openAs(LIST_SCREEN, "admin", "admin");
            pages.waitFor(By.id("aura-wf-create-button"));
            browser.screenshot("builder-list-empty");
            WebElement create = pages.waitFor(By.id("aura-wf-create-button"));
            create.click();
            // Escape closes the dialog and gives the focus back to "Create workflow".
            pages.waitFor(By.id("aura-wf-create-name")).sendKeys(Keys.ESCAPE);
            browser.waitUpTo(Duration.ofSeconds(5)).until(d -> !d.findElement(By.id("aura-wf-create-name")).isDisplayed());
            browser.waitUpTo(Duration.ofSeconds(5)).until(d -> create.equals(d.switchTo().activeElement()));
            create.click();
            pages.waitFor(By.id("aura-wf-create-name")).sendKeys("Legal review");
            assertTrue(pages.driver().findElement(By.id("aura-wf-template-basic-approval")).isSelected(),
                    "Basic Approval is the default template");
            browser.screenshot("builder-create-dialog");
            pages.driver().findElement(By.id("aura-wf-create-confirm")).click();

            // --- The builder draws the template: three states, five arrows (submit, approve, reject, and a page
            // edit back to Draft from In Review and from Published, each with the pencil icon).
            browser.waitUpTo(Duration.ofSeconds(10)).until(d -> "true".equals(
                    d.findElement(By.id("aura-wf-builder")).getAttribute("data-aura-loaded")));
            assertEquals(3, pages.driver().findElements(By.cssSelector("g.aura-wf-state")).size());
            assertEquals(5, pages.driver().findElements(By.cssSelector("g.aura-wf-transition")).size());
            assertEquals(2, pages.driver().findElements(By.cssSelector(
                    "g.aura-wf-transition[data-arrow='edit'] g.aura-wf-icon-edit")).size());
            assertEquals("Legal review", pages.driver().findElement(By.id("aura-wf-name")).getAttribute("value"));
            WebElement editArrow = pages.driver().findElement(
                    By.cssSelector("g.aura-wf-transition[data-transition-key='edit-published']"));
            assertEquals("Page edit from Published to Draft", editArrow.getAttribute("aria-label"));
            ((JavascriptExecutor) pages.driver()).executeScript("arguments[0].focus()", editArrow);
            pages.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
            pages.waitForText(By.id("aura-wf-sidebar-heading"), "Page edit transition");
            assertTrue(pages.driver().findElement(By.id("aura-wf-sidebar")).getText()
                    .contains("When someone saves a new version of the page while it is in the From state"));
            browser.screenshot("builder-page-edit-sidebar");

            // --- The selection Draft -> In Review carries the button label editors see on the page.
            WebElement submitArrow = pages.driver().findElement(
                    By.cssSelector("g.aura-wf-transition[data-transition-key='submit']"));
            ((JavascriptExecutor) pages.driver()).executeScript("arguments[0].focus()", submitArrow);
            pages.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
            pages.waitForText(By.id("aura-wf-sidebar-heading"), "Selection transition");
            WebElement buttonLabel = field(pages, "[data-field='transitions[0].label']");
            assertEquals("Submit for review", buttonLabel.getAttribute("value"), "the template's button label");
            assertEquals("Button label", pages.driver().findElement(
                    By.cssSelector("label[for='" + buttonLabel.getAttribute("id") + "']")).getText());
            assertTrue(pages.waitFor(By.id("aura-wf-dirty")).isDisplayed(), "a new workflow is unsaved");
            browser.screenshot("builder-new-from-template");
            assertFalse(pages.driver().findElement(By.cssSelector("#aura-wf-sidebar [data-field$='.key']")).isDisplayed(),
                    "keys are engine words: behind Advanced");

            // --- A state added now takes its key from its name (behind Advanced) until the key is typed; then removed.
            pages.driver().findElement(By.id("aura-wf-add-state")).click();
            WebElement stateName = field(pages, "[data-field='states[3].name']");
            stateName.clear();
            stateName.sendKeys("Legal Check");
            pages.driver().findElement(By.cssSelector("#aura-wf-sidebar .aura-wf-disclosure")).click();
            assertEquals("legal-check", field(pages, "[data-field='states[3].key']").getAttribute("value"));
            pages.driver().findElement(By.cssSelector(".aura-wf-delete-state")).click();
            pages.waitForText(By.id("aura-wf-sidebar-heading"), "Workflow settings");

            // --- Select the In Review approval transition with the keyboard (Tab-focusable, Enter selects).
            WebElement approve = pages.driver().findElement(
                    By.cssSelector("g.aura-wf-transition[data-transition-key='review'][data-arrow='approve']"));
            ((JavascriptExecutor) pages.driver()).executeScript("arguments[0].focus()", approve);
            pages.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
            pages.waitForText(By.id("aura-wf-sidebar-heading"), "Approval transition");
            assertEquals("1", field(pages, MIN_APPROVALS).getAttribute("value"), "default Min. approvals");
            WebElement advanced = pages.driver().findElement(By.cssSelector(".aura-wf-disclosure"));
            assertEquals("false", advanced.getAttribute("aria-expanded"), "Advanced is collapsed by default");

            // Change Min. approvals and add a named reviewer with the user picker: type part of the name, choose
            // with the arrow keys; the chip shows the full name.
            setNumber(pages, MIN_APPROVALS, "2");
            WebElement users = field(pages, "[data-field='transitions[1].reviewers.users']");
            assertEquals("combobox", users.getAttribute("role"));
            users.sendKeys("Alic");
            WebElement aliceOption = pages.waitFor(By.cssSelector("[role='listbox'] [role='option'][data-value='alice']"));
            assertTrue(aliceOption.getText().contains("Alice Archer"), aliceOption.getText());
            assertEquals("true", users.getAttribute("aria-expanded"));
            browser.screenshot("builder-user-picker");
            users.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
            WebElement aliceChip = pages.waitFor(By.cssSelector("li.aura-wf-chip[data-name='alice']"));
            assertEquals("Alice Archer (alice)", aliceChip.findElement(By.cssSelector("span")).getText());
            // the group picker: groups by the start of their name, chosen with a click
            WebElement groups = field(pages, "[data-field='transitions[1].reviewers.groups']");
            groups.sendKeys("confluence-adm");
            pages.waitFor(By.cssSelector("[role='option'][data-value='confluence-administrators']")).click();
            pages.waitFor(By.cssSelector("li.aura-wf-chip[data-name='confluence-administrators']"));
            // a name typed in full and Enter still adds it as typed (the save checks it)
            field(pages, "[data-field='transitions[1].reviewers.users']").sendKeys("bob", Keys.ENTER);
            pages.waitFor(By.cssSelector("li.aura-wf-chip[data-name='bob']"));
            browser.screenshot("builder-approval-sidebar");

            // --- An invalid save: Min. approvals 0 is explained next to the field and in the summary.
            setNumber(pages, MIN_APPROVALS, "0");
            pages.driver().findElement(By.id("aura-wf-save")).click();
            By fieldError = By.cssSelector("[data-error-for='transitions[1].minApprovals']");
            pages.waitForText(fieldError, "Min. approvals must be at least 1.");
            assertEquals("true", field(pages, MIN_APPROVALS).getAttribute("aria-invalid"));
            assertTrue(pages.driver().findElement(By.id("aura-wf-summary")).getText().contains("Min. approvals must be at least 1."));
            assertEquals(1, pages.driver().findElements(By.cssSelector("g.aura-wf-transition.has-problem[data-arrow='approve']")).size(),
                    "the arrow of the transition is marked too");
            assertTrue(pages.driver().findElement(By.id("aura-wf-dirty")).isDisplayed());
            browser.screenshot("builder-invalid-save");
            ((JavascriptExecutor) pages.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})",
                    pages.driver().findElement(fieldError));
            browser.screenshot("builder-invalid-field");

            // --- Fix it and save: created, the URL now names the id, no unsaved marker.
            setNumber(pages, MIN_APPROVALS, "2");
            pages.driver().findElement(By.id("aura-wf-save")).click();
            pages.waitForFlag("The workflow was saved.");
            assertEquals("", pages.driver().findElement(By.id("aura-wf-status")).getText(),
                    "said once, by the flag: no success box under the toolbar as well");
            assertFalse(pages.driver().findElement(By.id("aura-wf-dirty")).isDisplayed());
            assertTrue(pages.driver().findElements(fieldError).isEmpty(), "the problem is gone");
            String url = pages.driver().getCurrentUrl();
            assertTrue(url.contains("/workflows/edit?id="), url);
            browser.screenshot("builder-saved");

            // The Advanced section opens and holds the labelled "Require 2FA" toggle, off by default; turning it
            // on and saving stores requireTwoFactor.
            WebElement disclosure = pages.driver().findElement(By.cssSelector(".aura-wf-disclosure"));
            disclosure.click();
            assertEquals("true", disclosure.getAttribute("aria-expanded"));
            WebElement twoFactor = pages.waitFor(By.cssSelector(".aura-wf-advanced input.aura-wf-require-two-factor"));
            assertFalse(twoFactor.isSelected());
            WebElement twoFactorLabel = pages.driver().findElement(
                    By.cssSelector("label[for='" + twoFactor.getAttribute("id") + "']"));
            assertEquals("Require 2FA", twoFactorLabel.getText().trim());
            ((JavascriptExecutor) pages.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})",
                    twoFactorLabel);
            twoFactorLabel.click(); // AUI draws the box on the label; the native input is not the click target
            assertTrue(twoFactor.isSelected());
            // Next to it, "Reviewers cannot approve their own changes", off by default.
            WebElement excludeAuthors = pages.driver().findElement(By.cssSelector(".aura-wf-advanced input.aura-wf-exclude-authors"));
            assertFalse(excludeAuthors.isSelected());
            WebElement excludeLabel = pages.driver().findElement(
                    By.cssSelector("label[for='" + excludeAuthors.getAttribute("id") + "']"));
            assertEquals("Reviewers cannot approve their own changes", excludeLabel.getText().trim());
            excludeLabel.click();
            assertTrue(excludeAuthors.isSelected());
            pages.closeFlags(); // the flag of the first save must not answer for this one
            pages.driver().findElement(By.id("aura-wf-save")).click();
            pages.waitForFlag("The workflow was saved.");
            // The protected step shows at a glance: a lock on its arrows, "Requires 2FA" in the sidebar's heading.
            assertEquals(2, pages.driver().findElements(By.cssSelector(
                    "g.aura-wf-transition[data-transition-key='review'][data-requires-two-factor='true'] g.aura-wf-lock"))
                    .size(), "approve and reject arrows");
            assertTrue(pages.driver().findElement(By.cssSelector(
                    "g.aura-wf-transition[data-transition-key='review'][data-arrow='approve']")).getAttribute("aria-label")
                    .endsWith("(Requires 2FA)"));
            pages.closeFlags();
            ((JavascriptExecutor) pages.driver()).executeScript("window.scrollTo(0, 0)");
            browser.screenshot("builder-protected-step");
            assertEquals("Requires 2FA", pages.driver().findElement(By.cssSelector(
                    "#aura-wf-sidebar-heading .aura-wf-requires-two-factor")).getAttribute("textContent"));
            browser.screenshot("builder-advanced");

            // --- A reviewer who does not exist: the save is refused, with the error at the reviewer field; removing the
            // name lets it save.
            WebElement moreUsers = field(pages, "[data-field='transitions[1].reviewers.users']");
            moreUsers.sendKeys("ghost", Keys.ENTER);
            pages.waitFor(By.cssSelector("li.aura-wf-chip[data-name='ghost']"));
            pages.driver().findElement(By.id("aura-wf-save")).click();
            By userError = By.cssSelector("[data-error-for='transitions[1].reviewers.users']");
            pages.waitForText(userError, "There is no active user \"ghost\"; they cannot review.");
            assertEquals("true", field(pages, "[data-field='transitions[1].reviewers.users']").getAttribute("aria-invalid"),
                    "an unknown reviewer marks the field invalid");
            assertTrue(pages.driver().findElement(By.id("aura-wf-dirty")).isDisplayed(), "nothing was saved");
            browser.screenshot("builder-unknown-reviewer");
            pages.driver().findElement(By.cssSelector("li.aura-wf-chip[data-name='ghost'] .aura-wf-chip-remove")).click();
            pages.driver().findElement(By.id("aura-wf-save")).click();
            pages.waitForFlag("The workflow was saved.");
            assertFalse(pages.driver().findElement(By.id("aura-wf-dirty")).isDisplayed());
            browser.waitUpTo(Duration.ofSeconds(5)).until(d -> "aura-wf-save".equals(d.switchTo().activeElement()
                    .getAttribute("id")));  // the focus is back on Save, not on the page's body

            // --- What was stored, over REST.
            String id = url.substring(url.indexOf("id=") + 3);
            JsonNode stored = host.get("admin", "/rest/aura-workflows/1.0/workflows/" + id).json();
            assertEquals("Legal review", stored.get("name").asText());
            JsonNode review = stored.get("transitions").get(1);
            assertEquals("review", review.get("key").asText());
            assertEquals(2, review.get("minApprovals").asInt());
            assertEquals(List.of("alice", "bob"), texts(review.get("reviewers").get("users")));
            assertEquals("Alice Archer", stored.get("reviewerNames").get("alice").asText(), "the chips' full names");

            // --- Opened again, the saved reviewers' chips show people, not usernames.
            pages.driver().navigate().refresh();
            pages.waitForText(By.id("aura-wf-sidebar-heading"), "Workflow settings");
            WebElement savedApprove = pages.driver().findElement(
                    By.cssSelector("g.aura-wf-transition[data-transition-key='review'][data-arrow='approve']"));
            ((JavascriptExecutor) pages.driver()).executeScript("arguments[0].focus()", savedApprove);
            pages.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
            pages.waitForText(By.cssSelector("li.aura-wf-chip[data-name='alice']"), "Alice Archer (alice)");
            assertEquals(List.of("reviewers", "confluence-administrators"), texts(review.get("reviewers").get("groups")));
            assertTrue(review.get("requireTwoFactor").asBoolean());
            assertTrue(review.get("excludeAuthors").asBoolean());

            // --- Back on the list: the workflow is a card.
            pages.driver().get(host.baseUrl() + LIST_SCREEN);
            WebElement card = pages.waitFor(By.cssSelector(".aura-wf-card[data-workflow-id='" + id + "']"));
            browser.screenshot("builder-list");
            assertTrue(card.getText().contains("Legal review"), card.getText());
            assertTrue(card.getText().toLowerCase(java.util.Locale.ROOT).contains("3 states"), card.getText());
            assertEquals("1 step requires 2FA", card.findElement(By.cssSelector(".aura-wf-card-protected"))
                    .getAttribute("textContent"));

            // --- Delete: a warning dialog with the focus on Cancel; Escape closes it and gives the focus back; then
            // deleted for real, said in a flag, and the card is gone.
            WebElement delete = card.findElement(By.cssSelector(".aura-wf-delete"));
            delete.click();
            WebElement deleteDialog = pages.waitFor(By.id("aura-wf-delete-dialog"));
            assertEquals("aura-wf-delete-cancel", pages.driver().switchTo().activeElement().getAttribute("id"),
                    "a destructive dialog opens with the focus on Cancel");
            assertEquals("alertdialog", deleteDialog.getAttribute("role"));
            browser.screenshot("builder-delete-dialog");
            pages.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
            browser.waitUpTo(Duration.ofSeconds(5)).until(d -> !deleteDialog.isDisplayed());
            browser.waitUpTo(Duration.ofSeconds(5)).until(d -> delete.equals(d.switchTo().activeElement()));
            delete.click();
            pages.waitFor(By.id("aura-wf-delete-confirm")).click();
            pages.waitForFlag("The workflow Legal review was deleted.");
            assertTrue(pages.driver().findElements(By.cssSelector(".aura-wf-card[data-workflow-id='" + id + "']")).isEmpty());
            assertEquals(404, host.get("admin", "/rest/aura-workflows/1.0/workflows/" + id).status());
        }
    }

    private static WebElement field(ConfluencePages pages, String css) {
        return new org.openqa.selenium.support.ui.WebDriverWait(pages.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
    }

    /** Replaces a number field's value the way a person does (select all, type), firing input events. */
    private static void setNumber(ConfluencePages pages, String css, String value) {
        WebElement input = field(pages, css);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(value);
        assertEquals(value, input.getAttribute("value"));
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
