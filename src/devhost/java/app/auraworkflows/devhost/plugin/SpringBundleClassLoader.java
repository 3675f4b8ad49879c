package app.auraworkflows.devhost.plugin;

/**
 * Role: the bean class loader of a plugin's Spring context: the bundle's class loader, with Spring's
 * own packages added behind it. Confluence's Spring DM (Gemini Blueprint) extender gives plugin contexts
 * the same chain (bundle first, then the Spring bundles), so Spring can load its infrastructure types
 * even though the plugin imports only the Spring packages its code names. Plugin classes and every other
 * host package still come only through the bundle's imports.
 */
final class SpringBundleClassLoader extends ClassLoader {

    static {
        registerAsParallelCapable();
    }

    private final ClassLoader bundle;
    private final ClassLoader spring;

    SpringBundleClassLoader(ClassLoader bundle, ClassLoader spring) {
        super(null);
        this.bundle = bundle;
        this.spring = spring;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        try {
            return bundle.loadClass(name);
        } catch (ClassNotFoundException e) {
            if (name.startsWith("org.springframework.")) {
                return spring.loadClass(name);
            }
            throw e;
        }
    }

    @Override
    public java.net.URL getResource(String name) {
        java.net.URL own = bundle.getResource(name);
        return own != null || !name.startsWith("org/springframework/") ? own : spring.getResource(name);
    }
}
