package app.auraworkflows.approval;

import java.time.Instant;

/**
 * What a {@link ReviewGuard} sees: a review that passed the reviewer checks (the actor is a reviewer of the
 * open round, the round number matches) and is about to be recorded.
 *
 * @param pageId        the page
 * @param actor         the reviewer
 * @param decision      APPROVE or REJECT
 * @param comment       the comment ("" when none)
 * @param round         the open round's snapshot ({@link ApprovalRound#requireTwoFactor()} says whether the
 *                      step is protected)
 * @param twoFactorCode the code the client sent, or null (never stored, never logged)
 * @param now           the review's time (one clock read per review)
 */
public record ReviewContext(long pageId, Actor actor, Decision decision, String comment, ApprovalRound round,
                            String twoFactorCode, Instant now) {
    @Override
    public String toString() {
        return "ReviewContext[pageId=" + pageId + ", actor=" + actor.userKey() + ", decision=" + decision
                + ", round=" + round.number() + ", code=" + (twoFactorCode == null ? "none" : "***") + "]";
    }
}
