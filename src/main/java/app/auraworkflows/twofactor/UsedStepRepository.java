package app.auraworkflows.twofactor;

/**
 * Port: replay protection. Records the TOTP time steps a user has consumed, so one code works once
 * (implemented in {@code store/} with a unique constraint: two nodes can never both consume one step).
 */
public interface UsedStepRepository {
    /**
     * Atomically consumes {@code step} for the user. Returns false when it was already consumed, or when a
     * later step has been consumed already (a code may never be older than the last accepted one).
     * Runs its own transaction: do not call it inside another one (a failed insert would abort it).
     */
    boolean consume(String userKey, long step);

    /** Forgets every consumed step of the user (on revoke). */
    void deleteAll(String userKey);
}
