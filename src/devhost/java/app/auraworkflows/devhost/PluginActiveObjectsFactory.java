package app.auraworkflows.devhost;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.List;
import net.java.ao.RawEntity;

/**
 * Creates the {@link ActiveObjects} service a plugin's {@code <ao>} module asks for: the real
 * {@code net.java.ao} EntityManager over the dev host's database, table names from the namespace
 * (Atlassian's {@code AO_<hash>_} prefix).
 *
 * <p>The dev host only depends on this interface. {@link DevActiveObjectsBridge} adapts the Active
 * Objects implementation ({@code app.auraworkflows.devhost.ao.DevActiveObjects}) when it is on the
 * classpath.
 */
public interface PluginActiveObjectsFactory {

    /**
     * An ActiveObjects for the namespace's tables, migrating {@code entities} first (the plugin loader
     * passes none: it runs the module's upgrade tasks and then migrates, see
     * {@code app.auraworkflows.devhost.plugin.AoModuleInitializer}).
     */
    ActiveObjects create(String namespace, List<Class<? extends RawEntity<?>>> entities);
}
