package app.auraworkflows.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The accessibility check the browser tests run with every screenshot finds what it must: a page with known faults
 * gets them reported and fails the screenshot, and a clean page passes.
 */
class AxeBrowserIT {

    @Test
    void aPageWithAnUnlabelledFieldAndAnImageWithoutTextFailsTheScreenshotWithBothNamed() {
        try (Browser browser = Browser.start()) {
            open(browser, "<!DOCTYPE html><html lang='en'><head><title>Faulty</title></head><body><main>"
                    + "<h1>Faulty</h1><img src='data:image/gif;base64,R0lGODlhAQABAAAAACw='><input type='text'>"
                    + "</main></body></html>");
            Set<String> rules = Axe.violations(browser.driver()).stream().map(Axe.Violation::rule)
                    .collect(Collectors.toSet());
            assertTrue(rules.containsAll(Set.of("image-alt", "label")), rules.toString());
            AssertionError failed = assertThrows(AssertionError.class, () -> browser.screenshot("axe-faulty-fixture"));
            assertTrue(failed.getMessage().contains("image-alt") && failed.getMessage().contains("label"),
                    failed.getMessage());
        }
    }

    @Test
    void aCleanPagePasses() {
        try (Browser browser = Browser.start()) {
            open(browser, "<!DOCTYPE html><html lang='en'><head><title>Clean</title></head><body><main>"
                    + "<h1>Clean</h1><label for='n'>Name</label><input id='n' type='text'></main></body></html>");
            assertEquals(List.of(), Axe.violations(browser.driver()));
            browser.screenshot("axe-clean-fixture");
        }
    }

    private static void open(Browser browser, String html) {
        browser.driver().get("data:text/html;charset=utf-8," + URLEncoder.encode(html, StandardCharsets.UTF_8)
                .replace("+", "%20"));
    }
}
