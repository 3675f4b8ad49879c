package devhostfixture.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import devhostfixture.plugin.GreetingService;

/** Version 2: only records that it ran; its constructor takes a plugin component (injected, as in Confluence). */
public class UpgradeLogTask002 implements ActiveObjectsUpgradeTask {
    private final GreetingService greetings;

    public UpgradeLogTask002(GreetingService greetings) {
        this.greetings = greetings;
    }

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("2");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        UpgradeRuns.record(ao, greetings == null ? "2 without injection" : "2", currentVersion);
    }
}
