package app.auraworkflows.devhost.plugin;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.felix.framework.Felix;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.wiring.FrameworkWiring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Role: the dev host's OSGi framework, an embedded Apache Felix like the one inside Confluence's
 * plugin framework. Plugin JARs are installed as bundles as built (a JAR with
 * {@code Atlassian-Plugin-Key} is not transformed in Confluence either), resolved against
 * {@link HostExports} only, and every plugin class is loaded through the bundle's class loader.
 *
 * <p>Configured as Atlassian's {@code FelixOsgiContainerManager} configures Confluence's framework:
 * implicit boot delegation off and bundles' parent the framework loader, boot delegation only for JDK
 * internals ({@code jdk.*}, {@code sun.*}, JAXB's internals). So a host package that the plugin's manifest does not
 * import is invisible to it, however the dev host's own class path looks, and whoever asks.
 * One framework per dev host node; its cache lives in the node's data directory and is cleaned on
 * every start, as a plugin is installed anew each time.
 */
public final class OsgiContainer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OsgiContainer.class);

    private final Felix felix;

    private OsgiContainer(Felix felix) {
        this.felix = felix;
    }

    /** Starts a framework whose system bundle exports the host packages. */
    public static OsgiContainer start(Path cacheDir) {
        Map<String, Object> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, cacheDir.toAbsolutePath().toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, HostExports.systemPackagesExtra());
        // the JDK-internal part of Atlassian's default boot delegation list (the rest names app servers and profilers)
        config.put(Constants.FRAMEWORK_BOOTDELEGATION, "META-INF.services,jdk.*,sun.*,com.sun.xml.bind.v2,com.sun.xml.internal.bind.v2");
        config.put(Constants.FRAMEWORK_BUNDLE_PARENT, Constants.FRAMEWORK_BUNDLE_PARENT_FRAMEWORK);
        // Felix otherwise guesses when to delegate to the parent for callers outside bundles (Spring, Jersey,
        // tests), which would make unimported host packages visible.
        config.put("felix.bootdelegation.implicit", "false");
        // Several nodes may run in one JVM (cluster tests): no JVM-wide URL handler factories.
        config.put("felix.service.urlhandlers", "false");
        config.put("felix.log.level", "1");
        Felix felix = new Felix(config);
        try {
            felix.start();
        } catch (BundleException e) {
            throw new PluginLoadException("The OSGi framework did not start: " + e.getMessage(), e);
        }
        return new OsgiContainer(felix);
    }

    /**
     * Installs, resolves and starts a plugin bundle. Fails with the framework's own explanation (the
     * first unsatisfied requirement) when the bundle does not resolve, as Confluence would.
     */
    public Bundle install(Path jar) {
        Bundle bundle;
        try {
            bundle = felix.getBundleContext().installBundle(jar.toUri().toString());
        } catch (BundleException e) {
            throw new PluginLoadException("The plugin JAR is not a valid OSGi bundle: " + e.getMessage(), e);
        }
        if (!felix.adapt(FrameworkWiring.class).resolveBundles(List.of(bundle))) {
            String why;
            try {
                bundle.start();
                why = "unknown reason";
            } catch (BundleException e) {
                why = e.getMessage();
            }
            uninstallQuietly(bundle);
            throw new PluginLoadException("Bundle " + bundle.getSymbolicName() + " does not resolve: " + why);
        }
        try {
            bundle.start();
        } catch (BundleException e) {
            uninstallQuietly(bundle);
            throw new PluginLoadException("Bundle " + bundle.getSymbolicName() + " does not start: " + e.getMessage(), e);
        }
        LOG.info("Bundle {} {} resolved and active", bundle.getSymbolicName(), bundle.getVersion());
        return bundle;
    }

    /** The class loader of a resolved bundle: the only way plugin classes are loaded. */
    public static ClassLoader classLoader(Bundle bundle) {
        BundleWiring wiring = bundle.adapt(BundleWiring.class);
        if (wiring == null) {
            throw new PluginLoadException("Bundle " + bundle.getSymbolicName() + " is not resolved");
        }
        return wiring.getClassLoader();
    }

    public static void uninstallQuietly(Bundle bundle) {
        try {
            bundle.uninstall();
        } catch (BundleException | IllegalStateException e) {
            LOG.debug("Uninstalling {}: {}", bundle.getSymbolicName(), e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            felix.stop();
            felix.waitForStop(10_000);
        } catch (BundleException e) {
            LOG.warn("The OSGi framework did not stop cleanly: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
