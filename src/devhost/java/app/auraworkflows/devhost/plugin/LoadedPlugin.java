package app.auraworkflows.devhost.plugin;

import java.util.Map;
import java.util.concurrent.Callable;
import org.osgi.framework.Bundle;
import org.springframework.beans.BeansException;
import org.springframework.context.support.GenericApplicationContext;

/**
 * An installed, enabled plugin: its archive, descriptor, OSGi bundle (whose class loader loads every
 * plugin class) and Spring context. Module
 * instances (servlets, REST resources, web panels, upgrade tasks) are created through
 * {@link #instantiate(Class)} so constructors are injected like Confluence's
 * {@code ContainerAccessor.createBean}.
 */
public final class LoadedPlugin implements AutoCloseable {

    private final PluginArchive archive;
    private final PluginDescriptor descriptor;
    private final Bundle bundle;
    private final ClassLoader classLoader;
    private final GenericApplicationContext context;
    private final Map<String, Object> activeObjects;

    LoadedPlugin(PluginArchive archive, PluginDescriptor descriptor, Bundle bundle,
            GenericApplicationContext context, Map<String, Object> activeObjects) {
        this.archive = archive;
        this.descriptor = descriptor;
        this.bundle = bundle;
        this.classLoader = OsgiContainer.classLoader(bundle);
        this.context = context;
        this.activeObjects = activeObjects;
    }

    public String key() { return descriptor.key(); }
    public PluginDescriptor descriptor() { return descriptor; }
    public PluginArchive archive() { return archive; }
    /** The bundle's class loader: plugin classes, embedded libraries and the packages the manifest imports. */
    public ClassLoader classLoader() { return classLoader; }
    public Bundle bundle() { return bundle; }
    public GenericApplicationContext springContext() { return context; }

    /**
     * A class named by the descriptor or the index, loaded through the bundle as Confluence does: it must
     * be in the JAR or in a package the manifest imports.
     */
    public Class<?> loadClass(String name) {
        try {
            return Class.forName(name, false, classLoader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new PluginLoadException("Class " + name + " cannot be loaded through the plugin bundle: it is neither"
                    + " in the JAR nor in a package its Import-Package names (" + e + ")", e);
        }
    }

    /** The plugin component of that type if it is one, else a new instance with injected constructor. */
    public <T> T instantiate(Class<T> type) {
        return callInPlugin(() -> {
            String[] names = context.getBeanNamesForType(type);
            if (names.length == 1 && type.equals(context.getType(names[0]))) {
                return context.getBean(names[0], type);
            }
            try {
                return context.getAutowireCapableBeanFactory().createBean(type);
            } catch (BeansException e) {
                throw new PluginLoadException("Cannot create " + type.getName() + " through the plugin's Spring context: "
                        + e.getMostSpecificCause().getMessage(), e);
            }
        });
    }

    /** Runs code with the plugin's class loader as the thread context class loader, as Confluence does. */
    public <T> T callInPlugin(Callable<T> work) {
        Thread t = Thread.currentThread();
        ClassLoader previous = t.getContextClassLoader();
        t.setContextClassLoader(classLoader);
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            t.setContextClassLoader(previous);
        }
    }

    /** The ActiveObjects instances created for this plugin's {@code <ao>} modules, by namespace. */
    public Map<String, Object> activeObjects() {
        return activeObjects;
    }

    @Override
    public void close() {
        callInPlugin(() -> {
            context.close();
            return null;
        });
        for (Object ao : activeObjects.values()) {
            if (ao instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    // shutting down
                }
            }
        }
        OsgiContainer.uninstallQuietly(bundle);
        archive.close();
    }
}
