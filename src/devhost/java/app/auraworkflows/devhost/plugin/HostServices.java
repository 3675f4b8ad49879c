package app.auraworkflows.devhost.plugin;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The host services the dev host offers to plugins, keyed by the interface a plugin imports with
 * {@code @ComponentImport} (the OSGi services Confluence publishes). A plugin's Spring context sees
 * only the services its {@code imports} index names, as with spring-scanner's service imports.
 */
public final class HostServices {

    private final Map<Class<?>, Object> services = new LinkedHashMap<>();

    public <T> HostServices register(Class<T> type, T service) {
        services.put(type, service);
        return this;
    }

    public <T> T get(Class<T> type) {
        return find(type).orElseThrow(() -> new IllegalStateException("No host service " + type.getName()));
    }

    /** The service registered under {@code type}, else the first one implementing it. */
    public <T> Optional<T> find(Class<T> type) {
        Object exact = services.get(type);
        if (exact != null) {
            return Optional.of(type.cast(exact));
        }
        return services.values().stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    public Map<Class<?>, Object> all() {
        return Map.copyOf(services);
    }
}
