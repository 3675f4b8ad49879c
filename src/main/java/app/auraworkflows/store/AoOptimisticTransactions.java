package app.auraworkflows.store;

import app.auraworkflows.approval.ConcurrentChangeException;
import app.auraworkflows.approval.OptimisticTransactions;
import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.Objects;
import java.util.function.Supplier;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.springframework.stereotype.Component;

/**
 * {@link OptimisticTransactions} over {@link ActiveObjects#executeInTransaction}.
 *
 * <p>{@link #runOnPage}: the unit's first statement UPDATEs the page's {@link AOPageLock} row, so concurrent
 * changes of one page wait for each other in the database (a row lock held to commit, across all cluster
 * nodes) and each then reads the state the previous one committed (READ COMMITTED). Correctness does not rest
 * on that lock but on the UNIQUE claims the unit makes (history sequence number, round close): the lock keeps
 * them from colliding. That matters because AO's HSQLDB provider inserts inside a {@code synchronized} method:
 * a transaction the database blocks on another's uncommitted UNIQUE key while holding that JVM monitor would
 * stall the very transaction it waits for. Changes to different pages do not wait for each other (on HSQLDB
 * this needs MVCC transaction control, {@code hsqldb.tx=mvcc}; in its default LOCKS mode, table locks can
 * still meet that monitor).
 *
 * <p>A unit that loses a race anyway (a UNIQUE claim taken, a serialization failure or deadlock, or a
 * PostgreSQL transaction aborted by such a failure inside it) is rolled back and run again from the start by
 * {@link UnitOfWork}, the one retry of every transaction the plugin runs.
 */
@Component
public class AoOptimisticTransactions implements OptimisticTransactions {
    private final ActiveObjects ao;

    public AoOptimisticTransactions(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public <T> T run(Supplier<T> work) {
        return UnitOfWork.run(ao, work);
    }

    @Override
    public <T> T runOnPage(long pageId, Supplier<T> work) {
        ensureLockRow(pageId);
        return UnitOfWork.run(ao, () -> {
            lock(pageId);
            return work.get();
        });
    }

    /** Creates the page's lock row if it has none, in its own one-insert transaction. */
    private void ensureLockRow(long pageId) {
        if (ao.count(AOPageLock.class, Query.select().where("PAGE_ID = ?", pageId)) > 0) {
            return;
        }
        try {
            ao.executeInTransaction(() -> ao.create(AOPageLock.class,
                    new DBParam("PAGE_ID", pageId), new DBParam("LOCK_COUNT", 0L)));
        } catch (RuntimeException failure) {
            if (!SqlFailures.isConstraintViolation(failure)) {
                throw failure; // otherwise another request created it a moment ago: fine
            }
        }
    }

    /** The UPDATE that takes the page's row lock; the counter's value itself means nothing. */
    private void lock(long pageId) {
        AOPageLock[] rows = ao.find(AOPageLock.class, Query.select().where("PAGE_ID = ?", pageId));
        if (rows.length == 0) {
            throw new ConcurrentChangeException("no lock row for page " + pageId);
        }
        rows[0].setLockCount(rows[0].getLockCount() + 1);
        rows[0].save();
    }
}
