package app.auraworkflows.approval;

/**
 * Thrown by the store when a change lost a race for a page: another transaction claimed the same history
 * sequence number (or closed the same round) first. {@link OptimisticTransactions} rolls back and runs the
 * whole unit of work again on fresh data; callers never see it unless the retries run out.
 */
public class ConcurrentChangeException extends RuntimeException {
    public ConcurrentChangeException(String message, Throwable cause) {
        super(message, cause);
    }

    public ConcurrentChangeException(String message) {
        super(message);
    }
}
