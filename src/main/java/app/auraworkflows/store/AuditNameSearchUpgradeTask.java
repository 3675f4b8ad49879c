package app.auraworkflows.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import net.java.ao.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Active Objects upgrade task to model version 5 (an {@code <upgradeTask>} of the {@code <ao>} module): from this
 * version the 2FA audit log's user filter finds people as the admin Users search does, by the start of the username,
 * the full name or the last name. Events recorded before have only the username's search key, so the task migrates
 * {@link AOAuditEvent} itself (the AO plugin runs tasks before it migrates; the two new columns are added empty) and
 * fills {@code FULL_NAME_LOWER} and {@code LAST_NAME_LOWER} from each row's full name, {@value #PAGE_SIZE} rows at a
 * time by ascending ID. Idempotent: a second run finds nothing to fill.
 */
public class AuditNameSearchUpgradeTask implements ActiveObjectsUpgradeTask {
    static final int PAGE_SIZE = 500;
    private static final Logger LOG = LoggerFactory.getLogger(AuditNameSearchUpgradeTask.class);

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("5");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(AOAuditEvent.class);
        int filled = fillNames(ao);
        LOG.info("Upgrade from model version {}: name search keys of {} audit events stored", currentVersion, filled);
    }

    static int fillNames(ActiveObjects ao) {
        int lastId = 0;
        int filled = 0;
        while (true) {
            AOAuditEvent[] rows = ao.find(AOAuditEvent.class, Query.select()
                    .where("FULL_NAME_LOWER IS NULL AND FULL_NAME IS NOT NULL AND ID > ?", lastId)
                    .order("ID ASC").limit(PAGE_SIZE));
            for (AOAuditEvent row : rows) {
                lastId = row.getID();
                String fullName = AoAuditLog.fullNameKey(row.getFullName());
                if (fullName != null) {
                    row.setFullNameLower(fullName);
                    row.setLastNameLower(AoAuditLog.lastNameKey(row.getFullName()));
                    row.save();
                    filled++;
                }
            }
            if (rows.length < PAGE_SIZE) {
                return filled;
            }
        }
    }
}
