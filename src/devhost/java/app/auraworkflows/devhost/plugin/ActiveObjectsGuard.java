package app.auraworkflows.devhost.plugin;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

/**
 * The {@link ActiveObjects} a plugin's components receive. In Confluence the AO service initialises its
 * tables (upgrade tasks, migration) only after the plugin is enabled and blocks every call until then, so
 * a component that touches AO while the plugin's Spring context is still starting hangs there. Here such a
 * call fails at once with an explanation instead; after {@link #ready()} calls pass straight through.
 * {@code moduleMetaData()} is always answered ({@code isInitialized()} tells the truth).
 */
final class ActiveObjectsGuard {

    private final ActiveObjects delegate;
    private final String namespace;
    private volatile boolean ready;

    ActiveObjectsGuard(ActiveObjects delegate, String namespace) {
        this.delegate = delegate;
        this.namespace = namespace;
    }

    void ready() {
        ready = true;
    }

    ActiveObjects delegate() {
        return delegate;
    }

    ActiveObjects proxy() {
        return (ActiveObjects) Proxy.newProxyInstance(ActiveObjects.class.getClassLoader(), new Class<?>[] {ActiveObjects.class},
                (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return switch (method.getName()) {
                            case "equals" -> proxy == args[0];
                            case "hashCode" -> System.identityHashCode(proxy);
                            default -> "ActiveObjects[" + namespace + (ready ? "" : ", initialising") + "]";
                        };
                    }
                    if (method.getName().equals("moduleMetaData")) {
                        return metaData();
                    }
                    if (!ready) {
                        throw new IllegalStateException("ActiveObjects." + method.getName() + " called for namespace " + namespace
                                + " before its tables were initialised. Active Objects initialises after the plugin is"
                                + " enabled (Confluence would block this call until then): do not use it while components"
                                + " are being constructed");
                    }
                    try {
                        return method.invoke(delegate, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private com.atlassian.activeobjects.external.ActiveObjectsModuleMetaData metaData() {
        com.atlassian.activeobjects.external.ActiveObjectsModuleMetaData real = delegate.moduleMetaData();
        return (com.atlassian.activeobjects.external.ActiveObjectsModuleMetaData) Proxy.newProxyInstance(
                ActiveObjects.class.getClassLoader(),
                new Class<?>[] {com.atlassian.activeobjects.external.ActiveObjectsModuleMetaData.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("isInitialized") && (args == null || args.length == 0)) {
                        return ready;
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
