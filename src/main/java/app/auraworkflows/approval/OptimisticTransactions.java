package app.auraworkflows.approval;

import java.util.function.Supplier;

/**
 * Port: runs a unit of work in a NEW database transaction and, when the database refuses it because of a
 * concurrent change ({@link ConcurrentChangeException}, a UNIQUE claim lost, a serialization failure or a
 * deadlock), rolls it back and runs it again from the start, a bounded number of times.
 *
 * <p>The work must therefore read everything it decides on inside the transaction and have no effects
 * outside the database. Must not be called inside another transaction (on PostgreSQL a failed insert
 * aborts the whole surrounding transaction). Implemented in {@code store/}.
 */
public interface OptimisticTransactions {
    <T> T run(Supplier<T> work);

    /**
     * As {@link #run}, for a change of one page's workflow: changes of the same page are queued in the
     * database before the unit starts reading (so they rarely collide), changes of different pages are not.
     */
    <T> T runOnPage(long pageId, Supplier<T> work);
}
