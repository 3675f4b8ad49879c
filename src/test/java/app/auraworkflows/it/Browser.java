package app.auraworkflows.it;

import app.auraworkflows.devhost.junit.RequiredService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Test helper: a headless Debian Chromium driven through Debian's chromedriver (never a downloaded browser
 * or driver), with a screenshot helper that writes PNGs under {@code target/screenshots/}.
 */
public final class Browser implements AutoCloseable {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final WebDriver driver;
    private final Path userDataDir;

    private Browser(WebDriver driver, Path userDataDir) {
        this.driver = driver;
        this.userDataDir = userDataDir;
    }

    /** Starts Chromium; skips the test loudly when Chromium is not installed (and fails on CI). */
    public static Browser start() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present) {
            RequiredService.missing("Chromium/chromedriver not installed (apt-get install chromium chromium-driver): "
                    + "browser tests SKIPPED", null);
        }
        try {
            Path profile = Files.createTempDirectory("aura-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-dev-shm-usage", "--window-size=1280,900",
                    "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().implicitlyWait(Duration.ZERO);
            return new Browser(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public WebDriverWait waitUpTo(Duration timeout) {
        return new WebDriverWait(driver, timeout);
    }

    /**
     * Saves a PNG of the current page as {@code target/screenshots/<name>.png} and checks the same state with axe-core:
     * every screen state a test shows is one an assistive technology user meets too, so each must have no violation
     * of any impact (the report is written next to the PNG either way).
     */
    public Path screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("aura.target.dir", "target"), "screenshots");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            List<Axe.Violation> violations = Axe.violations(driver);
            Files.writeString(dir.resolve(name + ".axe.txt"), violations.isEmpty() ? "no violations\n"
                    : violations.stream().map(Axe.Violation::toString).collect(java.util.stream.Collectors.joining("\n"))
                    + "\n");
            if (!violations.isEmpty()) {
                throw new AssertionError("axe-core: " + violations.size() + " violation(s) on screen '" + name + "':\n  "
                        + violations.stream().map(Axe.Violation::toString)
                                .collect(java.util.stream.Collectors.joining("\n  ")));
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(userDataDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort: a temp profile left behind is harmless
        }
    }
}
