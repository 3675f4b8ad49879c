package app.auraworkflows.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Test helper: runs axe-core (Deque's accessibility engine, {@code axe.min.js} from the Maven Central artifact
 * {@code com.deque.html.axe-core:selenium}) in the page under test and returns its violations of any impact. The
 * script is injected by the test, never served by the app; rules are axe's defaults (WCAG 2.0/2.1 A and AA and
 * best practices).
 */
public final class Axe {
    private static final String SCRIPT = load();

    /** One rule an element breaks, as axe names it. */
    public record Violation(String rule, String impact, String help, List<String> targets) {
        @Override
        public String toString() {
            return impact + " " + rule + " (" + help + "): " + targets;
        }
    }

    private Axe() {
    }

    /** The violations on the page as it is now (dialogs and panels that are open are checked with it). */
    @SuppressWarnings("unchecked")
    public static List<Violation> violations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            js.executeScript(SCRIPT);
        }
        Object raw = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "window.axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
                + "  done(r.violations.map(function (v) { return {id: v.id, impact: v.impact || '', help: v.help,"
                + "    targets: v.nodes.map(function (n) { return n.target.join(' '); })}; }));"
                + "}, function (e) { done({error: String(e)}); });");
        if (raw instanceof Map<?, ?> failed) {
            throw new IllegalStateException("axe-core did not run: " + failed.get("error"));
        }
        List<Violation> found = new ArrayList<>();
        for (Object o : (List<Object>) raw) {
            Map<String, Object> v = (Map<String, Object>) o;
            found.add(new Violation((String) v.get("id"), (String) v.get("impact"), (String) v.get("help"),
                    List.copyOf((List<String>) v.get("targets"))));
        }
        return found;
    }

    private static String load() {
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test class path"
                        + " (test dependency com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
