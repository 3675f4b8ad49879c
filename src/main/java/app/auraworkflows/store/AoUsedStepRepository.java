package app.auraworkflows.store;

import app.auraworkflows.twofactor.UsedStepRepository;
import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.Objects;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.springframework.stereotype.Component;

/**
 * {@link UsedStepRepository} on Active Objects ({@link AOUsedStep}): replay protection shared by all
 * cluster nodes.
 *
 * <p>The guarantee that one step is accepted once comes from the UNIQUE {@code USER_STEP} column, not
 * from the read before it: of any number of concurrent inserts of {@code "<user>:<step>"} the database
 * lets exactly one commit. The read of the user's highest step adds the monotonic rule (a code older
 * than the last accepted one is refused); for two <em>different</em> steps racing each other that rule
 * is best effort, which is fine because a replay is always of the <em>same</em> step.
 *
 * <p>{@link #consume} runs in the caller's transaction. A lost insert (the same step consumed by a unit that
 * committed meanwhile) propagates: on PostgreSQL it has aborted the whole transaction, and the outermost unit runs
 * it again ({@link UnitOfWork}), whose fresh read then finds the step consumed.
 *
 * <p>Only the newest row is needed (it refuses its own step and every older one), so the rows are pruned, but only
 * when there are {@link #KEEP_ROWS} to prune: the read that finds the newest reads up to that many rows, and when it
 * finds that many the insert is followed by a DELETE of all the user's older rows. So a user has at most
 * {@code KEEP_ROWS} rows after any consumption, and one consumption in {@code KEEP_ROWS} pays for a DELETE.
 */
@Component
public class AoUsedStepRepository implements UsedStepRepository {
    /** The most rows a user has after a consumption; reaching it prunes all but the newest. */
    static final int KEEP_ROWS = 10;

    private final ActiveObjects ao;

    public AoUsedStepRepository(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public boolean consume(String userKey, long step) {
        Objects.requireNonNull(userKey, "userKey");
        // Only the columns read (as for the attempt run and the code-check lock): the rest is never needed here.
        AOUsedStep[] newest = ao.find(AOUsedStep.class,
                Query.select("ID, STEP").where("USER_KEY = ?", userKey).order("STEP DESC").limit(KEEP_ROWS));
        if (newest.length > 0 && newest[0].getStep() >= step) {
            return false;
        }
        ao.create(AOUsedStep.class,
                new DBParam("USER_STEP", userKey + ":" + step),
                new DBParam("USER_KEY", userKey),
                new DBParam("STEP", step));
        if (newest.length == KEEP_ROWS) {
            // KEEP_ROWS + 1 rows (or more) with this one: keep this one, the newest.
            ao.deleteWithSQL(AOUsedStep.class, "USER_KEY = ? AND STEP < ?", userKey, step);
        }
        return true;
    }

    @Override
    public void deleteAll(String userKey) {
        ao.deleteWithSQL(AOUsedStep.class, "USER_KEY = ?", userKey);
    }
}
