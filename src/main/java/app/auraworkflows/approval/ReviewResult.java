package app.auraworkflows.approval;

/**
 * The answer to a review.
 *
 * @param outcome           what happened
 * @param transitioned      the vote closed the round and the page moved
 * @param state             the page's state after the review (null when it has no workflow)
 * @param round             the round voted in (or the current round number for refusals; null if none)
 * @param approvals         approvals of the round after the vote (0 for refusals)
 * @param rejections        rejections of the round after the vote (0 for refusals)
 * @param guardRefusal      for REFUSED_BY_GUARD: why the guard refused; else null
 * @param retryAfter        for REFUSED_BY_GUARD: the guard's retry-after (lockout); else zero
 * @param lockedUntilUnlock for REFUSED_BY_GUARD: the lockout lasts until an administrator unlocks
 * @param attemptsLeft      for REFUSED_BY_GUARD with a wrong code: more wrong codes in a row before a lock; else -1
 */
public record ReviewResult(ReviewOutcome outcome, boolean transitioned, StateView state, Integer round,
                           int approvals, int rejections, GuardRefusal guardRefusal, java.time.Duration retryAfter,
                           boolean lockedUntilUnlock, int attemptsLeft) {

    /** A result without a guard's refusal. */
    public ReviewResult(ReviewOutcome outcome, boolean transitioned, StateView state, Integer round, int approvals,
                        int rejections) {
        this(outcome, transitioned, state, round, approvals, rejections, null, java.time.Duration.ZERO, false, -1);
    }

    /** The guard's refusal, as the guard gave it. */
    static ReviewResult refusedByGuard(StateView state, Integer round, GuardResult verdict) {
        return new ReviewResult(ReviewOutcome.REFUSED_BY_GUARD, false, state, round, 0, 0, verdict.refusal(),
                verdict.retryAfter(), verdict.untilUnlock(), verdict.attemptsLeft());
    }

    /** Whether the vote was recorded. */
    public boolean recorded() {
        return outcome == ReviewOutcome.RECORDED;
    }

    static ReviewResult refused(ReviewOutcome outcome, StateView state, Integer round) {
        return new ReviewResult(outcome, false, state, round, 0, 0);
    }
}
