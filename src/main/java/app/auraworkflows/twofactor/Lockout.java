package app.auraworkflows.twofactor;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The brute-force lockout, kept in the database through the {@link AttemptLedger} so every cluster node
 * sees the same count: at most {@link TwoFactorSettings#MAX_CONSECUTIVE_FAILURES} consecutive codes are
 * evaluated; after that the user is locked for {@link TwoFactorSettings#LOCK_DURATION}, counted from the
 * last evaluated attempt.
 *
 * <p>{@link #admit} claims an attempt slot BEFORE the code is evaluated. Slots are numbered atomically, so
 * 50 concurrent wrong codes get numbers 1..50 and only 1..10 are evaluated; the rest are LOCKED. A success
 * {@link #reset}s the run. A lock whose time has passed is cleared on the next attempt.
 */
@Component
public class Lockout {
    private final AttemptLedger ledger;
    private final TransactionRunner transactions;

    public Lockout(AttemptLedger ledger, TransactionRunner transactions) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    /** May the user have one code evaluated now? Claims the attempt slot if so. */
    public Admission admit(String userKey, Instant now) {
        for (int round = 0; round < 2; round++) {
            Optional<Instant> until = lockEnd(userKey);
            if (until.isPresent()) {
                if (now.isBefore(until.get())) {
                    return Admission.locked(until.get(), now); // no slot is claimed while locked
                }
                reset(userKey); // the lock has expired: a new run starts
            }
            int attempt = ledger.claim(userKey, now); // own transaction (see AttemptLedger)
            if (attempt <= TwoFactorSettings.MAX_CONSECUTIVE_FAILURES) {
                return Admission.admitted(attempt);
            }
            // Other requests used up the run in parallel. The lock runs from the last evaluated attempt;
            // if a reset racing with claims left a run without that row, the attempt before ours anchors
            // it instead, so such a run locks for a quiet period instead of forever.
            Instant anchor = ledger.claimedAt(userKey, TwoFactorSettings.MAX_CONSECUTIVE_FAILURES)
                    .or(() -> ledger.claimedAt(userKey, attempt - 1))
                    .orElse(now);
            Instant end = anchor.plus(TwoFactorSettings.LOCK_DURATION);
            if (now.isBefore(end)) {
                return Admission.locked(end, now);
            }
            reset(userKey); // a stale run: start over once
        }
        return Admission.locked(now.plus(TwoFactorSettings.LOCK_DURATION), now);
    }

    /** Clears the run (after a success, or when a revoke/lock expiry starts over). */
    public void reset(String userKey) {
        transactions.inTransaction(() -> {
            ledger.clear(userKey);
            return null;
        });
    }

    /** When the user's lock ends, if the user is locked at {@code now}. */
    public Optional<Instant> lockedUntil(String userKey, Instant now) {
        return lockEnd(userKey).filter(now::isBefore);
    }

    /** For each of {@code userKeys} that is locked at {@code now}, when its lock ends (one ledger query). */
    public Map<String, Instant> lockedUntil(Collection<String> userKeys, Instant now) {
        Map<String, Instant> locked = new HashMap<>();
        ledger.claimedAt(userKeys, TwoFactorSettings.MAX_CONSECUTIVE_FAILURES).forEach((userKey, last) -> {
            Instant end = last.plus(TwoFactorSettings.LOCK_DURATION);
            if (now.isBefore(end)) {
                locked.put(userKey, end);
            }
        });
        return locked;
    }

    private Optional<Instant> lockEnd(String userKey) {
        return ledger.claimedAt(userKey, TwoFactorSettings.MAX_CONSECUTIVE_FAILURES)
                .map(last -> last.plus(TwoFactorSettings.LOCK_DURATION));
    }

    /**
     * Outcome of {@link #admit}: admitted as attempt number {@code attempt} of the run, or locked with the
     * seconds until the lock ends.
     */
    public record Admission(boolean admitted, long retryAfterSeconds, int attempt) {
        static Admission admitted(int attempt) {
            return new Admission(true, 0, attempt);
        }

        static Admission locked(Instant until, Instant now) {
            long millis = Duration.between(now, until).toMillis();
            return new Admission(false, Math.max(1, (millis + 999) / 1000), 0);
        }

        /** Whether a failure of this attempt uses up the run (the next attempt is locked). */
        public boolean isLastOfRun() {
            return admitted && attempt == TwoFactorSettings.MAX_CONSECUTIVE_FAILURES;
        }
    }
}
