package app.auraworkflows.store;

import app.auraworkflows.twofactor.EnrolmentOrder;
import app.auraworkflows.twofactor.EnrolmentStatus;
import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Active Objects upgrade task to model version 2 (an {@code <upgradeTask>} of the {@code <ao>} module): the admin
 * 2FA lists at Data Center scale.
 *
 * <p>Why: from this version the lists seek to a page instead of counting past an offset, search by prefix (which
 * an index serves) instead of "contains" (which reads every row), and take their totals from a tally instead of
 * {@code COUNT(*)}. Rows written before need the two things those rely on:
 * <ol>
 *   <li>{@code TFA_ENROLMENT.LAST_NAME_LOWER} for the search by last name: the AO plugin runs tasks before it
 *       migrates, so the task migrates {@link AOEnrolment} itself (the new column is added empty), then fills the
 *       column of every row from its full name ({@link EnrolmentOrder#lastNameKey}), {@value #PAGE_SIZE} rows at a
 *       time by ascending ID;</li>
 *   <li>{@code TFA_TALLY}: one row per status with its exact count, written from {@code COUNT(*)} once here (no
 *       user can add or activate an enrolment while the AO plugin upgrades the module).</li>
 * </ol>
 * Idempotent: a second run fills nothing and writes the same counts.
 */
public class EnrolmentSearchUpgradeTask implements ActiveObjectsUpgradeTask {
    static final int PAGE_SIZE = 500;
    private static final Logger LOG = LoggerFactory.getLogger(EnrolmentSearchUpgradeTask.class);

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("2");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(AOEnrolment.class, AOEnrolmentTally.class);
        int filled = fillLastNames(ao);
        recount(ao);
        LOG.info("Upgrade from model version {}: last names of {} enrolments stored for the search, enrolment tallies"
                + " counted", currentVersion, filled);
    }

    static int fillLastNames(ActiveObjects ao) {
        int lastId = 0;
        int filled = 0;
        while (true) {
            AOEnrolment[] rows = ao.find(AOEnrolment.class, Query.select()
                    .where("LAST_NAME_LOWER IS NULL AND ID > ?", lastId).order("ID ASC").limit(PAGE_SIZE));
            for (AOEnrolment row : rows) {
                lastId = row.getID();
                String lastName = EnrolmentOrder.lastNameKey(row.getFullName());
                if (lastName != null) {
                    row.setLastNameLower(StoreText.indexKey(lastName));
                    row.save();
                    filled++;
                }
            }
            if (rows.length < PAGE_SIZE) {
                return filled;
            }
        }
    }

    /** Writes each status's exact count into its tally row, creating the row when it is missing. */
    static void recount(ActiveObjects ao) {
        for (EnrolmentStatus status : EnrolmentStatus.values()) {
            int count = ao.count(AOEnrolment.class, Query.select().where("STATUS = ?", status.name()));
            AOEnrolmentTally[] rows = ao.find(AOEnrolmentTally.class, Query.select().where("STATUS = ?", status.name()));
            if (rows.length == 0) {
                ao.create(AOEnrolmentTally.class, new DBParam("STATUS", status.name()), new DBParam("TALLY", (long) count));
            } else {
                rows[0].setTally(count);
                rows[0].save();
            }
        }
    }
}
