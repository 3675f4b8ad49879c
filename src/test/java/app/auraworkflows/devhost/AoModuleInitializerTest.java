package app.auraworkflows.devhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.auraworkflows.devhost.ao.DevActiveObjects;
import app.auraworkflows.devhost.ao.DevDatabase;
import app.auraworkflows.devhost.db.HostDatabase;
import app.auraworkflows.devhost.db.HostSchema;
import app.auraworkflows.devhost.db.ModelVersionStore;
import app.auraworkflows.devhost.fixture.UpgradeNote;
import app.auraworkflows.devhost.plugin.AoModuleInitializer;
import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import net.java.ao.RawEntity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Upgrade tasks of an {@code <ao>} module, run as the AO plugin runs them: sorted by model version,
 * only those newer than the stored version, each told the version before it, the stored version advanced
 * after each, and the entities migrated afterwards. Real Active Objects on in-memory HSQLDB.
 */
class AoModuleInitializerTest {

    private static final String NS = "devhost.unit.ao";
    private HostDatabase db;
    private DevActiveObjects ao;
    private ModelVersionStore versions;
    private AoModuleInitializer initializer;
    private final List<String> runs = new ArrayList<>();

    @BeforeEach
    void setUp() {
        String name = "aoinit" + System.nanoTime();
        db = new HostDatabase("jdbc:hsqldb:mem:" + name, "SA", "");
        HostSchema.ensure(db);
        ao = DevActiveObjects.create(DevDatabase.hsqlInMemory(name), NS);
        versions = new ModelVersionStore(db);
        initializer = new AoModuleInitializer(versions, db);
    }

    @AfterEach
    void tearDown() {
        ao.close();
    }

    private ActiveObjectsUpgradeTask task(String version, BiConsumer<ModelVersion, ActiveObjects> work) {
        return new ActiveObjectsUpgradeTask() {
            @Override
            public ModelVersion getModelVersion() {
                return ModelVersion.valueOf(version);
            }

            @Override
            public void upgrade(ModelVersion currentVersion, ActiveObjects activeObjects) {
                runs.add(version + " from " + currentVersion);
                work.accept(currentVersion, activeObjects);
            }
        };
    }

    private ActiveObjectsUpgradeTask task(String version) {
        return task(version, (v, a) -> { });
    }

    private static List<Class<? extends RawEntity<?>>> entities() {
        return List.of(UpgradeNote.class);
    }

    @Test
    void tasksRunInModelVersionOrderEachGivenThePreviousVersion() {
        ModelVersion reached = initializer.initialise("plugin", NS, ao, List.of(task("10"), task("2"), task("1")), entities());
        assertEquals(List.of("1 from 0", "2 from 1", "10 from 2"), runs, "numeric order, not descriptor order");
        assertEquals("10", reached.toString());
        assertEquals("10", versions.get(NS).toString());
    }

    @Test
    void onlyTasksNewerThanTheStoredVersionRun() {
        versions.set(NS, ModelVersion.valueOf("2"));
        initializer.initialise("plugin", NS, ao, List.of(task("1"), task("2"), task("3")), entities());
        assertEquals(List.of("3 from 2"), runs);
        runs.clear();
        initializer.initialise("plugin", NS, ao, List.of(task("1"), task("2"), task("3")), entities());
        assertEquals(List.of(), runs, "nothing left to do on the next start");
    }

    @Test
    void aFreshDatabaseIsAtVersionZeroSoEveryTaskRuns() {
        assertEquals("0", versions.get(NS).toString());
        initializer.initialise("plugin", NS, ao, List.of(task("1")), entities());
        assertEquals(List.of("1 from 0"), runs);
    }

    @Test
    void entitiesAreMigratedAfterTheTasks() {
        List<Boolean> tablePresentDuringTask = new ArrayList<>();
        initializer.initialise("plugin", NS, ao, List.of(task("1", (v, a) -> tablePresentDuringTask.add(
                a.moduleMetaData().isTablePresent(UpgradeNote.class)))), entities());
        assertEquals(List.of(false), tablePresentDuringTask, "a task migrates what it needs itself");
        assertTrue(ao.moduleMetaData().isTablePresent(UpgradeNote.class));
    }

    @Test
    void aFailingTaskStopsTheUpgradeAtTheLastCompletedVersionAndRollsItsWorkBack() {
        List<ActiveObjectsUpgradeTask> tasks = List.of(task("1"), task("2", (v, a) -> {
            a.migrate(UpgradeNote.class);
            UpgradeNote note = a.create(UpgradeNote.class);
            note.setText("half done");
            note.save();
            throw new IllegalStateException("boom");
        }), task("3"));
        assertThrows(IllegalStateException.class, () -> initializer.initialise("plugin", NS, ao, tasks, entities()));
        assertEquals(List.of("1 from 0", "2 from 1"), runs);
        assertEquals("1", versions.get(NS).toString());
        assertEquals(0, ao.count(UpgradeNote.class), "the failed task's transaction rolled back");
        runs.clear();
        initializer.initialise("plugin", NS, ao, List.of(task("1"), task("2"), task("3")), entities());
        assertEquals(List.of("2 from 1", "3 from 2"), runs, "the next start resumes after the last completed task");
    }

    @Test
    void twoTasksWithTheSameModelVersionAreRefusedBeforeAnyRuns() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> initializer.initialise("plugin", NS, ao, List.of(task("1"), task("2"), task("1")), entities()));
        assertTrue(e.getMessage().contains("more than one upgrade tasks with model version 1"), e.getMessage());
        assertEquals(List.of(), runs);
    }
}
