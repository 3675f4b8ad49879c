package app.auraworkflows.approval;

/**
 * Reviewing a page in its open approval round. Enforces everything itself (reviewer, round, decision,
 * guard, "Require 2FA"), whatever the client is.
 */
public interface ReviewService {
    int MAX_COMMENT = 2000;

    /**
     * Records a vote and applies the approval rules, in one transaction. In this order:
     * <ol>
     *   <li>input: decision APPROVE|REJECT, a round number, comment length → else INVALID_INPUT;</li>
     *   <li>an open round → else NO_PENDING_APPROVAL; the given round is the open one → else STALE_ROUND;</li>
     *   <li>the actor can view the page and is a named reviewer of the round or (now) a member of one of its
     *       groups → else NOT_A_REVIEWER;</li>
     *   <li>the {@link ReviewGuard} → else REFUSED_BY_GUARD; a protected round needs a verified code → else
     *       TWO_FACTOR_REQUIRED;</li>
     *   <li>the vote is stored (becoming the reviewer's current vote) and the round closes on the approve or
     *       the reject target when a threshold is met: exactly once, also under concurrent votes on several
     *       nodes.</li>
     * </ol>
     */
    ReviewResult review(ReviewRequest request);
}
