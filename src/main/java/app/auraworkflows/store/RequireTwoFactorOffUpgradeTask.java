package app.auraworkflows.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import java.util.function.Predicate;
import net.java.ao.Entity;
import net.java.ao.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Active Objects upgrade task to model version 1 (an {@code <upgradeTask>} of the {@code <ao>} module):
 * "Require 2FA" is explicitly <em>off</em> on every approval step that existed before the feature.
 *
 * <p>Why: the previous version (model version 0) had no 2FA-protected steps. Its workflow definitions have
 * no {@code requireTwoFactor} member, and its tables have no {@code WF_INSTANCE.REQUIRE_TWO_FACTOR},
 * {@code WF_VOTE}/{@code WF_HISTORY.TWO_FACTOR_VERIFIED} or {@code TFA_ENROLMENT.CHECK_LOCK}. An upgrade must
 * not protect (or unprotect) anything by itself: a step nobody chose to protect stays unprotected, an open
 * round keeps the rules it opened with, and no vote cast before the feature claims a verified code. The reader
 * already treats a missing member as false; this task stores that decision, so every stored definition says
 * what the builder shows and nothing depends on the lenient reading any more.
 *
 * <p>What it does, in the transaction the AO plugin runs it in:
 * <ol>
 *   <li>migrates the tables it works on. The AO plugin runs upgrade tasks <em>before</em> it migrates the
 *       module's entities, so a task migrates what it needs itself. AO adds the new flags as
 *       {@code BOOLEAN DEFAULT FALSE NOT NULL} (the entities declare {@code @Default("false")}), so every row
 *       already there gets false in that same statement: open rounds are unprotected, old votes and history
 *       entries are not 2FA-verified;</li>
 *   <li>rewrites every {@code WF_DEFINITION.DEFINITION_JSON} whose APPROVAL transitions lack
 *       {@code requireTwoFactor}: the member is added as false, an existing {@code true} is kept, and nothing
 *       else in the text changes ({@link WorkflowDefinitionJson#withExplicitRequireTwoFactor}). {@code UPDATED_AT}
 *       stays: nobody edited the workflow. A row whose text cannot be read is left as it is and logged (it reads
 *       as badly after the upgrade as before; failing here would keep the whole plugin from starting);</li>
 *   <li>sets any flag that is still NULL to false. After step 1 the database enforces NOT NULL, so on a
 *       database AO migrated there is none; the pass is one query per column that finds nothing, and keeps the
 *       task's promise ("no flag is NULL") even for a column someone relaxed by hand.</li>
 * </ol>
 * Rows are read in pages of {@value #PAGE_SIZE} by ascending ID, so memory does not grow with the tables. It is
 * idempotent: a definition that already says {@code requireTwoFactor} everywhere is not written again, so a
 * second run (for instance after the stored model version was lost) changes nothing.
 *
 * <p>Not a Spring component: the AO plugin creates the classes named by {@code <upgradeTask>} itself (through
 * the plugin's container) and hands them the module's {@link ActiveObjects}; this task needs nothing else.
 */
public class RequireTwoFactorOffUpgradeTask implements ActiveObjectsUpgradeTask {

    static final int PAGE_SIZE = 100;
    private static final Logger LOG = LoggerFactory.getLogger(RequireTwoFactorOffUpgradeTask.class);

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("1");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(AOWorkflow.class, AOPageInstance.class, AOVote.class, AOHistory.class);
        int definitions = makeRequireTwoFactorExplicit(ao);
        int flags = fillNullFlags(ao);
        LOG.info("Upgrade from model version {}: {} workflow definitions now say requireTwoFactor:false where they"
                + " said nothing, {} NULL 2FA flags set to false", currentVersion, definitions, flags);
    }

    /** Step 2; returns the number of definitions rewritten. */
    static int makeRequireTwoFactorExplicit(ActiveObjects ao) {
        return forEachPage(ao, AOWorkflow.class, null, row -> {
            String stored = row.getDefinitionJson();
            String upgraded;
            try {
                upgraded = WorkflowDefinitionJson.withExplicitRequireTwoFactor(stored);
            } catch (IllegalArgumentException unreadable) {
                LOG.warn("Workflow definition {} cannot be read and was left as it is: {}", row.getID(),
                        unreadable.getMessage());
                return false;
            }
            if (upgraded.equals(stored)) {
                return false;
            }
            row.setDefinitionJson(upgraded);
            return true;
        });
    }

    /** Step 3; returns the number of flags set. */
    static int fillNullFlags(ActiveObjects ao) {
        return forEachPage(ao, AOPageInstance.class, "REQUIRE_TWO_FACTOR IS NULL", row -> {
            row.setRequireTwoFactor(false);
            return true;
        }) + forEachPage(ao, AOVote.class, "TWO_FACTOR_VERIFIED IS NULL", row -> {
            row.setTwoFactorVerified(false);
            return true;
        }) + forEachPage(ao, AOHistory.class, "TWO_FACTOR_VERIFIED IS NULL", row -> {
            row.setTwoFactorVerified(false);
            return true;
        });
    }

    /**
     * Applies {@code change} to every row matching {@code criteria} (null: all), {@value #PAGE_SIZE} rows at a
     * time in ID order; a row for which it returns true is saved. Keyset paging (ID greater than the last one
     * seen) rather than OFFSET, so rows that stop matching once changed do not shift the pages.
     */
    private static <T extends Entity> int forEachPage(ActiveObjects ao, Class<T> type, String criteria,
                                                      Predicate<T> change) {
        String where = criteria == null ? "ID > ?" : criteria + " AND ID > ?";
        int lastId = 0;
        int saved = 0;
        while (true) {
            T[] rows = ao.find(type, Query.select().where(where, lastId).order("ID ASC").limit(PAGE_SIZE));
            for (T row : rows) {
                lastId = row.getID();
                if (change.test(row)) {
                    row.save();
                    saved++;
                }
            }
            if (rows.length < PAGE_SIZE) {
                return saved;
            }
        }
    }
}
