package devhostfixture.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

/** Version 1: adds the STATUS column (by migrating) and fills it with "open" for existing notes. */
public class NoteStatusUpgradeTask001 implements ActiveObjectsUpgradeTask {
    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("1");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(FixtureNote.class);
        for (FixtureNote note : ao.find(FixtureNote.class)) {
            if (note.getStatus() == null) {
                note.setStatus("open");
                note.save();
            }
        }
        UpgradeRuns.record(ao, "1", currentVersion);
    }
}
