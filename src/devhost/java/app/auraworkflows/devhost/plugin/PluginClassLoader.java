package app.auraworkflows.devhost.plugin;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plugin's class loader, standing in for its OSGi bundle class loader.
 *
 * <ul>
 *   <li>JDK classes come from the platform class loader.</li>
 *   <li>Host packages ({@code com.atlassian.*}, {@code jakarta.*}, {@code org.springframework.*},
 *       {@code net.java.ao.*}, {@code org.slf4j.*}, {@code com.fasterxml.jackson.*}) come from the dev
 *       host (the parent), so the plugin and the host share the same API types, as with OSGi package
 *       wiring.</li>
 *   <li>Everything else comes ONLY from the JAR and its embedded libraries (child-first, no parent
 *       fallback): the test classpath also holds {@code target/classes}, and a class missing from the
 *       JAR must fail here as it would fail in Confluence instead of silently loading from the build
 *       directory.</li>
 * </ul>
 * A host package the manifest does not import is still served (Spring and Jersey probe optional
 * types through this loader) but logged once, since OSGi would refuse it.
 */
public final class PluginClassLoader extends URLClassLoader {

    /** Package prefixes that the dev host (Confluence) provides to plugins. */
    public static final List<String> HOST_PACKAGES = List.of("com.atlassian.", "jakarta.", "org.springframework.",
            "net.java.ao.", "org.slf4j.", "com.fasterxml.jackson.");

    private static final Logger LOG = LoggerFactory.getLogger(PluginClassLoader.class);

    static {
        registerAsParallelCapable();
    }

    private final ClassLoader host;
    private final ClassLoader platform = ClassLoader.getPlatformClassLoader();
    private final List<String> importPatterns;
    private final Set<String> warnedPackages = ConcurrentHashMap.newKeySet();

    /**
     * @param urls the plugin JAR followed by its extracted embedded libraries
     * @param host the dev host's class loader (parent for host packages only)
     * @param importPackage the manifest's Import-Package header, or null to skip the import check
     */
    public PluginClassLoader(List<URL> urls, ClassLoader host, String importPackage) {
        super(urls.toArray(URL[]::new), null);
        this.host = host;
        this.importPatterns = parseImports(importPackage);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null) {
                c = loadFromJdk(name);
            }
            if (c == null && isHostClass(name)) {
                checkImported(name);
                c = host.loadClass(name);
            }
            if (c == null) {
                c = findClass(name); // JAR or embedded libraries, never the test classpath
            }
            if (resolve) {
                resolveClass(c);
            }
            return c;
        }
    }

    private Class<?> loadFromJdk(String name) {
        try {
            return platform.loadClass(name);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    public static boolean isHostClass(String name) {
        for (String prefix : HOST_PACKAGES) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public URL getResource(String name) {
        URL own = findResource(name);
        if (own != null) {
            return own;
        }
        URL jdk = platform.getResource(name);
        if (jdk != null) {
            return jdk;
        }
        return isHostClass(name.replace('/', '.')) ? host.getResource(name) : null;
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        List<URL> urls = new ArrayList<>(Collections.list(findResources(name)));
        urls.addAll(Collections.list(platform.getResources(name)));
        if (isHostClass(name.replace('/', '.'))) {
            urls.addAll(Collections.list(host.getResources(name)));
        }
        return Collections.enumeration(urls);
    }

    private void checkImported(String className) {
        // Spring probes its own types through the bean class loader; that is the host's business, not the plugin's
        if (importPatterns == null || className.startsWith("org.springframework.")) {
            return;
        }
        int dot = className.lastIndexOf('.');
        String pkg = dot < 0 ? "" : className.substring(0, dot);
        for (String pattern : importPatterns) {
            if (pattern.equals("*") || pattern.equals(pkg)
                    || (pattern.endsWith(".*") && pkg.startsWith(pattern.substring(0, pattern.length() - 1)))) {
                return;
            }
        }
        if (warnedPackages.add(pkg)) {
            LOG.warn("Plugin loads {} but its manifest does not import package {}: OSGi would refuse this", className, pkg);
        }
    }

    private static List<String> parseImports(String header) {
        if (header == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        // split on commas outside quotes (version ranges contain commas)
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (char ch : header.toCharArray()) {
            if (ch == '"') {
                quoted = !quoted;
            }
            if (ch == ',' && !quoted) {
                out.add(cur.toString().split(";")[0].trim());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        if (!cur.isEmpty()) {
            out.add(cur.toString().split(";")[0].trim());
        }
        return out;
    }
}
