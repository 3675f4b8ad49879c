package app.auraworkflows.twofactor;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: enrolment rows (implemented in {@code store/} with Active Objects). One row per user. */
public interface EnrolmentRepository {
    Optional<Enrolment> find(String userKey);

    /**
     * The row of the user with this username (case-insensitive), so an admin can still revoke a user the
     * directory no longer knows (deleted or renamed accounts).
     */
    Optional<Enrolment> findByUsername(String username);

    /**
     * Inserts a PENDING row. Returns false, changing nothing, when the user already has a row (a unique
     * constraint decides, so two nodes adding the same user at once still produce one row).
     * Runs its own transaction: do not call it inside another one (a failed insert would abort it).
     */
    boolean insertPending(Enrolment enrolment);

    /** Marks a PENDING row ACTIVE. Returns false when there is no PENDING row for the user. */
    default boolean activate(String userKey, Instant at) {
        return activate(userKey, at, ClientInfo.unknown(), null);
    }

    /**
     * Marks a PENDING row ACTIVE and records the client that confirmed it and the time step of its code.
     * Returns false when there is no PENDING row for the user.
     */
    boolean activate(String userKey, Instant at, ClientInfo client, Long step);

    /**
     * Replaces the user's PENDING row, if it is still the one added at {@code addedAt}, by {@code fresh} (new
     * secret, adder and time): an administrator re-adding a user whose setup expired. Returns false, changing
     * nothing, when the row is gone, ACTIVE or was replaced meanwhile. Joins a surrounding transaction.
     */
    boolean replacePending(Instant addedAt, Enrolment fresh);

    /**
     * Stamps the last use ({@code at}) on the setup row that {@code held} locked: one UPDATE of that row, without
     * reading it again. Call it in the transaction that took the lock ({@link #lockCodeChecks}), which it joins;
     * nothing happens when there was no row to lock.
     */
    void recordUse(CheckLock held, Instant at);

    /**
     * Takes the user's code-check lock for the rest of the caller's transaction (a row lock on the user's setup,
     * held to commit), so that code checks of one user run one after the other on every node and each reads what
     * the previous one committed. Every code check takes it first ({@link SecondFactorCheck}); the attempt claim and
     * the step consumption then never meet a concurrent insert of the same UNIQUE key. Without a setup row there is
     * nothing to lock and nothing to check. Returns the lock held, for {@link #recordUse} in the same transaction.
     */
    CheckLock lockCodeChecks(String userKey);

    /**
     * The user's setup, read under {@code held} in the transaction that took it: always a row that lock holds. Should
     * the row read not be the one the lock wrote to (the setup was revoked and added again, or first added, between
     * the lock's read and its write), that row is locked too and read again, so a code check never goes on
     * unlocked. Empty when the user has no setup.
     */
    Optional<Enrolment> readLocked(CheckLock held);

    /**
     * A code-check lock taken by {@link #lockCodeChecks}: it stands for the locked row, is valid only in the
     * transaction that took it, and only the repository that returned it reads it.
     */
    interface CheckLock {
    }

    /** Deletes the row and its secret. Returns false when there was none. */
    boolean delete(String userKey);

    /**
     * Up to {@code limit} rows with {@code status} whose username, full name or last name starts with {@code query}
     * (case-insensitive; null or blank = all), in {@link EnrolmentOrder}: after {@code from} (or from the start when
     * null), or, when {@code backwards}, the rows right before {@code from}, still in ascending order.
     */
    List<Enrolment> list(EnrolmentStatus status, String query, ListCursor from, boolean backwards, int limit);

    /** The number of rows with {@code status}: exact, and without reading the rows. */
    int count(EnrolmentStatus status);

    /** The number of rows {@link #list} would find for {@code query}, counted up to {@code cap} + 1. */
    int countMatching(EnrolmentStatus status, String query, int cap);
}
