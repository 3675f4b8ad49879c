package app.auraworkflows.devhost;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.List;
import net.java.ao.RawEntity;

/**
 * Creates the {@link ActiveObjects} service a plugin's {@code <ao>} module asks for: the real
 * {@code net.java.ao} EntityManager over the dev host's database, table names from the namespace
 * (Atlassian's {@code AO_<hash>_} prefix), tables migrated for the listed entities.
 *
 * <p>The dev host only depends on this interface. {@link DevActiveObjectsBridge} adapts the Active
 * Objects implementation ({@code app.auraworkflows.devhost.ao.DevActiveObjects}) when it is on the
 * classpath.
 */
public interface PluginActiveObjectsFactory {

    ActiveObjects create(String namespace, List<Class<? extends RawEntity<?>>> entities);

    /**
     * Runs the {@code <upgradeTask>}s of the {@code <ao>} module (instances created through the plugin's
     * Spring context, so their constructors are injected). Hook for later work: the default only
     * reports them, since the upgrade-task API types are not declared in the host API yet.
     */
    default void runUpgradeTasks(ActiveObjects activeObjects, String namespace, List<Object> upgradeTasks) {
        if (!upgradeTasks.isEmpty()) {
            org.slf4j.LoggerFactory.getLogger(PluginActiveObjectsFactory.class)
                    .warn("{} AO upgrade task(s) for namespace {} not run: upgrade tasks are not wired yet",
                            upgradeTasks.size(), namespace);
        }
    }
}
