package app.auraworkflows.twofactor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The house rules of DESIGN.md §3 that keep the security core portable and testable, checked on the
 * sources: the 2FA core talks to the host only through its ports, time and randomness are injected,
 * the library's replay-blind verifier is never used, and AO entities stay inside store/.
 */
class ArchitectureRulesTest {
    static final Path MAIN = Path.of("src/main/java/app/auraworkflows");

    @Test
    void theTwoFactorCoreImportsNoHostServletRestOrAdapterTypes() throws IOException {
        assertEquals(List.of(), offending(MAIN.resolve("twofactor"), List.of(
                "import com.atlassian.", "import jakarta.servlet", "import javax.servlet", "import jakarta.ws.rs",
                "import javax.ws.rs", "import net.java.ao", "import app.auraworkflows.store",
                "import app.auraworkflows.confluence", "import app.auraworkflows.web", "import app.auraworkflows.rest")));
    }

    @Test
    void onlyTheSystemTimeSourceReadsTheSystemClock() throws IOException {
        List<String> found = offending(MAIN.resolve("twofactor"),
                List.of("Instant.now(", "System.currentTimeMillis(", "Clock.system", "LocalDateTime.now("));
        assertEquals(List.of("SystemTimeSource.java: Clock.system"), found);
    }

    @Test
    void randomnessIsInjectedExceptForTheDefaultSourcesThemselves() throws IOException {
        List<String> found = offending(MAIN.resolve("twofactor"), List.of("new SecureRandom(", "new Random(", "Math.random("));
        assertEquals(List.of("FileSecretKeySource.java: new SecureRandom(", "SystemRandomSource.java: new SecureRandom("), found);
    }

    @Test
    void theReplayBlindLibraryVerifierIsNeverUsed() throws IOException {
        assertEquals(List.of(), offending(MAIN, List.of("DefaultCodeVerifier", "isValidCode(")));
    }

    @Test
    void activeObjectsEntitiesStayInsideTheStore() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(MAIN)) {
            for (Path dir : dirs.filter(d -> !d.endsWith("store")).toList()) {
                found.addAll(offending(dir, List.of("import app.auraworkflows.store.AO", "store.AO")));
            }
        }
        assertEquals(List.of(), found);
    }

    private static List<String> offending(Path root, List<String> needles) throws IOException {
        List<String> found = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return found;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String code = codeLines(file);
                for (String needle : needles) {
                    if (code.contains(needle)) {
                        found.add(file.getFileName() + ": " + needle);
                    }
                }
            }
        }
        return found;
    }

    /** The file without comment lines (Javadoc may name what the code must not use). */
    private static String codeLines(Path file) throws IOException {
        StringBuilder code = new StringBuilder();
        for (String line : Files.readAllLines(file)) {
            String trimmed = line.strip();
            if (!trimmed.startsWith("*") && !trimmed.startsWith("/*") && !trimmed.startsWith("//")) {
                code.append(line).append('\n');
            }
        }
        return code.toString();
    }
}
