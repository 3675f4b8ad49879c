package app.auraworkflows.devhost.plugin;

/**
 * The plugin JAR cannot be installed the way Confluence would install it (bad manifest, descriptor,
 * index, an import the host does not provide, a component that cannot be created). The dev host
 * fails loudly instead of starting with half a plugin.
 */
public final class PluginLoadException extends RuntimeException {
    public PluginLoadException(String message) {
        super(message);
    }

    public PluginLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
