package app.auraworkflows.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Enforces the house rules of docs/architecture.md §3 on the sources: the domain packages ({@code approval/},
 * {@code twofactor/}) are plain Java, host wiring has one home, Active Objects entities stay in
 * {@code store/}, time and randomness are injected, and the replay-blind library verifier is never used.
 */
class ArchitectureRulesTest {
    private static final Path MAIN = Path.of("src/main/java/app/auraworkflows");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(static\\s+)?([\\w.]+)", Pattern.MULTILINE);

    @Test
    void domainPackagesImportNoAtlassianServletJaxRsOrAdapterCode() throws IOException {
        List<String> forbidden = List.of(
                "com.atlassian.", "jakarta.servlet.", "javax.servlet.", "jakarta.ws.rs.", "javax.ws.rs.",
                "net.java.ao.", "org.springframework.web.",
                "app.auraworkflows.store.", "app.auraworkflows.confluence.", "app.auraworkflows.web.",
                "app.auraworkflows.rest.");
        List<String> violations = new ArrayList<>();
        // text/ holds the input rules both domains and the REST layer share, and kernel/ the ports both domains
        // use (time, users), so they are held to the same rule.
        for (String pkg : List.of("approval", "twofactor", "text", "kernel")) {
            for (Path file : javaFiles(MAIN.resolve(pkg))) {
                for (String imported : imports(file)) {
                    if (forbidden.stream().anyMatch(imported::startsWith)) {
                        violations.add(MAIN.relativize(file) + " imports " + imported);
                    }
                }
            }
        }
        assertTrue(violations.isEmpty(), "domain code must stay plain Java:\n" + String.join("\n", violations));
    }

    @Test
    void theApprovalEngineDoesNotDependOnTheSecondFactor() throws IOException {
        // approval/ defines the ReviewGuard port and twofactor/ implements it; what both need (time, users) is in
        // kernel/. So the engine can be read, tested and changed without the 2FA code, and not the other way round.
        List<String> violations = new ArrayList<>();
        for (Path file : javaFiles(MAIN.resolve("approval"))) {
            for (String imported : imports(file)) {
                if (imported.startsWith("app.auraworkflows.twofactor.")) {
                    violations.add(MAIN.relativize(file) + " imports " + imported);
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void hostServicesAreImportedInExactlyOnePlace() throws IOException {
        List<String> users = new ArrayList<>();
        for (Path file : javaFiles(MAIN)) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (text.contains("@ComponentImport")) {
                users.add(MAIN.relativize(file).toString().replace('\\', '/'));
            }
        }
        assertTrue(users.isEmpty() || users.equals(List.of("confluence/ComponentImports.java")),
                "@ComponentImport belongs only in confluence/ComponentImports.java, found in " + users);
    }

    @Test
    void activeObjectsEntitiesAndNetJavaAoStayInStore() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : javaFiles(MAIN)) {
            String relative = MAIN.relativize(file).toString().replace('\\', '/');
            if (relative.startsWith("store/")) {
                continue;
            }
            for (String imported : imports(file)) {
                if (imported.startsWith("net.java.ao") || imported.startsWith("app.auraworkflows.store.AO")) {
                    violations.add(relative + " imports " + imported);
                }
            }
        }
        assertTrue(violations.isEmpty(), "AO types must not leave store/:\n" + String.join("\n", violations));
    }

    @Test
    void onlyTheSystemTimeSourceReadsTheSystemClock() throws IOException {
        List<String> found = new ArrayList<>();
        for (String pkg : List.of("approval", "twofactor", "kernel")) {
            found.addAll(offending(MAIN.resolve(pkg), List.of("Instant.now(", "System.currentTimeMillis(",
                    "System.nanoTime(", "Clock.system", "LocalDateTime.now(", "new Date()")));
        }
        assertEquals(List.of("SystemTimeSource.java: Clock.system"), found,
                "time must be injected through TimeSource (java.time.Clock)");
    }

    @Test
    void randomnessIsInjectedExceptForTheDefaultSourcesThemselves() throws IOException {
        List<String> found = new ArrayList<>();
        for (String pkg : List.of("approval", "twofactor")) {
            found.addAll(offending(MAIN.resolve(pkg), List.of("new SecureRandom(", "new Random(", "Math.random(")));
        }
        assertEquals(List.of("FileSecretKeySource.java: new SecureRandom(", "SystemRandomSource.java: new SecureRandom("),
                found);
    }

    @Test
    void aLostRaceIsRetriedOnlyByTheOutermostUnitOfWork() throws IOException {
        // On PostgreSQL a failed statement aborts the whole transaction, so a loop inside a repository can never
        // succeed where it is called within a larger unit: one retry, of the outermost unit, in store/UnitOfWork.
        assertEquals(List.of("UnitOfWork.java: MAX_TRIES"), offending(MAIN, List.of("MAX_TRIES")));
        assertEquals(List.of("UnitOfWork.java: isLostRace("), offending(MAIN, List.of("isLostRace(")));
    }

    @Test
    void theStoreNeverCutsTheTextItRecords() throws IOException {
        // A cut name in a signature or an audit line would be a different name: the store records text whole or
        // refuses it (StoreText.recorded); only a derived search or sort key is cut, in StoreText.indexKey.
        assertEquals(List.of("StoreText.java: .substring("), offending(MAIN.resolve("store"), List.of(".substring(")));
    }

    @Test
    void theDomainNamesOutcomesNotHttpStatuses() throws IOException {
        // Statuses and wire codes are the REST layer's: a domain comment that names one goes stale the day REST
        // maps the outcome differently.
        Pattern status = Pattern.compile("REST [1-5]\\d\\d|HTTP [1-5]\\d\\d|\\(([1-5]\\d\\d)( [A-Z_]+)?[):;/]");
        List<String> found = new ArrayList<>();
        for (String pkg : List.of("approval", "twofactor", "kernel", "text")) {
            for (Path file : javaFiles(MAIN.resolve(pkg))) {
                Matcher m = status.matcher(Files.readString(file, StandardCharsets.UTF_8));
                if (m.find()) {
                    found.add(file.getFileName() + ": " + m.group());
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void theReplayBlindLibraryVerifierIsNeverUsed() throws IOException {
        // dev.samstevens.totp's DefaultCodeVerifier does not say which step matched, so it cannot stop replay.
        assertEquals(List.of(), offending(MAIN, List.of("DefaultCodeVerifier", "isValidCode(")));
    }

    @Test
    void restAndWebLayersDoNotTouchTheStoreDirectly() throws IOException {
        List<String> violations = new ArrayList<>();
        for (String pkg : List.of("web", "rest")) {
            for (Path file : javaFiles(MAIN.resolve(pkg))) {
                for (String imported : imports(file)) {
                    if (imported.startsWith("app.auraworkflows.store.")
                            || imported.startsWith("com.atlassian.activeobjects.")) {
                        violations.add(MAIN.relativize(file) + " imports " + imported);
                    }
                }
            }
        }
        assertTrue(violations.isEmpty(), "web/rest go through services:\n" + String.join("\n", violations));
    }

    @Test
    void theShippedCodeNamesNoHostOrAddress() throws IOException {
        // Links come from the request's context path and SAL's base URL; a host name in the JAR would break every
        // installation that is not the developer's machine.
        assertEquals(List.of(), offending(MAIN, List.of("localhost", "127.0.0.1", "0.0.0.0", "http://", "https://")));
        List<String> found = new ArrayList<>();
        Path resources = Path.of("src/main/resources");
        try (Stream<Path> files = Files.walk(resources)) {
            for (Path file : files.filter(p -> p.toString().matches(".*\\.(js|soy|xml)$")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                for (String host : List.of("localhost", "127.0.0.1")) {
                    if (text.contains(host)) {
                        found.add(resources.relativize(file) + " names " + host);
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void noCodeOrTestSpeaksOfBranchesAndMerges() throws IOException {
        // The code describes what it is, not how it was put together: "skipped until merged" comments outlive
        // the merge and then lie.
        java.util.regex.Pattern history = java.util.regex.Pattern.compile(
                "(?i)\\bbranch(es)?\\b|\\b(until|once|before|after)\\b[^.\\n]{0,40}\\bmerged\\b|merge-era");
        List<String> found = new ArrayList<>();
        for (String root : List.of("src/main/java", "src/test/java", "src/devhost/java", "src/host-api/java")) {
            for (Path file : javaFiles(Path.of(root))) {
                if (file.endsWith("ArchitectureRulesTest.java")) {
                    continue;
                }
                java.util.regex.Matcher m = history.matcher(Files.readString(file, StandardCharsets.UTF_8));
                if (m.find()) {
                    found.add(file + ": " + m.group());
                }
            }
        }
        assertEquals(List.of(), found);
    }

    private static List<Path> javaFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** Files under {@code root} whose code (comment lines left out: Javadoc may name what code must not use) contains a needle. */
    private static List<String> offending(Path root, List<String> needles) throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : javaFiles(root)) {
            StringBuilder code = new StringBuilder();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String trimmed = line.strip();
                if (!trimmed.startsWith("*") && !trimmed.startsWith("/*") && !trimmed.startsWith("//")) {
                    code.append(line).append('\n');
                }
            }
            for (String needle : needles) {
                if (code.indexOf(needle) >= 0) {
                    found.add(file.getFileName() + ": " + needle);
                }
            }
        }
        return found;
    }

    private static List<String> imports(Path file) throws IOException {
        List<String> result = new ArrayList<>();
        Matcher m = IMPORT.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (m.find()) {
            result.add(m.group(2));
        }
        return result;
    }
}
