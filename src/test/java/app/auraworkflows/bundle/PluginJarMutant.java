package app.auraworkflows.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.function.UnaryOperator;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Test helper: a copy of the built plugin JAR with one defect, as a careless change could ship it: the
 * manifest's {@code Import-Package} or the descriptor rewritten, everything else byte for byte the same.
 */
final class PluginJarMutant {

    private PluginJarMutant() {
    }

    /** The built JAR with {@code Import-Package} rewritten. */
    static Path withImports(String name, UnaryOperator<String> imports) {
        return write(name, imports, UnaryOperator.identity());
    }

    /** The built JAR with {@code atlassian-plugin.xml} rewritten. */
    static Path withDescriptor(String name, UnaryOperator<String> descriptor) {
        return write(name, UnaryOperator.identity(), descriptor);
    }

    /** Import-Package without one package entry (its attributes included); fails if the entry is absent. */
    static String withoutImport(String header, String pkg) {
        StringBuilder out = new StringBuilder();
        boolean removed = false;
        for (String entry : PluginJar.clauses(header)) {
            if (entry.split(";")[0].trim().equals(pkg)) {
                removed = true;
                continue;
            }
            out.append(out.length() == 0 ? "" : ",").append(entry);
        }
        if (!removed) {
            throw new IllegalStateException("Import-Package has no " + pkg + ": " + header);
        }
        return out.toString();
    }


    private static Path write(String name, UnaryOperator<String> imports, UnaryOperator<String> descriptor) {
        try (PluginJar built = PluginJar.open()) {
            Manifest manifest = new Manifest(built.jar.getManifest());
            Attributes main = manifest.getMainAttributes();
            main.putValue("Import-Package", imports.apply(main.getValue("Import-Package")));
            Path target = Path.of(System.getProperty("aura.target.dir", "target"), "mutants", name + ".jar");
            Files.createDirectories(target.getParent());
            try (OutputStream file = Files.newOutputStream(target); JarOutputStream out = new JarOutputStream(file, manifest)) {
                Enumeration<JarEntry> entries = built.jar.entries();
                while (entries.hasMoreElements()) {
                    JarEntry entry = entries.nextElement();
                    if (entry.getName().equals(JarFile.MANIFEST_NAME)) {
                        continue;
                    }
                    out.putNextEntry(new JarEntry(entry.getName()));
                    try (InputStream in = built.jar.getInputStream(entry)) {
                        byte[] bytes = in.readAllBytes();
                        if (entry.getName().equals("atlassian-plugin.xml")) {
                            String original = new String(bytes, StandardCharsets.UTF_8);
                            String changed = descriptor.apply(original);
                            if (descriptor != UnaryOperator.<String>identity() && changed.equals(original)) {
                                throw new IllegalStateException("the descriptor change of mutant " + name + " changed nothing");
                            }
                            bytes = changed.getBytes(StandardCharsets.UTF_8);
                        }
                        out.write(bytes);
                    }
                    out.closeEntry();
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
