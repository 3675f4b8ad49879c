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
    /** One claimed attempt of a user's run: its number (1 for the first after a reset) and when it was made. */
    record Attempt(int number, Instant at) {
    }

    /** The newest attempt of the user's current run (the highest number), if there is one: one query. */
    Optional<Attempt> newest(String userKey);

    /**
     * Claims attempt number {@code number} of the user's run and records when it was made: the number after the
     * run's {@link #newest} attempt, which the caller read in the same transaction under the user's code-check lock
     * ({@link EnrolmentRepository#lockCodeChecks}). Joins the caller's transaction
     * ({@link app.auraworkflows.kernel.TransactionRunner}). Two claims never get the same number: every claim, and an
     * administrator's unlock, is made under that lock (a revoke or a re-add holds the same row by deleting or
     * replacing it), so the number read is still the next one; should two claims of one number meet anyway, the
     * database refuses one (a UNIQUE number) and that whole unit of work is run again by the outermost transaction,
     * which reads the newest attempt afresh.
     */
    void claim(String userKey, int number, Instant at);

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
