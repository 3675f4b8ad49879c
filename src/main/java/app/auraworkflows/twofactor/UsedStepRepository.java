package app.auraworkflows.twofactor;

/**
 * Port: replay protection. Records the TOTP time steps a user has consumed, so one code works once
 * (implemented in {@code store/} with a unique constraint: two nodes can never both consume one step).
 */
public interface UsedStepRepository {
    /**
     * Consumes {@code step} for the user. Returns false when it was already consumed, or when a later step has been
     * consumed already (a code may never be older than the last accepted one). Joins the caller's transaction
     * ({@link app.auraworkflows.kernel.TransactionRunner}); the caller holds the user's code-check lock
     * ({@link EnrolmentRepository#lockCodeChecks}), so it reads every earlier consumption committed. Should two
     * consumptions of one step meet anyway, the database lets one commit (a UNIQUE key) and the other's whole unit of
     * work is run again by the outermost transaction, which then finds the step consumed.
     */
    boolean consume(String userKey, long step);

    /** Forgets every consumed step of the user (on revoke). */
    void deleteAll(String userKey);
}
