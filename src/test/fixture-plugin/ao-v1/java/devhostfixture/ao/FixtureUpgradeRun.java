package devhostfixture.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Table;

/** One row per upgrade task run: which task, and the model version it was given. */
@Table("UPGRADE_RUN")
public interface FixtureUpgradeRun extends Entity {
    String getTask();
    void setTask(String task);
    String getFromVersion();
    void setFromVersion(String fromVersion);
}
