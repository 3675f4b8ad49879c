package app.auraworkflows.twofactor;

import app.auraworkflows.approval.Actor;
import app.auraworkflows.approval.GuardRefusal;
import app.auraworkflows.approval.GuardResult;
import app.auraworkflows.approval.ReviewContext;
import app.auraworkflows.approval.ReviewGuard;
import java.time.Duration;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The {@link ReviewGuard} of "Require 2FA": the engine's port, answered by the one second-factor check
 * ({@link SecondFactorCheck}, which owns the order of the checks). Unprotected rounds are allowed without a code,
 * also for enrolled users. On a protected round the check's outcome becomes a typed refusal: no Active setup
 * {@link GuardRefusal#TWO_FACTOR_NOT_ACTIVE}, locked {@link GuardRefusal#LOCKED} with the time until the lock ends,
 * no code {@link GuardRefusal#CODE_REQUIRED}, not six digits {@link GuardRefusal#INVALID_INPUT}, wrong, expired or
 * reused {@link GuardRefusal#INVALID_CODE} with the wrong codes left; an accepted code allows the review as
 * verified.
 *
 * <p>Every refusal but a missing or malformed code is written to the 2FA audit log (user, page, outcome; never
 * the code), inside the review's transaction, so it is committed with the refusal. The workflow history
 * never sees a failed attempt.
 */
@Component
public class TwoFactorReviewGuard implements ReviewGuard {
    private final SecondFactorCheck secondFactor;
    private final TwoFactorAuditTrail audit;

    public TwoFactorReviewGuard(SecondFactorCheck secondFactor, TwoFactorAuditTrail audit) {
        this.secondFactor = Objects.requireNonNull(secondFactor, "secondFactor");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    @Override
    public GuardResult check(ReviewContext context) {
        if (!context.round().requireTwoFactor()) {
            return GuardResult.allow();
        }
        Actor actor = context.actor();
        CodeCheck check = secondFactor.verify(actor.userKey(), context.twoFactorCode(),
                SecondFactorCheck.Purpose.protectedReview(), context.now()).check();
        audit.codeChecked(new TwoFactorAuditTrail.Attempt(actor.userKey(), actor.username(), actor.fullName(),
                context.pageId()), check, context.now());
        Duration retryAfter = Duration.ofSeconds(Math.max(1, check.retryAfterSeconds()));
        return switch (check.outcome()) {
            case ACCEPTED -> GuardResult.allowVerified();
            case CODE_REQUIRED -> GuardResult.refuse(GuardRefusal.CODE_REQUIRED);
            case INVALID_INPUT -> GuardResult.refuse(GuardRefusal.INVALID_INPUT);
            case LOCKED -> check.untilUnlock() ? GuardResult.refuseUntilUnlock(retryAfter)
                    : GuardResult.refuseLocked(retryAfter);
            case NOT_ACTIVE, NOT_PENDING, SETUP_EXPIRED -> GuardResult.refuse(GuardRefusal.TWO_FACTOR_NOT_ACTIVE);
            case INVALID_CODE -> GuardResult.refuseWrongCode(check.attemptsLeft());
        };
    }
}
