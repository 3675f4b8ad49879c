package app.auraworkflows.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import java.util.HashMap;
import java.util.Map;
import net.java.ao.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Active Objects upgrade task to model version 3 (an {@code <upgradeTask>} of the {@code <ao>} module): a reviewer's
 * open tasks are ordered and paged in the database from this version, by when each round opened, which the reviewer
 * rows now carry ({@code WF_REVIEWER.OPENED_AT}). The task migrates the two tables it works on (the AO plugin runs
 * tasks before it migrates) and copies each open round's time from its page's instance into the reviewer rows that
 * have none, {@value #PAGE_SIZE} rows at a time by ascending ID. Idempotent: a second run finds no row to fill.
 */
public class OpenTasksUpgradeTask implements ActiveObjectsUpgradeTask {
    static final int PAGE_SIZE = 500;
    private static final Logger LOG = LoggerFactory.getLogger(OpenTasksUpgradeTask.class);

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("3");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(AOPageInstance.class, AORoundReviewer.class);
        int filled = fillOpenedAt(ao);
        LOG.info("Upgrade from model version {}: the round opening time copied into {} reviewer rows", currentVersion,
                filled);
    }

    static int fillOpenedAt(ActiveObjects ao) {
        int lastId = 0;
        int filled = 0;
        Map<Long, Long> openedAt = new HashMap<>();
        while (true) {
            AORoundReviewer[] rows = ao.find(AORoundReviewer.class, Query.select()
                    .where("OPENED_AT IS NULL AND ID > ?", lastId).order("ID ASC").limit(PAGE_SIZE));
            for (AORoundReviewer row : rows) {
                lastId = row.getID();
                Long at = openedAt.computeIfAbsent(row.getPageId(), page -> {
                    AOPageInstance[] instances = ao.find(AOPageInstance.class, Query.select().where("PAGE_ID = ?", page));
                    return instances.length == 0 || !instances[0].isRoundOpen() ? null : instances[0].getRoundOpenedAt();
                });
                if (at != null) {
                    row.setOpenedAt(at);
                    row.save();
                    filled++;
                }
            }
            if (rows.length < PAGE_SIZE) {
                return filled;
            }
            if (openedAt.size() > 10_000) {
                openedAt.clear(); // bounded memory on a site with many pages in review
            }
        }
    }
}
