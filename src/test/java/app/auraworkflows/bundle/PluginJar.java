package app.auraworkflows.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/** Test helper: the built plugin JAR (path from the {@code aura.plugin.jar} system property set by failsafe). */
final class PluginJar implements AutoCloseable {
    final Path path;
    final JarFile jar;

    private PluginJar(Path path) throws IOException {
        this.path = path;
        this.jar = new JarFile(path.toFile());
    }

    static PluginJar open() {
        String location = System.getProperty("aura.plugin.jar");
        if (location == null) {
            throw new IllegalStateException("aura.plugin.jar is not set: run through 'mvn verify' (failsafe)");
        }
        Path path = Path.of(location);
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("plugin JAR not built: " + path);
        }
        try {
            return new PluginJar(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Attributes manifest() throws IOException {
        return jar.getManifest().getMainAttributes();
    }

    String header(String name) throws IOException {
        return manifest().getValue(name);
    }

    List<String> entryNames() {
        List<String> names = new ArrayList<>();
        for (JarEntry entry : Collections.list(jar.entries())) {
            names.add(entry.getName());
        }
        return names;
    }

    boolean has(String name) {
        return jar.getEntry(name) != null;
    }

    String text(String name) throws IOException {
        JarEntry entry = jar.getJarEntry(name);
        if (entry == null) {
            throw new IllegalStateException("missing in JAR: " + name);
        }
        try (InputStream in = jar.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    List<String> lines(String name) throws IOException {
        return text(name).lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
    }

    /** Splits an OSGi header on top-level commas (commas inside quotes belong to the clause). */
    static List<String> clauses(String header) {
        List<String> result = new ArrayList<>();
        if (header == null) {
            return result;
        }
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                result.add(current.toString().trim());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (current.length() > 0) {
            result.add(current.toString().trim());
        }
        return result;
    }

    static String packageOf(String clause) {
        int semi = clause.indexOf(';');
        return (semi < 0 ? clause : clause.substring(0, semi)).trim();
    }

    @Override
    public void close() throws IOException {
        jar.close();
    }
}
