package app.auraworkflows.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.apache.felix.framework.Felix;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Installs the built plugin JAR in a real OSGi framework (Apache Felix) next to bundles that export the
 * host packages Confluence 10.2 provides, and checks that it resolves and that its own and embedded classes
 * load through the bundle's class space. Jakarta and Jackson annotations are their real OSGi bundles
 * from Maven Central; the Atlassian host API is a bundle made of our host-api declarations; Spring, SLF4J and
 * Active Objects are stand-in bundles exporting their packages at the
 * versions Confluence 10.2 ships.
 */
class FelixResolveIT {
    private Felix felix;
    private Path work;

    @BeforeEach
    void startFelix() throws Exception {
        work = Path.of(System.getProperty("aura.target.dir", "target"), "felix-it");
        deleteRecursively(work);
        Files.createDirectories(work);
        Map<String, Object> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, work.resolve("cache").toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        felix = new Felix(config);
        felix.start();
    }

    @AfterEach
    void stopFelix() throws Exception {
        if (felix != null) {
            felix.stop();
            felix.waitForStop(10_000);
        }
    }

    @Test
    void pluginResolvesAgainstHostPackagesAndLoadsItsClasses() throws Exception {
        BundleContext context = felix.getBundleContext();
        List<Bundle> host = new ArrayList<>();
        for (Class<?> fromRealBundle : List.of(jakarta.servlet.Servlet.class, jakarta.ws.rs.Path.class,
                jakarta.inject.Inject.class,
                com.fasterxml.jackson.annotation.JsonProperty.class, com.fasterxml.jackson.core.JsonFactory.class,
                com.fasterxml.jackson.databind.ObjectMapper.class)) {
            host.add(context.installBundle(location(fromRealBundle).toUri().toString()));
        }
        host.add(context.installBundle(hostApiBundle().toUri().toString()));
        TreeSet<String> spring = packagesOf(org.springframework.stereotype.Component.class, "org/springframework/");
        spring.addAll(packagesOf(org.springframework.beans.factory.InitializingBean.class, "org/springframework/"));
        host.add(context.installBundle(standInBundle("org.springframework.standin", "6.2.12", spring).toUri().toString()));
        // slf4j-api 2.x as a real bundle needs an OSGi service-loader extender; Confluence exports org.slf4j itself.
        host.add(context.installBundle(standInBundle("org.slf4j.standin", "2.0.16",
                packagesOf(org.slf4j.Logger.class, "org/slf4j/")).toUri().toString()));
        host.add(context.installBundle(standInBundle("net.java.ao.standin", "3.2.11",
                packagesOf(net.java.ao.RawEntity.class, "net/java/ao/")).toUri().toString()));

        Path pluginJar = Path.of(System.getProperty("aura.plugin.jar"));
        Bundle plugin = context.installBundle(pluginJar.toUri().toString());
        boolean resolved = felix.adapt(FrameworkWiring.class).resolveBundles(List.of(plugin));

        assertTrue(resolved, "plugin did not resolve; state=" + plugin.getState() + " " + diagnose(plugin));
        assertEquals("app.auraworkflows.confluence", plugin.getSymbolicName());
        plugin.start();
        assertEquals(Bundle.ACTIVE, plugin.getState());

        // Embedded library classes load from Bundle-ClassPath, our own classes from the bundle itself.
        assertNotNull(plugin.loadClass("dev.samstevens.totp.code.DefaultCodeGenerator"));
        assertNotNull(plugin.loadClass("com.google.zxing.qrcode.QRCodeWriter"));
        assertNotNull(plugin.loadClass("org.apache.commons.codec.binary.Base32"));
        // Jackson databind is the host's (imported, not embedded), as Confluence 10 provides it.
        assertNotEquals(plugin.adapt(BundleWiring.class).getClassLoader(),
                plugin.loadClass("com.fasterxml.jackson.databind.ObjectMapper").getClassLoader());
        Class<?> own = plugin.loadClass("app.auraworkflows.twofactor.EnrolmentService");
        assertEquals(plugin.adapt(BundleWiring.class).getClassLoader(), own.getClassLoader(),
                "our classes must come from the plugin bundle");
    }

    private String diagnose(Bundle plugin) {
        try {
            plugin.start();
            return "";
        } catch (Exception e) {
            return e.getMessage();
        }
    }

    /** The Atlassian host API as one bundle: our signature-exact declarations, exporting each of their packages. */
    private Path hostApiBundle() throws Exception {
        Path classes = location(com.atlassian.sal.api.user.UserKey.class);
        Path root = classes.resolve("com/atlassian");
        TreeSet<String> packages = new TreeSet<>();
        Map<String, Path> entries = new HashMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = classes.relativize(file).toString().replace('\\', '/');
                entries.put(name, file);
                packages.add(name.substring(0, name.lastIndexOf('/')).replace('/', '.'));
            }
        }
        Manifest manifest = manifest("com.atlassian.hostapi.standin", "10.2.0");
        manifest.getMainAttributes().putValue(Constants.EXPORT_PACKAGE, String.join(",", packages));
        manifest.getMainAttributes().putValue(Constants.DYNAMICIMPORT_PACKAGE, "*");
        return writeJar(work.resolve("host-api.jar"), manifest, entries);
    }

    private Path standInBundle(String symbolicName, String version, TreeSet<String> packages) throws IOException {
        Manifest manifest = manifest(symbolicName, version);
        List<String> exports = packages.stream().map(p -> p + ";version=\"" + version + "\"").toList();
        manifest.getMainAttributes().putValue(Constants.EXPORT_PACKAGE, String.join(",", exports));
        return writeJar(work.resolve(symbolicName + ".jar"), manifest, Map.of());
    }

    /** Every package under {@code prefix} in the JAR (or folder) that holds {@code anchor}. */
    private static TreeSet<String> packagesOf(Class<?> anchor, String prefix) throws Exception {
        TreeSet<String> packages = new TreeSet<>();
        Path location = location(anchor);
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(location.toFile())) {
            jar.stream().map(JarEntry::getName)
                    .filter(n -> n.startsWith(prefix) && n.endsWith(".class"))
                    .forEach(n -> packages.add(n.substring(0, n.lastIndexOf('/')).replace('/', '.')));
        }
        return packages;
    }

    private static Manifest manifest(String symbolicName, String version) {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue(Constants.BUNDLE_MANIFESTVERSION, "2");
        main.putValue(Constants.BUNDLE_SYMBOLICNAME, symbolicName);
        main.putValue(Constants.BUNDLE_VERSION, version);
        return manifest;
    }

    private static Path writeJar(Path target, Manifest manifest, Map<String, Path> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(target); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            for (Map.Entry<String, Path> entry : new java.util.TreeMap<>(entries).entrySet()) {
                jar.putNextEntry(new JarEntry(entry.getKey()));
                jar.write(Files.readAllBytes(entry.getValue()));
                jar.closeEntry();
            }
        }
        return target;
    }

    private static Path location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
