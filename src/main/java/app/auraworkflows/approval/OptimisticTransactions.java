package app.auraworkflows.approval;

import java.util.function.Supplier;

/**
 * Port: runs a workflow change as one database transaction, with the transaction regime of
 * {@link app.auraworkflows.kernel.TransactionRunner}: as the outermost unit it is rolled back and run again from
 * the start when the database refuses it because of a concurrent change ({@link ConcurrentChangeException}, a
 * UNIQUE claim lost, a serialization failure or a deadlock), a bounded number of times; everything it calls
 * (a {@link ReviewGuard}'s second-factor check included) joins its transaction and leaves that retry to it.
 *
 * <p>The work must therefore read everything it decides on inside the transaction and have no effects
 * outside the database. The workflow services call it as the outermost unit. Implemented in {@code store/}.
 */
public interface OptimisticTransactions {
    <T> T run(Supplier<T> work);

    /**
     * As {@link #run}, for a change of one page's workflow: changes of the same page are queued in the
     * database before the unit starts reading (so they rarely collide), changes of different pages are not.
     */
    <T> T runOnPage(long pageId, Supplier<T> work);
}
