package app.auraworkflows.store;

import app.auraworkflows.approval.ConcurrentChangeException;
import com.atlassian.activeobjects.external.ActiveObjects;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Role: the one retry of a lost race, for every transaction the plugin runs ({@link AoTransactionRunner},
 * {@link AoOptimisticTransactions}).
 *
 * <p>The outermost unit of a thread opens the transaction and, when the database refuses it because of a
 * concurrent change, rolls it back and runs it again from the start. A unit started inside another one only joins
 * it ({@link ActiveObjects#executeInTransaction} joins the surrounding transaction) and lets a lost race propagate:
 * on PostgreSQL the failed statement has aborted the whole transaction, so only the outermost unit can retry. The
 * nesting depth is per thread because a transaction is; it decides nothing else.
 */
final class UnitOfWork {
    /** Far above any realistic contention (each retry means another unit committed meanwhile); guards against a bug. */
    static final int MAX_TRIES = 200;

    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    private UnitOfWork() {
    }

    static <T> T run(ActiveObjects ao, Supplier<T> work) {
        int[] depth = DEPTH.get();
        boolean outermost = depth[0] == 0;
        RuntimeException last = null;
        for (int attempt = 0; attempt < MAX_TRIES; attempt++) {
            depth[0]++;
            try {
                return ao.executeInTransaction(work::get);
            } catch (RuntimeException failure) {
                if (!outermost || !isLostRace(failure)) {
                    throw failure; // an inner unit leaves the retry to the outermost one
                }
                last = failure;
            } finally {
                depth[0]--;
            }
        }
        throw new IllegalStateException("Gave up after " + MAX_TRIES + " concurrent changes", last);
    }

    /** Whether the database refused the unit because of a concurrent change, so that running it again can succeed. */
    static boolean isLostRace(Throwable failure) {
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
            if (t instanceof SQLException sql && "25P02".equals(sql.getSQLState())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
