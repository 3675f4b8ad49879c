package app.auraworkflows.devhost.plugin;

import app.auraworkflows.devhost.PluginActiveObjectsFactory;
import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.confluence.macro.Macro;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import net.java.ao.RawEntity;
import org.osgi.framework.Bundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.AnnotationConfigUtils;
import org.springframework.context.support.GenericApplicationContext;

/**
 * Installs a plugin JAR the way Confluence's plugin framework and atlassian-spring-scanner would:
 * checks the manifest, installs the JAR as a bundle in the dev host's OSGi framework
 * ({@link OsgiContainer}: it must resolve against the host's exports), reads the descriptor and the
 * {@code META-INF/plugin-components} index, and creates a Spring 6 context, whose classes all come
 * through the bundle, holding
 * <ul>
 *   <li>one singleton per {@code imports} line, resolved against the host services (an import the
 *       host does not provide fails the installation, like an unsatisfied OSGi service reference),</li>
 *   <li>one bean per {@code component} line ({@code fqcn#beanName}) with constructor autowiring.</li>
 * </ul>
 * Host services that are NOT imported are invisible to the plugin, so a missing {@code @ComponentImport}
 * fails on the dev host as it would in Confluence.
 */
public final class PluginLoader {

    private static final Logger LOG = LoggerFactory.getLogger(PluginLoader.class);

    private final HostServices hostServices;
    private final PluginActiveObjectsFactory activeObjectsFactory;
    private final AoModuleInitializer aoInitializer;
    private final ClassLoader hostClassLoader;
    private final OsgiContainer osgi;
    private final Consumer<PluginArchiveBundle> i18nSink;

    /** What the host's i18n registry receives for each plugin: its archive, descriptor and loader. */
    public record PluginArchiveBundle(PluginArchive archive, PluginDescriptor descriptor, ClassLoader classLoader) {
    }

    /**
     * @param hostClassLoader where Spring's own classes come from (added behind the bundle for the Spring
     *     context only, see {@link SpringBundleClassLoader})
     */
    public PluginLoader(HostServices hostServices, PluginActiveObjectsFactory activeObjectsFactory,
            AoModuleInitializer aoInitializer, ClassLoader hostClassLoader, OsgiContainer osgi,
            Consumer<PluginArchiveBundle> i18nSink) {
        this.hostServices = hostServices;
        this.activeObjectsFactory = activeObjectsFactory;
        this.aoInitializer = aoInitializer;
        this.hostClassLoader = hostClassLoader;
        this.osgi = osgi;
        this.i18nSink = i18nSink;
    }

    public LoadedPlugin load(Path jar) {
        PluginArchive archive = PluginArchive.open(jar);
        try {
            return load(archive);
        } catch (RuntimeException e) {
            archive.close();
            throw e;
        }
    }

    private LoadedPlugin load(PluginArchive archive) {
        PluginDescriptor descriptor = DescriptorParser.parse(archive.descriptor());
        if (!descriptor.key().equals(archive.pluginKey())) {
            throw new PluginLoadException("atlassian-plugin.xml key " + descriptor.key()
                    + " differs from the manifest's Atlassian-Plugin-Key " + archive.pluginKey());
        }
        if (!archive.hasIndex("component") || !archive.hasIndex("imports")) {
            throw new PluginLoadException(archive.path() + " lacks META-INF/plugin-components/component or imports");
        }
        descriptor.unsupportedModules().forEach(m -> LOG.warn("Module <{}> is not run by the dev host", m));
        Bundle bundle = osgi.install(archive.path());
        ClassLoader loader;
        try {
            loader = OsgiContainer.classLoader(bundle);
        } catch (RuntimeException e) {
            OsgiContainer.uninstallQuietly(bundle);
            throw e;
        }
        i18nSink.accept(new PluginArchiveBundle(archive, descriptor, loader));

        GenericApplicationContext context = new GenericApplicationContext();
        context.setClassLoader(new SpringBundleClassLoader(loader, hostClassLoader));
        context.setDisplayName("plugin " + descriptor.key());
        AnnotationConfigUtils.registerAnnotationConfigProcessors(context);
        Map<String, Object> aoByNamespace = new LinkedHashMap<>();
        Map<String, ActiveObjectsGuard> aoGuards = new LinkedHashMap<>();

        try {
            registerBeans(archive, descriptor, loader, context, aoByNamespace, aoGuards);
        } catch (RuntimeException e) {
            OsgiContainer.uninstallQuietly(bundle);
            throw e;
        }
        LoadedPlugin plugin = new LoadedPlugin(archive, usableMacros(descriptor, loader), bundle, context, aoByNamespace);
        launch(plugin, descriptor, context, aoGuards);
        return plugin;
    }

    /**
     * The descriptor without the {@code <xhtml-macro>}s whose class cannot be loaded through the bundle or is
     * not a {@link Macro}: Confluence fails such a module (the rest of the plugin stays enabled) and the
     * macro then renders as unknown. Logged as an error, as Confluence does.
     */
    private static PluginDescriptor usableMacros(PluginDescriptor descriptor, ClassLoader loader) {
        List<PluginDescriptor.XhtmlMacro> usable = new ArrayList<>();
        for (PluginDescriptor.XhtmlMacro macro : descriptor.xhtmlMacros()) {
            try {
                Class<?> type = Class.forName(macro.className(), false, loader);
                if (Macro.class.isAssignableFrom(type)) {
                    usable.add(macro);
                } else {
                    LOG.error("Macro module {} of plugin {} is disabled: {} does not implement {}", macro.key(),
                            descriptor.key(), macro.className(), Macro.class.getName());
                }
            } catch (ClassNotFoundException | LinkageError e) {
                LOG.error("Macro module {} of plugin {} is disabled: class {} cannot be loaded through the bundle ({})",
                        macro.key(), descriptor.key(), macro.className(), e.toString());
            }
        }
        return descriptor.withXhtmlMacros(usable);
    }

    /** The spring-scanner index as bean definitions: host service imports first, then the components. */
    private void registerBeans(PluginArchive archive, PluginDescriptor descriptor, ClassLoader loader,
            GenericApplicationContext context, Map<String, Object> aoByNamespace, Map<String, ActiveObjectsGuard> aoGuards) {
        for (String line : archive.index("imports")) {
            String[] parts = line.split("#", 2);
            Class<?> type = loadIndexed(loader, parts[0], "imports");
            String beanName = parts.length > 1 ? parts[1] : decapitalize(type.getSimpleName());
            Object service;
            if (type == ActiveObjects.class) {
                service = activeObjects(descriptor, aoByNamespace, aoGuards);
            } else {
                service = hostServices.find(type).orElseThrow(() -> new PluginLoadException("The plugin imports "
                        + type.getName() + " (@ComponentImport) but the dev host provides no such service. Provided: "
                        + hostServices.all().keySet().stream().map(Class::getName).sorted().toList()));
            }
            context.getBeanFactory().registerSingleton(beanName, serviceProxy(type, service));
        }
        for (String line : archive.index("component")) {
            String[] parts = line.split("#", 2);
            Class<?> type = loadIndexed(loader, parts[0], "component");
            RootBeanDefinition definition = new RootBeanDefinition(type);
            definition.setAutowireMode(AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR);
            context.registerBeanDefinition(parts.length > 1 ? parts[1] : decapitalize(type.getSimpleName()), definition);
        }
        archive.index("exports").forEach(e -> LOG.info("Plugin exports {} (no other plugin consumes it here)", e));
    }

    private void launch(LoadedPlugin plugin, PluginDescriptor descriptor, GenericApplicationContext context,
            Map<String, ActiveObjectsGuard> aoGuards) {
        try {
            plugin.callInPlugin(() -> {
                context.refresh();
                return null;
            });
        } catch (RuntimeException e) {
            plugin.close();
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            throw new PluginLoadException("Plugin " + descriptor.key() + " failed to enable: " + root.getMessage(), e);
        }
        try {
            initialiseActiveObjects(plugin, aoGuards);
        } catch (RuntimeException e) {
            plugin.close();
            throw e instanceof PluginLoadException ple ? ple : new PluginLoadException("Plugin " + descriptor.key()
                    + ": Active Objects initialisation failed: " + e.getMessage(), e);
        }
        LOG.info("Plugin {} {} started: {} components, {} imports, {} servlets, {} REST modules, {} web-items",
                descriptor.key(), descriptor.info().version(), plugin.archive().index("component").size(),
                plugin.archive().index("imports").size(), descriptor.servlets().size(), descriptor.restModules().size(),
                descriptor.webItems().size());
    }

    /**
     * The plugin's ActiveObjects service: created now (so it can be injected), but its tables are
     * initialised only once the plugin is enabled ({@link #initialiseActiveObjects}), as in Confluence.
     */
    private Object activeObjects(PluginDescriptor descriptor, Map<String, Object> created, Map<String, ActiveObjectsGuard> guards) {
        if (descriptor.aoModules().isEmpty()) {
            throw new PluginLoadException("The plugin imports ActiveObjects but declares no <ao> module");
        }
        if (activeObjectsFactory == null) {
            throw new PluginLoadException("The plugin uses Active Objects but no Active Objects implementation is"
                    + " configured on this dev host");
        }
        String namespace = namespace(descriptor, descriptor.aoModules().get(0));
        ActiveObjects ao = activeObjectsFactory.create(namespace, List.of());
        created.put(namespace, ao);
        ActiveObjectsGuard guard = new ActiveObjectsGuard(ao, namespace);
        guards.put(namespace, guard);
        return guard.proxy();
    }

    /**
     * After the plugin's context started: per {@code <ao>} module whose ActiveObjects was imported, the
     * upgrade tasks (instances from the plugin's Spring context, constructor-injected) and then the
     * entity migration, through {@link AoModuleInitializer}; then the service is usable.
     */
    @SuppressWarnings("unchecked")
    private void initialiseActiveObjects(LoadedPlugin plugin, Map<String, ActiveObjectsGuard> guards) {
        for (PluginDescriptor.AoModule module : plugin.descriptor().aoModules()) {
            String namespace = namespace(plugin.descriptor(), module);
            ActiveObjectsGuard guard = guards.get(namespace);
            if (guard == null) {
                if (!module.upgradeTasks().isEmpty()) {
                    LOG.warn("<ao> namespace {} is not imported by any component: its upgrade tasks do not run", namespace);
                }
                continue;
            }
            List<Class<? extends RawEntity<?>>> entities = new ArrayList<>();
            for (String entity : module.entities()) {
                Class<?> type = loadIndexed(plugin.classLoader(), entity, "<ao> entity");
                if (!RawEntity.class.isAssignableFrom(type)) {
                    throw new PluginLoadException("<ao> entity " + entity + " does not extend net.java.ao.RawEntity");
                }
                entities.add((Class<? extends RawEntity<?>>) type);
            }
            List<ActiveObjectsUpgradeTask> tasks = new ArrayList<>();
            for (String taskClass : module.upgradeTasks()) {
                Object task = plugin.instantiate(plugin.loadClass(taskClass));
                if (!(task instanceof ActiveObjectsUpgradeTask upgradeTask)) {
                    throw new PluginLoadException("<upgradeTask> " + taskClass + " does not implement "
                            + ActiveObjectsUpgradeTask.class.getName());
                }
                tasks.add(upgradeTask);
            }
            if (aoInitializer == null) {
                throw new PluginLoadException("No Active Objects initialiser configured on this dev host");
            }
            plugin.callInPlugin(() -> aoInitializer.initialise(plugin.key(), namespace, guard.delegate(), tasks, entities));
            guard.ready();
        }
    }

    private static String namespace(PluginDescriptor descriptor, PluginDescriptor.AoModule module) {
        return module.namespace() == null ? descriptor.key() : module.namespace();
    }

    /**
     * Like an OSGi service reference, the plugin gets a proxy typed only to the imported interface, so
     * one host object offering two services (e.g. XSRF validator and accessor) is two distinct beans.
     */
    private static Object serviceProxy(Class<?> type, Object service) {
        if (!type.isInterface()) {
            return service;
        }
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> "service proxy " + type.getName() + " -> " + service;
                };
            }
            try {
                return method.invoke(service, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }

    private static Class<?> loadIndexed(ClassLoader loader, String name, String where) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new PluginLoadException("Class " + name + " listed in " + where + " cannot be loaded from the plugin: " + e, e);
        }
    }


    static String decapitalize(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
