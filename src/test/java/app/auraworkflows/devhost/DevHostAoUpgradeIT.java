package app.auraworkflows.devhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.auraworkflows.devhost.ao.DevActiveObjects;
import app.auraworkflows.devhost.db.ModelVersionStore;
import app.auraworkflows.devhost.demo.DemoData;
import app.auraworkflows.devhost.junit.DevHostExtension;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code <ao>} upgrade tasks on the dev host, with the fixture plugin's two model versions: a database
 * created by model version 0 ({@code NOTE(TEXT)}) is opened by the plugin at version 1 ({@code NOTE}
 * gains {@code STATUS}; tasks to versions 1 and 2, listed out of order). Checked through the database,
 * as an administrator would after an upgrade.
 */
class DevHostAoUpgradeIT {

    private static final String PREFIX = DevActiveObjects.tablePrefix(TestPluginJar.AO_NAMESPACE);

    private static DevHostConfig config(Path dataDir, Path jar) {
        return DevHostConfig.builder().port(0).dataDir(dataDir).demoData(DemoData.empty()).pluginJar(jar).build();
    }

    private static List<String> rows(DevHost host, String sql) throws Exception {
        try (Connection c = host.database().connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1) + (rs.getMetaData().getColumnCount() > 1 ? " " + rs.getString(2) : ""));
            }
            return out;
        }
    }

    private static void execute(DevHost host, String sql) throws Exception {
        try (Connection c = host.database().connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Test
    void aVersionZeroDatabaseIsUpgradedByTheTasksInOrderOnceAndTheNewColumnIsFilled() throws Exception {
        Path dataDir = DevHostExtension.targetDir().resolve("devhost-it").resolve("ao-upgrade-" + System.nanoTime());
        Path v0 = TestPluginJar.build(spec -> TestPluginJar.activeObjects(spec, 0));
        Path v1 = TestPluginJar.build(spec -> TestPluginJar.activeObjects(spec, 1));

        try (DevHost first = DevHost.start(config(dataDir, v0))) {
            execute(first, "INSERT INTO " + PREFIX + "NOTE (\"TEXT\") VALUES ('written by version 0')");
            execute(first, "INSERT INTO " + PREFIX + "NOTE (\"TEXT\") VALUES ('also version 0')");
            assertEquals("0", new ModelVersionStore(first.database()).get(TestPluginJar.AO_NAMESPACE).toString(),
                    "no upgrade task yet: model version 0");
        }
        try (DevHost second = DevHost.start(config(dataDir, v1))) {
            assertEquals(List.of("written by version 0 open", "also version 0 open"),
                    rows(second, "SELECT \"TEXT\", \"STATUS\" FROM " + PREFIX + "NOTE ORDER BY \"ID\""), "task 1 filled the new column");
            assertEquals(List.of("1 0", "2 1"), rows(second, "SELECT \"TASK\", \"FROM_VERSION\" FROM " + PREFIX + "UPGRADE_RUN ORDER BY \"ID\""),
                    "task 1 from version 0, then the injected task 2 from version 1");
            assertEquals("2", new ModelVersionStore(second.database()).get(TestPluginJar.AO_NAMESPACE).toString());
        }
        try (DevHost third = DevHost.start(config(dataDir, v1))) {
            assertEquals(2, rows(third, "SELECT \"TASK\" FROM " + PREFIX + "UPGRADE_RUN").size(), "nothing runs twice");
        }
    }

    @Test
    void aFreshDatabaseRunsEveryTaskFromVersionZero() throws Exception {
        Path dataDir = DevHostExtension.targetDir().resolve("devhost-it").resolve("ao-fresh-" + System.nanoTime());
        try (DevHost host = DevHost.start(config(dataDir, TestPluginJar.build(spec -> TestPluginJar.activeObjects(spec, 1))))) {
            assertEquals(List.of("1 0", "2 1"), rows(host, "SELECT \"TASK\", \"FROM_VERSION\" FROM " + PREFIX + "UPGRADE_RUN ORDER BY \"ID\""));
            assertEquals(List.of(), rows(host, "SELECT \"TEXT\" FROM " + PREFIX + "NOTE"));
        }
    }

    @Test
    void aComponentUsingActiveObjectsInItsConstructorFailsThePluginWithAnExplanation() {
        Path dataDir = DevHostExtension.targetDir().resolve("devhost-it").resolve("ao-eager-" + System.nanoTime());
        Path eager = TestPluginJar.build(spec -> {
            TestPluginJar.activeObjects(spec, 1);
            spec.components.add("devhostfixture.ao.EagerNoteCounter#eagerNoteCounter");
        });
        RuntimeException e = assertThrows(RuntimeException.class, () -> DevHost.start(config(dataDir, eager)).stop());
        assertTrue(e.getMessage().contains("before its tables were initialised"), e.getMessage());
    }
}
