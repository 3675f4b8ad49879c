package app.auraworkflows.devhost.plugin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Role: the list of packages the dev host's OSGi framework exports to plugins, standing in for what
 * Confluence 10.2's plugin framework exports from the host (its {@code ExportsBuilder}: the host
 * application's packages plus the JDK's). Nothing else on the dev host's class path is visible to a
 * plugin bundle: a package the plugin needs but neither embeds nor imports fails to resolve, exactly
 * as it would in Confluence.
 *
 * <p>The families and their versions are those of Confluence 10.2 (Jakarta EE 10, Spring 6.2, Active
 * Objects, SLF4J, Jackson annotations, core and databind; see {@code docs/confluence-compatibility.md}); the
 * packages of each family are read from the very JARs the dev host runs on, so host and plugin share one copy of
 * every API type. The JDK's own packages are exported by Felix's system bundle by default.
 */
public final class HostExports {

    /** One exported family: the packages under {@code prefix} in the JAR (or folder) holding {@code anchor}. */
    private record Family(String anchor, String prefix, String version) {
    }

    private static final List<Family> FAMILIES = List.of(
            new Family("jakarta.servlet.Servlet", "jakarta/servlet/", "6.0.0"),
            new Family("jakarta.ws.rs.Path", "jakarta/ws/rs/", "3.1.0"),
            new Family("jakarta.inject.Inject", "jakarta/inject/", "2.0.1"),
            new Family("org.springframework.stereotype.Component", "org/springframework/", "6.2.12"),
            new Family("org.springframework.beans.factory.BeanFactory", "org/springframework/", "6.2.12"),
            new Family("org.springframework.core.io.Resource", "org/springframework/", "6.2.12"),
            new Family("org.springframework.aop.framework.AopProxy", "org/springframework/", "6.2.12"),
            new Family("net.java.ao.RawEntity", "net/java/ao/", "0.0.0"),
            new Family("org.slf4j.Logger", "org/slf4j/", "2.0.16"),
            new Family("com.fasterxml.jackson.annotation.JsonProperty", "com/fasterxml/jackson/annotation/", "2.18.2"),
            new Family("com.fasterxml.jackson.core.JsonFactory", "com/fasterxml/jackson/core/", "2.18.2"),
            new Family("com.fasterxml.jackson.databind.ObjectMapper", "com/fasterxml/jackson/databind/", "2.18.2"),
            // The Atlassian host API: the signature-exact declarations under src/host-api, compiled next to the
            // plugin's classes; only their com.atlassian packages are exported.
            new Family("com.atlassian.sal.api.user.UserKey", "com/atlassian/", "0.0.0"));

    /** Computed once per JVM: the class path does not change, and every dev host node starts a framework. */
    private static volatile String systemPackagesExtra;

    private HostExports() {
    }

    /** The value of {@code org.osgi.framework.system.packages.extra}: {@code pkg;version="v"} entries, sorted. */
    public static String systemPackagesExtra() {
        String cached = systemPackagesExtra;
        if (cached == null) {
            cached = String.join(",", entries());
            systemPackagesExtra = cached;
        }
        return cached;
    }

    private static List<String> entries() {
        Map<String, String> packages = packages();
        List<String> entries = new ArrayList<>();
        packages.forEach((pkg, version) -> entries.add(pkg + ";version=\"" + version + "\""));
        return entries;
    }

    /** Every exported package with its version. */
    public static Map<String, String> packages() {
        Map<String, String> packages = new TreeMap<>();
        for (Family family : FAMILIES) {
            for (String pkg : packagesOf(family)) {
                packages.putIfAbsent(pkg, family.version());
            }
        }
        return packages;
    }

    private static List<String> packagesOf(Family family) {
        Path location;
        try {
            Class<?> anchor = Class.forName(family.anchor(), false, HostExports.class.getClassLoader());
            location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (ClassNotFoundException | URISyntaxException e) {
            throw new IllegalStateException("The dev host lacks " + family.anchor() + ", needed to export "
                    + family.prefix(), e);
        }
        List<String> names = new ArrayList<>();
        try {
            if (Files.isDirectory(location)) {
                try (Stream<Path> files = Files.walk(location)) {
                    files.filter(f -> f.toString().endsWith(".class"))
                            .map(f -> location.relativize(f).toString().replace('\\', '/'))
                            .forEach(names::add);
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    jar.stream().map(JarEntry::getName).forEach(names::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + location, e);
        }
        return names.stream()
                .filter(n -> n.startsWith(family.prefix()) && n.endsWith(".class") && n.lastIndexOf('/') > 0)
                .map(n -> n.substring(0, n.lastIndexOf('/')).replace('/', '.'))
                .distinct().toList();
    }
}
