package app.auraworkflows.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The built JAR is a complete OSGi bundle that Confluence installs as-is (no transformation). */
class PluginJarManifestIT {
    private static final String KEY = "app.auraworkflows.confluence";
    private static PluginJar jar;

    @BeforeAll
    static void open() {
        jar = PluginJar.open();
    }

    @AfterAll
    static void close() throws Exception {
        jar.close();
    }

    @Test
    void pluginKeyEqualsBundleSymbolicNameSoUpmSkipsTransformation() throws Exception {
        assertEquals(KEY, jar.header("Atlassian-Plugin-Key"));
        assertEquals(KEY, jar.header("Bundle-SymbolicName"));
        assertEquals("2", jar.header("Bundle-ManifestVersion"));
        assertTrue(jar.header("Bundle-Version").startsWith("1.0.0"), jar.header("Bundle-Version"));
    }

    @Test
    void springExtenderLoadsTheScannerContext() throws Exception {
        assertEquals("*", jar.header("Spring-Context"));
        String context = jar.text("META-INF/spring/plugin-context.xml");
        assertTrue(context.contains("<atlassian-scanner:scan-indexes"), context);
    }

    @Test
    void hostPackagesAreImportedExplicitly() throws Exception {
        Set<String> imported = PluginJar.clauses(jar.header("Import-Package")).stream()
                .map(PluginJar::packageOf).collect(Collectors.toSet());
        for (String pkg : List.of("com.atlassian.sal.api.user", "com.atlassian.sal.api.websudo",
                "com.atlassian.activeobjects.external", "com.atlassian.plugin.spring.scanner.annotation.imports",
                "jakarta.servlet.http", "jakarta.ws.rs", "net.java.ao", "net.java.ao.schema",
                "org.springframework.stereotype")) {
            assertTrue(imported.contains(pkg), "Import-Package lacks " + pkg + ": " + imported);
        }
        assertFalse(imported.stream().anyMatch(p -> p.startsWith("app.auraworkflows")),
                "the plugin must not import its own packages: " + imported);
    }

    @Test
    void noHostClassesAreInsideTheJar() {
        List<String> leaked = jar.entryNames().stream()
                .filter(n -> n.startsWith("com/atlassian/") || n.startsWith("jakarta/")
                        || n.startsWith("org/springframework/") || n.startsWith("net/java/ao/"))
                .toList();
        assertTrue(leaked.isEmpty(), "host classes packaged: " + leaked);
    }

    @Test
    void thirdPartyLibrariesAreEmbeddedOnTheBundleClassPath() throws Exception {
        List<String> classPath = PluginJar.clauses(jar.header("Bundle-ClassPath"));
        assertTrue(classPath.contains("."), classPath.toString());
        for (String lib : List.of("totp-", "core-", "javase-", "commons-codec-")) {
            String entry = classPath.stream().filter(e -> e.contains("/" + lib)).findFirst()
                    .orElseThrow(() -> new AssertionError("not embedded: " + lib + " in " + classPath));
            assertTrue(jar.has(entry), "Bundle-ClassPath names a missing entry: " + entry);
        }
        assertFalse(jar.entryNames().stream().anyMatch(n -> n.contains("jcommander")),
                "jcommander (CLI-only, flagged by scanners) must not be embedded");
    }

    @Test
    void nothingIsExported() throws Exception {
        String exports = jar.header("Export-Package");
        assertTrue(exports == null || exports.isBlank(), "unexpected exports: " + exports);
    }

    @Test
    void onlyOurOwnPackagesAreCompiledIntoTheJarRoot() {
        List<String> foreign = jar.entryNames().stream()
                .filter(n -> n.endsWith(".class") && !n.startsWith("app/auraworkflows/"))
                .toList();
        assertTrue(foreign.isEmpty(), "unexpected classes at the JAR root: " + foreign);
    }
}
