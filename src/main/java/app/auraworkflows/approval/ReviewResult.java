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
 * @param guardCode         for REFUSED_BY_GUARD: the guard's code; else null
 * @param retryAfterSeconds for REFUSED_BY_GUARD: the guard's retry-after (lockout); else 0
 * @param lockedUntilUnlock for REFUSED_BY_GUARD: the lockout lasts until an administrator unlocks
 * @param attemptsLeft      for REFUSED_BY_GUARD with a wrong code: more wrong codes in a row before a lock; else -1
 */
public record ReviewResult(ReviewOutcome outcome, boolean transitioned, StateView state, Integer round,
                           int approvals, int rejections, String guardCode, long retryAfterSeconds,
                           boolean lockedUntilUnlock, int attemptsLeft) {

    public ReviewResult(ReviewOutcome outcome, boolean transitioned, StateView state, Integer round, int approvals,
                        int rejections, String guardCode, long retryAfterSeconds) {
        this(outcome, transitioned, state, round, approvals, rejections, guardCode, retryAfterSeconds, false, -1);
    }

    public ReviewResult(ReviewOutcome outcome, boolean transitioned, StateView state, Integer round, int approvals,
                        int rejections, String guardCode, long retryAfterSeconds, boolean lockedUntilUnlock) {
        this(outcome, transitioned, state, round, approvals, rejections, guardCode, retryAfterSeconds,
                lockedUntilUnlock, -1);
    }

    /** Whether the vote was recorded. */
    public boolean recorded() {
        return outcome == ReviewOutcome.RECORDED;
    }

    static ReviewResult refused(ReviewOutcome outcome, StateView state, Integer round) {
        return new ReviewResult(outcome, false, state, round, 0, 0, null, 0);
    }
}
