package devhostfixture.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ModelVersion;

/** Records a task run (the tests read the rows to check order and versions). */
final class UpgradeRuns {
    private UpgradeRuns() {
    }

    static void record(ActiveObjects ao, String task, ModelVersion from) {
        ao.migrate(FixtureUpgradeRun.class);
        FixtureUpgradeRun run = ao.create(FixtureUpgradeRun.class);
        run.setTask(task);
        run.setFromVersion(from.toString());
        run.save();
    }
}
