package app.auraworkflows.twofactor;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Port: the cluster-wide count of consecutive code attempts per user, for the lockout (implemented in
 * {@code store/}; the count lives in the database, never in JVM memory).
 */
public interface AttemptLedger {
    /**
     * Claims the next attempt number for the user (1 for the first attempt after a reset) and records when it was
     * made. Joins the caller's transaction ({@link app.auraworkflows.kernel.TransactionRunner}). Two claims never get
     * the same number: the caller holds the user's code-check lock ({@link EnrolmentRepository#lockCodeChecks}), so
     * claims of one user do not meet; should two meet anyway, the database refuses one (a UNIQUE number) and that
     * whole unit of work is run again by the outermost transaction.
     */
    int claim(String userKey, Instant at);

    /** When attempt number {@code n} of the current run was claimed, if it was. */
    Optional<Instant> claimedAt(String userKey, int n);

    /**
     * For each of {@code userKeys}, when attempt number {@code n} of its current run was claimed; users
     * without that attempt are absent. One query for a whole admin page instead of one per row.
     */
    Map<String, Instant> claimedAt(Collection<String> userKeys, int n);

    /** Resets the run (after a success, an expired lock, an admin unlock or a revoke). */
    void clear(String userKey);
}
