package app.auraworkflows;

import app.auraworkflows.approval.ProblemCode;
import app.auraworkflows.testing.BundleI18nResolver;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The i18n bundle and its users agree: every key used by a Soy template, Java class, script or the plugin
 * descriptor exists, and every key in the bundle is used somewhere.
 */
class I18nCompletenessTest {
    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path JAVA = Path.of("src/main/java");
    private static final Path BUNDLE = RESOURCES.resolve("i18n/aura-workflows.properties");

    private static final Pattern SOY_KEY = Pattern.compile("getText\\('([^']+)'");
    private static final Pattern CODE_KEY = Pattern.compile("[\"'](aura\\.[a-z0-9.]+)[\"']");
    private static final Pattern MACRO_NAME = Pattern.compile("<xhtml-macro\\b[^>]*\\bname=\"([^\"]+)\"");
    private static final String PLUGIN_KEY = "app.auraworkflows.confluence";
    private static final Pattern DESCRIPTOR_KEY = Pattern.compile("(?:\\bkey|i18n-name-key)=\"(aura\\.[^\"]+)\"");

    private static Set<String> keysIn(Path root, String suffix, Pattern pattern) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(suffix)).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        return keys;
    }

    private static Set<String> usedKeys() throws IOException {
        Set<String> used = new TreeSet<>();
        used.addAll(keysIn(RESOURCES.resolve("templates"), ".soy", SOY_KEY));
        used.addAll(keysIn(JAVA, ".java", CODE_KEY));
        used.addAll(keysIn(RESOURCES.resolve("js"), ".js", CODE_KEY));
        used.addAll(keysIn(RESOURCES, "atlassian-plugin.xml", DESCRIPTOR_KEY));
        // REST derives each problem's key from its code (WorkflowProblems.messageKey), so no literal names them.
        for (ProblemCode code : ProblemCode.values()) {
            used.add(app.auraworkflows.rest.WorkflowProblems.messageKey(code));
        }
        // The macro browser derives a macro's label and description keys from the plugin key and macro name.
        Matcher macro = MACRO_NAME.matcher(Files.readString(RESOURCES.resolve("atlassian-plugin.xml"), StandardCharsets.UTF_8));
        while (macro.find()) {
            used.add(PLUGIN_KEY + "." + macro.group(1) + ".label");
            used.add(PLUGIN_KEY + "." + macro.group(1) + ".desc");
        }
        return used;
    }

    @Test
    void everyUsedKeyExistsInTheBundle() throws IOException {
        Set<String> missing = new TreeSet<>(usedKeys());
        missing.removeAll(BundleI18nResolver.load().stringPropertyNames());

        assertEquals(Set.of(), missing);
    }

    @Test
    void everyKeyInTheBundleIsUsed() throws IOException {
        Set<String> unused = new TreeSet<>(BundleI18nResolver.load().stringPropertyNames());
        unused.removeAll(usedKeys());

        assertEquals(Set.of(), unused);
    }

    @Test
    void everyWorkflowProblemCodeHasABundleText() {
        Properties bundle = BundleI18nResolver.load();
        for (ProblemCode code : ProblemCode.values()) {
            String key = app.auraworkflows.rest.WorkflowProblems.messageKey(code);
            assertNotNull(bundle.getProperty(key), "missing " + key);
        }
    }

    @Test
    void bundleIsAsciiSoEveryHostReadsItTheSame() throws IOException {
        byte[] bytes = Files.readAllBytes(BUNDLE);
        for (byte b : bytes) {
            assertTrue(b >= 0, "non-ASCII byte in the bundle: use \\uXXXX escapes");
        }
    }

    @Test
    void messagesHaveNoSingleQuotesThatMessageFormatWouldSwallow() {
        Properties bundle = BundleI18nResolver.load();
        for (String key : bundle.stringPropertyNames()) {
            assertFalse(bundle.getProperty(key).contains("'"), key + " contains a single quote");
        }
    }
}
