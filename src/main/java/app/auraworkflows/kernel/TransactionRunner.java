package app.auraworkflows.kernel;

import java.util.function.Supplier;

/**
 * Port: runs work as one database transaction (implemented in {@code store/} over Active Objects), shared by the
 * workflow engine and the 2FA services.
 *
 * <p>Called outside a transaction, the work is the outermost unit: it commits as a whole or not at all, and when
 * the database refuses it because of a concurrent change (a UNIQUE claim lost, a serialization failure, a
 * deadlock) it is rolled back and run again from the start, a bounded number of times. Called inside a
 * transaction, it joins that transaction and a lost race propagates to the outermost unit, which alone retries:
 * on PostgreSQL a failed statement aborts the whole transaction, so retrying a part of it cannot work. The work
 * must therefore read what it decides on inside the transaction and have no effects outside the database.
 */
public interface TransactionRunner {
    <T> T inTransaction(Supplier<T> work);
}
