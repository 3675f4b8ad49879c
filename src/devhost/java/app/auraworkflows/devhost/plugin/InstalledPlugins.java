package app.auraworkflows.devhost.plugin;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** The plugins installed on this dev host (today the one plugin JAR), looked up by plugin key. */
public final class InstalledPlugins {

    private final List<LoadedPlugin> plugins = new CopyOnWriteArrayList<>();

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
