package app.auraworkflows.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import net.java.ao.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Active Objects upgrade task to model version 4 (an {@code <upgradeTask>} of the {@code <ao>} module): from this
 * version "Open tasks" looks up the rounds of the groups the user belongs to, named as Confluence names them, so the
 * group rows of open rounds hold the group name in lower case (Confluence group names are case-insensitive). The task
 * lower-cases the group rows written before, {@value #PAGE_SIZE} rows at a time by ascending ID. Idempotent: a second
 * run changes nothing.
 */
public class GroupReviewerRowsUpgradeTask implements ActiveObjectsUpgradeTask {
    static final int PAGE_SIZE = 500;
    private static final Logger LOG = LoggerFactory.getLogger(GroupReviewerRowsUpgradeTask.class);

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("4");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(AOPageInstance.class, AORoundReviewer.class);
        int changed = 0;
        int lastId = 0;
        while (true) {
            AORoundReviewer[] rows = ao.find(AORoundReviewer.class, Query.select()
                    .where("REVIEWER_KIND = ? AND ID > ?", AoPageInstanceRepository.GROUP, lastId)
                    .order("ID ASC").limit(PAGE_SIZE));
            for (AORoundReviewer row : rows) {
                lastId = row.getID();
                String lower = AoPageInstanceRepository.lower(row.getReviewerName());
                if (!lower.equals(row.getReviewerName())) {
                    row.setReviewerName(lower);
                    row.save();
                    changed++;
                }
            }
            if (rows.length < PAGE_SIZE) {
                break;
            }
        }
        LOG.info("Upgrade from model version {}: {} group reviewer rows now lower case", currentVersion, changed);
    }
}
