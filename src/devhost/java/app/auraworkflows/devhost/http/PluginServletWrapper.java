package app.auraworkflows.devhost.http;

import jakarta.servlet.Servlet;
import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;

/**
 * Runs a plugin-provided servlet (a {@code <servlet>} module or a REST module's Jersey container) with
 * the plugin's class loader as the thread context class loader while it serves requests, as
 * Confluence's servlet module does. Jersey itself is initialised with the host's loader
 * ({@code contextForInit=false}) because it discovers its own services through the context loader.
 */
public final class PluginServletWrapper implements Servlet {

    private final Servlet delegate;
    private final ClassLoader pluginLoader;
    private final boolean contextForInit;

    public PluginServletWrapper(Servlet delegate, ClassLoader pluginLoader, boolean contextForInit) {
        this.delegate = delegate;
        this.pluginLoader = pluginLoader;
        this.contextForInit = contextForInit;
    }

    @Override
    public void init(ServletConfig config) throws ServletException {
        if (!contextForInit) {
            delegate.init(config);
            return;
        }
        ClassLoader previous = swap(pluginLoader);
        try {
            delegate.init(config);
        } finally {
            swap(previous);
        }
    }

    @Override
    public void service(ServletRequest req, ServletResponse res) throws ServletException, IOException {
        ClassLoader previous = swap(pluginLoader);
        try {
            delegate.service(req, res);
        } finally {
            swap(previous);
        }
    }

    @Override public ServletConfig getServletConfig() { return delegate.getServletConfig(); }
    @Override public String getServletInfo() { return delegate.getServletInfo(); }
    @Override public void destroy() { delegate.destroy(); }

    private static ClassLoader swap(ClassLoader loader) {
        Thread t = Thread.currentThread();
        ClassLoader previous = t.getContextClassLoader();
        t.setContextClassLoader(loader);
        return previous;
    }
}
