package app.auraworkflows.store;

import app.auraworkflows.approval.ConcurrentChangeException;
import app.auraworkflows.approval.OptimisticTransactions;
import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.Objects;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * {@link OptimisticTransactions} over {@link ActiveObjects#executeInTransaction}: a unit of work that loses a
 * race (a UNIQUE claim taken by another transaction, a serialization failure, a deadlock, or a PostgreSQL
 * transaction aborted by such a failure inside it) is rolled back and run again from the start.
 *
 * <p>Each retry means another change to the same page committed meanwhile, so the bound is only a guard
 * against a bug: 50 reviewers voting at the same instant need at most 49 retries each.
 */
@Component
public class AoOptimisticTransactions implements OptimisticTransactions {
    static final int MAX_TRIES = 1000;

    private final ActiveObjects ao;

    public AoOptimisticTransactions(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public <T> T run(Supplier<T> work) {
        RuntimeException last = null;
        for (int attempt = 0; attempt < MAX_TRIES; attempt++) {
            try {
                return ao.executeInTransaction(work::get);
            } catch (RuntimeException failure) {
                if (!isLostRace(failure)) {
                    throw failure;
                }
                last = failure;
            }
        }
        throw new IllegalStateException("Gave up after " + MAX_TRIES + " concurrent changes", last);
    }

    private static boolean isLostRace(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConcurrentChangeException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return SqlFailures.isConstraintViolation(failure) || SqlFailures.isTransient(failure)
                || isAbortedTransaction(failure);
    }

    /**
     * PostgreSQL 25P02: a statement failed earlier in this transaction (e.g. a UNIQUE claim that some code
     * caught and carried on after), so everything after it fails. Rolling back and retrying is the cure.
     */
    private static boolean isAbortedTransaction(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "25P02".equals(sql.getSQLState())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
