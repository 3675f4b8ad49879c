package app.auraworkflows.twofactor;

import java.util.function.Supplier;

/** Port: runs work in one database transaction (implemented in {@code store/} over Active Objects). */
public interface TransactionRunner {
    <T> T inTransaction(Supplier<T> work);
}
