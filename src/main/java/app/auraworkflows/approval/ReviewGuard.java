package app.auraworkflows.approval;

/**
 * SPI: a last check on a review, evaluated by {@link ReviewService} INSIDE the review's transaction, after
 * the reviewer checks and before the vote is written. A refusal changes nothing of the workflow (no vote,
 * no transition); whatever the guard itself wrote in the transaction (e.g. a counted failed code attempt)
 * is committed with the refusal. A guard must tolerate being run again: when the review loses a race for
 * the page the whole transaction is rolled back and retried (its writes are rolled back too).
 *
 * <p>The review service fails closed on protected steps: when the round has "Require 2FA" and the guard
 * allows without {@link GuardResult#twoFactorVerified()}, the review is refused with
 * {@link ReviewOutcome#TWO_FACTOR_REQUIRED}. The one guard component is
 * {@code twofactor.TwoFactorReviewGuard} (TOTP codes), which implements this port from outside the engine.
 */
public interface ReviewGuard {
    GuardResult check(ReviewContext context);
}
