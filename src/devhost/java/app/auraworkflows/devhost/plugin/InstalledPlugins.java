package app.auraworkflows.devhost.plugin;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The plugins installed on this dev host (today the one plugin JAR), looked up by plugin key, and those
 * that failed to enable, with the reason (what Confluence's plugin manager shows for an unloadable plugin).
 */
public final class InstalledPlugins {

    /** A plugin JAR that was installed but could not be enabled: none of its modules is available. */
    public record Failed(Path jar, String key, String reason) {
    }

    private final List<LoadedPlugin> plugins = new CopyOnWriteArrayList<>();
    private final List<Failed> failed = new CopyOnWriteArrayList<>();

    public void failed(Failed plugin) {
        failed.add(plugin);
    }

    public List<Failed> failures() {
        return List.copyOf(failed);
    }

    public void add(LoadedPlugin plugin) {
        plugins.add(plugin);
    }

    public List<LoadedPlugin> all() {
        return List.copyOf(plugins);
    }

    public Optional<LoadedPlugin> byKey(String key) {
        return plugins.stream().filter(p -> p.key().equals(key)).findFirst();
    }

    /** Closes every plugin, last installed first. */
    public void closeAll() {
        List<LoadedPlugin> copy = all();
        for (int i = copy.size() - 1; i >= 0; i--) {
            copy.get(i).close();
        }
        plugins.clear();
    }
}
