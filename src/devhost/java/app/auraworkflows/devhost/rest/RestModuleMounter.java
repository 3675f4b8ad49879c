package app.auraworkflows.devhost.rest;

import app.auraworkflows.devhost.plugin.LoadedPlugin;
import app.auraworkflows.devhost.plugin.PluginDescriptor;
import app.auraworkflows.devhost.plugin.PluginLoadException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.List;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;

/**
 * Builds the Jersey 3.1 application of a {@code <rest path version>} module (REST v2): the
 * {@code @Path} resources and {@code @Provider}s found in the module's packages inside the plugin JAR,
 * instantiated once through the plugin's Spring context (constructor injection); Jackson JSON; the
 * access-annotation, WebSudo and XSRF filters; host error mappers. Mounted by the dev host at
 * {@code /rest/<path>/<version>/*} and {@code /rest/<path>/latest/*} (one container each, sharing the
 * resource instances).
 */
public final class RestModuleMounter {

    private final RestAccessFeature accessFeature;
    private final boolean xsrfFilterEnabled;

    public RestModuleMounter(RestAccessFeature accessFeature) {
        this(accessFeature, true);
    }

    /** {@code xsrfFilterEnabled} false only for tests of the plugin's own XSRF rule ({@code DevHostConfig}). */
    public RestModuleMounter(RestAccessFeature accessFeature, boolean xsrfFilterEnabled) {
        this.accessFeature = accessFeature;
        this.xsrfFilterEnabled = xsrfFilterEnabled;
    }

    /** The module's resource and provider instances, created once. */
    public record RestComponents(List<Object> resources, List<Object> providers) {
    }

    public RestComponents components(LoadedPlugin plugin, PluginDescriptor.RestModule module) {
        List<Object> resources = new ArrayList<>();
        List<Object> providers = new ArrayList<>();
        for (String pkg : module.packages()) {
            for (String className : plugin.archive().classNamesIn(pkg)) {
                Class<?> type = plugin.loadClass(className);
                if (type.isInterface() || java.lang.reflect.Modifier.isAbstract(type.getModifiers())
                        || type.isAnonymousClass() || type.isMemberClass() && !java.lang.reflect.Modifier.isStatic(type.getModifiers())) {
                    continue;
                }
                if (type.isAnnotationPresent(Path.class)) {
                    resources.add(plugin.instantiate(type));
                } else if (type.isAnnotationPresent(Provider.class)) {
                    providers.add(plugin.instantiate(type));
                }
            }
        }
        if (resources.isEmpty()) {
            throw new PluginLoadException("<rest key=\"" + module.key() + "\"> finds no @Path classes in packages "
                    + module.packages());
        }
        return new RestComponents(resources, providers);
    }

    public ServletContainer container(RestComponents components) {
        ResourceConfig config = new ResourceConfig();
        config.registerInstances(components.resources().toArray());
        for (Object provider : components.providers()) {
            config.register(provider);
        }
        config.register(JacksonFeature.withoutExceptionMappers());
        config.register(new HostJson());
        config.register(accessFeature);
        if (xsrfFilterEnabled) {
            config.register(new XsrfResourceFilter());
        }
        // lowest priority: a plugin's own mapper for the same exception type wins
        config.register(new HostExceptionMappers.WebApplication(), Integer.MAX_VALUE);
        config.register(new HostExceptionMappers.Json(), Integer.MAX_VALUE);
        config.register(new HostExceptionMappers.Unexpected(), Integer.MAX_VALUE);
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        config.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
        return new ServletContainer(config);
    }
}
