package app.auraworkflows.devhost.plugin;

import app.auraworkflows.devhost.db.HostDatabase;
import app.auraworkflows.devhost.db.ModelVersionStore;
import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import net.java.ao.RawEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings an {@code <ao>} module's tables up to date the way the Atlassian AO plugin does
 * ({@code AbstractActiveObjectsFactory.create} + {@code ActiveObjectUpgradeManagerImpl}):
 * <ol>
 *   <li>under a lock per plugin (the AO plugin's cluster lock {@code ao-plugin.upgrade.<pluginKey>}: here a
 *       JVM lock plus, on PostgreSQL, an advisory lock, so two nodes starting together upgrade once);</li>
 *   <li>the upgrade tasks are sorted by model version (two tasks with one version: refused);</li>
 *   <li>each task whose version is newer than the stored model version of the namespace runs in its own
 *       {@code executeInTransaction}, receiving the version before it; after it the stored version becomes
 *       the task's. A failing task stops the upgrade and the version stays at the last task that
 *       completed, so the next start resumes there;</li>
 *   <li>then the module's entities are migrated.</li>
 * </ol>
 * Tasks run <em>before</em> the entity migration, as in the AO plugin: a task migrates the entities it
 * needs itself. On a fresh database the stored version is 0, so every task runs (also as in the AO plugin).
 *
 * <p>Deviation: the stored version is written right after the task's transaction commits, not inside it,
 * because it lives in a host table on another connection; a crash between the two reruns the task.
 */
public final class AoModuleInitializer {

    private static final Logger LOG = LoggerFactory.getLogger(AoModuleInitializer.class);
    private static final ConcurrentMap<String, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();

    private final ModelVersionStore versions;
    private final HostDatabase db;

    public AoModuleInitializer(ModelVersionStore versions, HostDatabase db) {
        this.versions = versions;
        this.db = db;
    }

    /** Runs the pending upgrade tasks, then migrates the entities; returns the model version reached. */
    public ModelVersion initialise(String pluginKey, String namespace, ActiveObjects ao, List<ActiveObjectsUpgradeTask> tasks,
            List<Class<? extends RawEntity<?>>> entities) {
        List<ActiveObjectsUpgradeTask> sorted = sortAndVerify(tasks);
        String lockName = "ao-plugin.upgrade." + pluginKey;
        ReentrantLock jvmLock = JVM_LOCKS.computeIfAbsent(lockName, k -> new ReentrantLock());
        jvmLock.lock();
        try (ClusterLock ignored = clusterLock(lockName)) {
            ModelVersion reached = upgrade(namespace, ao, sorted);
            if (!entities.isEmpty()) {
                @SuppressWarnings("unchecked")
                Class<? extends RawEntity<?>>[] array = entities.toArray(new Class[0]);
                ao.migrate(array);
            }
            return reached;
        } finally {
            jvmLock.unlock();
        }
    }

    private ModelVersion upgrade(String namespace, ActiveObjects ao, List<ActiveObjectsUpgradeTask> sorted) {
        ModelVersion current = versions.get(namespace);
        if (!sorted.isEmpty()) {
            LOG.info("Active Objects {}: upgrading data model, current version is {}", namespace, current);
        }
        for (ActiveObjectsUpgradeTask task : sorted) {
            if (!current.isOlderThan(task.getModelVersion())) {
                continue;
            }
            ModelVersion from = current;
            ao.executeInTransaction(() -> {
                task.upgrade(from, ao);
                return null;
            });
            current = task.getModelVersion();
            versions.set(namespace, current);
            LOG.info("Active Objects {}: upgrade task {} took the model from version {} to {}", namespace,
                    task.getClass().getName(), from, current);
        }
        return current;
    }

    static List<ActiveObjectsUpgradeTask> sortAndVerify(List<ActiveObjectsUpgradeTask> tasks) {
        List<ActiveObjectsUpgradeTask> sorted = new ArrayList<>(tasks);
        sorted.sort(Comparator.comparing(ActiveObjectsUpgradeTask::getModelVersion));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i - 1).getModelVersion().isSame(sorted.get(i).getModelVersion())) {
                throw new IllegalStateException("There are more than one upgrade tasks with model version "
                        + sorted.get(i).getModelVersion());
            }
        }
        return sorted;
    }

    /** A PostgreSQL session-level advisory lock held on its own connection; a no-op on HSQLDB. */
    private ClusterLock clusterLock(String name) {
        if (db.dialect() != HostDatabase.Dialect.POSTGRESQL) {
            return () -> { };
        }
        try {
            Connection c = db.connect();
            long key = advisoryKey(name);
            try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_lock(?)")) {
                ps.setLong(1, key);
                ps.execute();
            }
            return () -> {
                try (c; PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                    ps.setLong(1, key);
                    ps.execute();
                } catch (SQLException e) {
                    // closing the session releases the advisory lock anyway
                    LOG.warn("Could not release advisory lock {}: {}", name, e.toString());
                }
            };
        } catch (SQLException e) {
            throw new HostDatabase.DatabaseException(e);
        }
    }

    private static long advisoryKey(String name) {
        long h = 1125899906842597L;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h = 31 * h + b;
        }
        return h;
    }

    /** A held lock. */
    private interface ClusterLock extends AutoCloseable {
        @Override
        void close();
    }
}
