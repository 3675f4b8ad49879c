package app.auraworkflows.twofactor;

import app.auraworkflows.approval.Actor;
import app.auraworkflows.approval.GuardRefusal;
import app.auraworkflows.approval.GuardResult;
import app.auraworkflows.approval.ReviewContext;
import app.auraworkflows.approval.ReviewGuard;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The {@link ReviewGuard} of "Require 2FA". Unprotected rounds are allowed without a
 * code, also for enrolled users. On a protected round, in this order:
 * <ol>
 *   <li>no Active 2FA setup → {@link GuardRefusal#TWO_FACTOR_NOT_ACTIVE};</li>
 *   <li>locked out → {@link GuardRefusal#LOCKED} with the time until the lock ends;</li>
 *   <li>no code → {@link GuardRefusal#CODE_REQUIRED}, not six ASCII digits → {@link GuardRefusal#INVALID_INPUT}
 *       (not counted);</li>
 *   <li>wrong, expired or already used → {@link GuardRefusal#INVALID_CODE} (counted toward the lockout shared with
 *       setup);</li>
 *   <li>otherwise the matched step is consumed (one code, one vote, cluster-wide) and the review is allowed
 *       as verified.</li>
 * </ol>
 * Every refusal but a missing or malformed code is written to the 2FA audit log (user, page, outcome; never
 * the code), inside the review's transaction, so it is committed with the refusal. The workflow history
 * never sees a failed attempt. The code is never stored or logged.
 */
@Component
public class TwoFactorReviewGuard implements ReviewGuard {
    private final TwoFactorVerifier verifier;
    private final Lockout lockout;
    private final TwoFactorAuditTrail audit;

    public TwoFactorReviewGuard(TwoFactorVerifier verifier, Lockout lockout, TwoFactorAuditTrail audit) {
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.lockout = Objects.requireNonNull(lockout, "lockout");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    @Override
    public GuardResult check(ReviewContext context) {
        if (!context.round().requireTwoFactor()) {
            return GuardResult.allow();
        }
        Actor actor = context.actor();
        String userKey = actor.userKey();
        TwoFactorAuditTrail.Attempt attempt =
                new TwoFactorAuditTrail.Attempt(userKey, actor.username(), actor.fullName(), context.pageId());
        String code = context.twoFactorCode();
        if (code == null || code.isEmpty() || !CodeFormat.isWellFormed(code)) {
            // Nothing to check: tell the reviewer what to fix first, in the order active, not locked, a code.
            if (!verifier.isActive(userKey)) {
                audit.record(attempt, AuditOutcome.NOT_ACTIVE, context.now());
                return GuardResult.refuse(GuardRefusal.TWO_FACTOR_NOT_ACTIVE);
            }
            Optional<Lockout.Lock> lock = lockout.lock(userKey, context.now());
            if (lock.isPresent()) {
                audit.record(attempt, AuditOutcome.LOCKED, context.now());
                return lock.get().untilUnlock()
                        ? GuardResult.refuseUntilUnlock(TwoFactorSettings.LOCK_DURATION)
                        : GuardResult.refuseLocked(Duration.ofSeconds(secondsUntil(lock.get().until(), context.now())));
            }
            return GuardResult.refuse(code == null || code.isEmpty() ? GuardRefusal.CODE_REQUIRED
                    : GuardRefusal.INVALID_INPUT);
        }
        // A well-formed code: the verifier applies the same order itself (Active, under the user's lock; then the
        // lockout; then the code), so the common path reads the setup and the lockout once, not twice.
        CodeCheck check = verifier.verify(userKey, code);
        audit.codeChecked(attempt, check, context.now());
        return switch (check.outcome()) {
            case ACCEPTED -> GuardResult.allowVerified();
            case INVALID_INPUT -> GuardResult.refuse(GuardRefusal.INVALID_INPUT);
            case LOCKED -> check.untilUnlock()
                    ? GuardResult.refuseUntilUnlock(Duration.ofSeconds(Math.max(1, check.retryAfterSeconds())))
                    : GuardResult.refuseLocked(Duration.ofSeconds(Math.max(1, check.retryAfterSeconds())));
            case NOT_ACTIVE, NOT_PENDING, SETUP_EXPIRED -> GuardResult.refuse(GuardRefusal.TWO_FACTOR_NOT_ACTIVE);
            case INVALID_CODE -> GuardResult.refuseWrongCode(check.attemptsLeft());
        };
    }

    private static long secondsUntil(Instant until, Instant now) {
        return Math.max(1, (Duration.between(now, until).toMillis() + 999) / 1000);
    }
}
