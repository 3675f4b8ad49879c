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
 */
@Component
public class AoUsedStepRepository implements UsedStepRepository {
    /** Rows more than this many steps below the newest are pruned; only the newest is needed. */
    static final long KEEP_STEPS = 10;

    private final ActiveObjects ao;

    public AoUsedStepRepository(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public boolean consume(String userKey, long step) {
        Objects.requireNonNull(userKey, "userKey");
        AOUsedStep[] newest = ao.find(AOUsedStep.class,
                Query.select().where("USER_KEY = ?", userKey).order("STEP DESC").limit(1));
        if (newest.length > 0 && newest[0].getStep() >= step) {
            return false;
        }
        ao.create(AOUsedStep.class,
                new DBParam("USER_STEP", userKey + ":" + step),
                new DBParam("USER_KEY", userKey),
                new DBParam("STEP", step));
        ao.deleteWithSQL(AOUsedStep.class, "USER_KEY = ? AND STEP < ?", userKey, step - KEEP_STEPS);
        return true;
    }

    @Override
    public void deleteAll(String userKey) {
        ao.deleteWithSQL(AOUsedStep.class, "USER_KEY = ?", userKey);
    }
}
