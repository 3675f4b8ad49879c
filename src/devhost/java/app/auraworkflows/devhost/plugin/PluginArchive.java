package app.auraworkflows.devhost.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The built plugin JAR as an archive: manifest checks (the headers Confluence relies on to install
 * a JAR without transformation), the descriptor, the spring-scanner index files, and a check that
 * every {@code Bundle-ClassPath} entry is in the JAR (the OSGi framework would silently skip a missing
 * one). Classes are never loaded from here: that is the bundle's job.
 * Reads go straight to the JAR, never through the test classpath, which holds the same resources
 * under {@code target/classes}.
 */
public final class PluginArchive implements AutoCloseable {

    public static final String DESCRIPTOR = "atlassian-plugin.xml";
    private static final String INDEX_DIR = "META-INF/plugin-components/";

    private final Path jarPath;
    private final JarFile jar;
    private final Manifest manifest;

    private PluginArchive(Path jarPath) throws IOException {
        this.jarPath = jarPath;
        this.jar = new JarFile(jarPath.toFile());
        Manifest m = jar.getManifest();
        if (m == null) {
            throw new PluginLoadException(jarPath + " has no META-INF/MANIFEST.MF");
        }
        this.manifest = m;
        checkBundleClassPath();
    }

    /** Opens and checks a plugin JAR: fails when Confluence would refuse or mis-install it. */
    public static PluginArchive open(Path jarPath) {
        if (jarPath == null || !Files.isRegularFile(jarPath)) {
            throw new PluginLoadException("Plugin JAR not found: " + jarPath + " (build it with mvn package)");
        }
        try {
            PluginArchive archive = new PluginArchive(jarPath);
            archive.checkManifest();
            return archive;
        } catch (IOException e) {
            throw new PluginLoadException("Cannot read plugin JAR " + jarPath + ": " + e.getMessage(), e);
        }
    }

    private void checkManifest() {
        String pluginKey = header("Atlassian-Plugin-Key");
        String bsn = header("Bundle-SymbolicName");
        if (pluginKey == null) {
            throw new PluginLoadException(jarPath + ": manifest lacks Atlassian-Plugin-Key (Confluence would try to"
                    + " transform the JAR instead of installing the bundle as built)");
        }
        if (bsn == null || !bsn.split(";")[0].trim().equals(pluginKey)) {
            throw new PluginLoadException(jarPath + ": Bundle-SymbolicName (" + bsn + ") must equal Atlassian-Plugin-Key ("
                    + pluginKey + ")");
        }
        if (header("Spring-Context") == null) {
            throw new PluginLoadException(jarPath + ": manifest lacks Spring-Context; the plugin's components would never"
                    + " be created");
        }
        if (!hasEntry(DESCRIPTOR)) {
            throw new PluginLoadException(jarPath + " has no " + DESCRIPTOR);
        }
        boolean scanIndexes = jar.stream()
                .filter(e -> e.getName().startsWith("META-INF/spring/") && e.getName().endsWith(".xml"))
                .anyMatch(e -> new String(read(e.getName()).orElseThrow(), StandardCharsets.UTF_8).contains("scan-indexes"));
        if (!scanIndexes) {
            throw new PluginLoadException(jarPath + ": no META-INF/spring/*.xml with <atlassian-scanner:scan-indexes/>;"
                    + " spring-scanner would not read META-INF/plugin-components");
        }
    }

    public Path path() { return jarPath; }

    public String pluginKey() { return header("Atlassian-Plugin-Key"); }

    public String header(String name) {
        return manifest.getMainAttributes().getValue(new Attributes.Name(name));
    }

    public boolean hasEntry(String name) {
        return jar.getEntry(name) != null;
    }

    /** Bytes of a JAR entry (not of embedded libraries). */
    public Optional<byte[]> read(String name) {
        JarEntry entry = jar.getJarEntry(name);
        if (entry == null || entry.isDirectory()) {
            return Optional.empty();
        }
        try (InputStream in = jar.getInputStream(entry)) {
            return Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] descriptor() {
        return read(DESCRIPTOR).orElseThrow();
    }

    /** Lines of an index file under META-INF/plugin-components (blank lines and comments skipped). */
    public List<String> index(String file) {
        return read(INDEX_DIR + file)
                .map(b -> new String(b, StandardCharsets.UTF_8).lines().map(String::trim)
                        .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList())
                .orElse(List.of());
    }

    public boolean hasIndex(String file) {
        return hasEntry(INDEX_DIR + file);
    }

    /** Names of the classes in a package (and its sub-packages) inside the JAR itself. */
    public List<String> classNamesIn(String packageName) {
        String prefix = packageName.replace('.', '/') + "/";
        return jar.stream().map(JarEntry::getName)
                .filter(n -> n.startsWith(prefix) && n.endsWith(".class") && !n.endsWith("package-info.class")
                        && !n.endsWith("module-info.class"))
                .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
                .sorted().toList();
    }

    private void checkBundleClassPath() {
        String cp = header("Bundle-ClassPath");
        if (cp == null) {
            return;
        }
        for (String raw : cp.split(",")) {
            String entry = raw.split(";")[0].trim();
            if (!entry.isEmpty() && !".".equals(entry) && jar.getJarEntry(entry) == null) {
                throw new PluginLoadException("Bundle-ClassPath names " + entry + " but the JAR does not contain it");
            }
        }
    }

    @Override
    public void close() {
        try {
            jar.close();
        } catch (IOException e) {
            // closing a read-only JAR: nothing to lose
        }
    }
}
