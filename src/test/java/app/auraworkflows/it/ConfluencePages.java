package app.auraworkflows.it;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Test helper: the host pages a person meets around our screens (login, WebSudo, logout). */
public final class ConfluencePages {
    private final Browser browser;
    private final String baseUrl;

    public ConfluencePages(Browser browser, String baseUrl) {
        this.browser = browser;
        this.baseUrl = baseUrl;
    }

    public WebDriver driver() {
        return browser.driver();
    }

    /** Opens {@code path} (relative to the context path) and logs in on the way if the host asks. */
    public void openAs(String path, String username, String password) {
        driver().get(baseUrl + path);
        if (!driver().findElements(By.id("login-form")).isEmpty()) {
            driver().findElement(By.id("os_username")).sendKeys(username);
            driver().findElement(By.id("os_password")).sendKeys(password);
            driver().findElement(By.id("loginButton")).click();
            // Wait for the next page before looking for the WebSudo form: checking the login page that is
            // still on screen would skip re-authentication and leave the test waiting on the wrong page.
            leftPageWith(By.id("login-form"));
        }
        if (!driver().findElements(By.id("authenticate-form")).isEmpty()) {
            driver().findElement(By.id("password")).sendKeys(password);
            driver().findElement(By.id("authenticateButton")).click();
            leftPageWith(By.id("authenticate-form"));
        }
    }

    /** Waits until the page holding {@code form} has been replaced (lookups during navigation may fail: retried). */
    private void leftPageWith(By form) {
        browser.waitUpTo(Duration.ofSeconds(30)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> d.findElements(form).isEmpty());
    }

    public void logout() {
        driver().manage().deleteAllCookies();
        driver().get(baseUrl + "/logout.action");
    }

    public WebElement waitFor(By locator) {
        return browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /**
     * Closes the AUI flags on the page with their close buttons, as a user would, and waits until none is shown: a
     * flag sits over the top right of the page for a few seconds and takes the clicks meant for what is under it.
     */
    public void closeFlags() {
        browser.waitUpTo(Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    for (WebElement close : d.findElements(By.cssSelector(".aui-flag .aui-close-button, .aui-flag .icon-close"))) {
                        if (close.isDisplayed()) {
                            close.click();
                        }
                    }
                    return d.findElements(By.cssSelector(".aui-flag")).stream().noneMatch(WebElement::isDisplayed);
                });
    }

    /** Waits for a flag that says {@code text} (AUI shows it top right and announces it; it closes by itself). */
    public void waitForFlag(String text) {
        waitForText(By.cssSelector(".aui-flag"), text);
    }

    public void waitForText(By locator, String text) {
        browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    /**
     * Waits until the byline script has mounted the workflow panel (its skeleton is in the page) or decided there
     * is nothing to show (the byline item is hidden), so a test can tell "no panel" from "not loaded yet".
     */
    public void waitForWorkflowPanelMounted() {
        browser.waitUpTo(Duration.ofSeconds(30)).until(d ->
                !d.findElements(By.id("aura-workflow-panel")).isEmpty()
                        || !d.findElements(By.cssSelector("#aura-workflow-byline-link-wrapper[hidden]")).isEmpty());
    }

    /** Opens the workflow panel in the page byline (if it is not open yet) and waits for its body. */
    public void expandWorkflowPanel() {
        WebElement toggle = waitFor(By.id("aura-wf-toggle"));
        if (!"true".equals(toggle.getAttribute("aria-expanded"))) {
            toggle.click();
        }
        waitFor(By.id("aura-wf-body"));
    }

    /** Waits for the server-rendered state lozenge after the panel's reload (its CSS may upper-case the text). */
    public void waitForWorkflowState(String state) {
        browser.waitUpTo(Duration.ofSeconds(30)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    var lozenges = d.findElements(By.cssSelector("#aura-wf-toggle .aura-wf-lozenge"));
                    return !lozenges.isEmpty()
                            && lozenges.get(0).getText().toLowerCase(java.util.Locale.ROOT).equals(state);
                });
    }
}
