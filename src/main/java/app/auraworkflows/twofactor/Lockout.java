package app.auraworkflows.twofactor;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The brute-force lockout, kept in the database through the {@link AttemptLedger} so every cluster node
 * sees the same count. A run of consecutive failed codes is numbered 1, 2, 3, … and only a success (or an
 * administrator's unlock, or a revoke) clears it:
 * <ul>
 *   <li>attempts 1..10 are evaluated; the 10th failure locks the user for {@link TwoFactorSettings#LOCK_DURATION},
 *       counted from that attempt;</li>
 *   <li>when that lock has passed, attempts 11..20 are evaluated, and the 20th failure locks again; likewise
 *       21..30;</li>
 *   <li>the 30th consecutive failure ({@link TwoFactorSettings#MAX_FAILURES_BEFORE_ADMIN_UNLOCK}) locks the user
 *       until an administrator unlocks: a lock that expired would otherwise let guessing go on forever.</li>
 * </ul>
 *
 * <p>A code check reads the user's {@link #run} once, under the user's code-check lock: the newest attempt and, from
 * it, the lock in force. {@link #claim} then claims the attempt slot after that newest one BEFORE the code is
 * evaluated. Slots are numbered atomically (a UNIQUE number per user), so 50 concurrent wrong codes get numbers
 * 1..50 and only 1..10 are evaluated; the rest are LOCKED. A slot claimed by a request that then finds the user
 * locked stays claimed: it can only shorten the next period, never lengthen it. The lock state is read from the
 * attempts at the period boundaries (10, 20, 30), and only those the newest attempt has reached, so the common case
 * (no lock, fewer than 10 attempts) costs one ledger query for the run and one insert for the claim.
 */
@Component
public class Lockout {
    private static final int PER_PERIOD = TwoFactorSettings.MAX_CONSECUTIVE_FAILURES;
    private static final int UNTIL_UNLOCK = TwoFactorSettings.MAX_FAILURES_BEFORE_ADMIN_UNLOCK;

    private final AttemptLedger ledger;

    public Lockout(AttemptLedger ledger) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
    }

    /**
     * A lock in force: until {@code until}, or, when {@code untilUnlock}, until an administrator unlocks (then
     * {@code until} is null).
     */
    public record Lock(Instant until, boolean untilUnlock) {
        static Lock timed(Instant until) {
            return new Lock(Objects.requireNonNull(until, "until"), false);
        }

        static Lock forGood() {
            return new Lock(null, true);
        }
    }

    /**
     * The user's current run as read at one moment: the newest attempt's number (0 for none) and the lock in force at
     * {@code now}. A code check reads it once, under the user's code-check lock, and claims after it in the same
     * transaction ({@link #claim}); it is not to be kept beyond that transaction.
     */
    public static final class Run {
        private final String userKey;
        private final int newest;
        private final Optional<Lock> lock;

        private Run(String userKey, int newest, Optional<Lock> lock) {
            this.userKey = Objects.requireNonNull(userKey, "userKey");
            this.newest = newest;
            this.lock = Objects.requireNonNull(lock, "lock");
        }

        /** The lock in force when the run was read, if any. */
        public Optional<Lock> lock() {
            return lock;
        }
    }

    /**
     * Reads the user's run: the newest attempt (one ledger query) and, only when it has reached a period boundary
     * (10, 20, 30), the attempts at the boundaries it has reached, for the lock in force at {@code now}.
     */
    public Run run(String userKey, Instant now) {
        int newest = ledger.newest(userKey).map(AttemptLedger.Attempt::number).orElse(0);
        Optional<Instant> previous = Optional.empty();
        int previousBoundary = 0;
        for (int boundary = PER_PERIOD; boundary <= Math.min(newest, UNTIL_UNLOCK); boundary += PER_PERIOD) {
            Optional<Instant> at = ledger.claimedAt(userKey, boundary);
            if (at.isEmpty()) {
                break;
            }
            previous = at;
            previousBoundary = boundary;
        }
        return new Run(userKey, newest, lockAt(previousBoundary, previous.orElse(null), now));
    }

    /**
     * Claims the attempt slot of one code evaluation: the number after the newest of {@code run}, which the caller
     * read ({@link #run}) under the user's code-check lock in this transaction and found not locked: no slot is
     * claimed while locked. Joins the caller's transaction (see {@link AttemptLedger#claim}). Admitted, or locked when
     * the claimed slot lies in a lock period after all (a run without the lock row).
     */
    public Admission claim(Run run, Instant now) {
        String userKey = run.userKey;
        int attempt = run.newest + 1;
        ledger.claim(userKey, attempt, now); // joins the caller's transaction (see AttemptLedger)
        if (attempt > UNTIL_UNLOCK) {
            return Admission.locked(Lock.forGood(), now); // parallel requests used up the last period
        }
        int boundary = ((attempt - 1) / PER_PERIOD) * PER_PERIOD; // the attempt that ended the previous period
        if (boundary == 0) {
            return Admission.admitted(attempt);
        }
        // Other requests may have used up the period in parallel. The lock runs from the attempt at the
        // boundary; if a reset racing with claims left a run without that row, the attempt before ours anchors
        // it instead, so such a run locks for a quiet period instead of forever.
        Instant anchor = ledger.claimedAt(userKey, boundary)
                .or(() -> ledger.claimedAt(userKey, attempt - 1))
                .orElse(now);
        Instant end = anchor.plus(TwoFactorSettings.LOCK_DURATION);
        if (now.isBefore(end)) {
            return Admission.locked(Lock.timed(end), now);
        }
        return Admission.admitted(attempt);
    }

    /** Clears the run after an accepted code, in the code check's transaction. */
    public void reset(String userKey) {
        ledger.clear(userKey);
    }

    /** The lock in force at {@code now}, if any ({@link #run}'s lock). */
    public Optional<Lock> lock(String userKey, Instant now) {
        return run(userKey, now).lock();
    }

    /** For each of {@code userKeys} that is locked at {@code now}, its lock (one ledger query per lock period). */
    public Map<String, Lock> locks(Collection<String> userKeys, Instant now) {
        Map<String, Integer> boundaryOf = new HashMap<>();
        Map<String, Instant> anchorOf = new HashMap<>();
        List<String> keys = List.copyOf(userKeys);
        for (int boundary = PER_PERIOD; boundary <= UNTIL_UNLOCK && !keys.isEmpty(); boundary += PER_PERIOD) {
            Map<String, Instant> reached = ledger.claimedAt(keys, boundary);
            for (Map.Entry<String, Instant> entry : reached.entrySet()) {
                boundaryOf.put(entry.getKey(), boundary);
                anchorOf.put(entry.getKey(), entry.getValue());
            }
            keys = List.copyOf(reached.keySet());
        }
        Map<String, Lock> locked = new HashMap<>();
        boundaryOf.forEach((userKey, boundary) ->
                lockAt(boundary, anchorOf.get(userKey), now).ifPresent(lock -> locked.put(userKey, lock)));
        return locked;
    }

    private static Optional<Lock> lockAt(int boundary, Instant anchor, Instant now) {
        if (boundary >= UNTIL_UNLOCK) {
            return Optional.of(Lock.forGood());
        }
        if (boundary == 0 || anchor == null) {
            return Optional.empty();
        }
        Instant end = anchor.plus(TwoFactorSettings.LOCK_DURATION);
        return now.isBefore(end) ? Optional.of(Lock.timed(end)) : Optional.empty();
    }

    /**
     * Outcome of {@link #claim}: admitted as attempt number {@code attempt} of the run, or locked with the
     * seconds until the lock ends ({@code untilUnlock}: until an administrator unlocks; the seconds are then
     * one lock period, for callers that only know timed locks).
     */
    public record Admission(boolean admitted, long retryAfterSeconds, int attempt, boolean untilUnlock) {
        static Admission admitted(int attempt) {
            return new Admission(true, 0, attempt, false);
        }

        static Admission locked(Lock lock, Instant now) {
            if (lock.untilUnlock()) {
                return new Admission(false, TwoFactorSettings.LOCK_DURATION.toSeconds(), 0, true);
            }
            long millis = Duration.between(now, lock.until()).toMillis();
            return new Admission(false, Math.max(1, (millis + 999) / 1000), 0, false);
        }

        /** Whether a failure of this attempt ends a period (the next attempt is locked, for a while or for good). */
        public boolean isLastOfRun() {
            return admitted && attempt % PER_PERIOD == 0;
        }

        /** How many more wrong codes in a row lock the user after a failure of this attempt (0: this one does). */
        public int attemptsLeftAfterFailure() {
            return admitted ? (PER_PERIOD - attempt % PER_PERIOD) % PER_PERIOD : 0;
        }

        /** Whether a failure of this attempt locks the user until an administrator unlocks. */
        public boolean isLastBeforeUnlock() {
            return admitted && attempt >= UNTIL_UNLOCK;
        }
    }
}
