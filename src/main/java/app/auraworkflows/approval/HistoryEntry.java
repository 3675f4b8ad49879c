package app.auraworkflows.approval;

import java.time.Instant;

/**
 * One entry of a page's workflow history. Which fields are set depends on the type:
 * APPLIED (workflowId, toState), VOTE (round, decision, comment, twoFactorVerified, pageVersion; the actor's
 * full name is the name at signing), TRANSITION (fromState, toState, trigger, transitionKey, round for
 * approval/rejection and for a page edit that closed a round; a page edit also has the new pageVersion), REMOVED (workflowId, fromState = the state the page was in, round = the round it closed, if
 * one was open).
 *
 * @param pageId            the page
 * @param seq               the page's sequence number of the entry (1, 2, ...; unique per page; newest = highest)
 * @param type              APPLIED, VOTE, TRANSITION or REMOVED
 * @param at                when it happened
 * @param actorKey          user key of who caused it (the voter; the editor who selected or whose edit moved the
 *                          page; for an approval/rejection transition, the voter whose vote closed the round)
 * @param actorUsername     username at that time
 * @param actorFullName     full name at that time
 * @param workflowId        APPLIED: the workflow
 * @param round             VOTE and approval/rejection TRANSITION: the round
 * @param decision          VOTE: the decision
 * @param comment           VOTE: the comment
 * @param fromState         TRANSITION: the state left
 * @param toState           TRANSITION and APPLIED: the state entered
 * @param trigger           TRANSITION: APPROVAL, REJECTION, SELECTION or PAGE_EDIT
 * @param transitionKey     TRANSITION: the transition that fired
 * @param twoFactorVerified VOTE: a verified authenticator code came with it
 * @param pageVersion       VOTE: the page version reviewed (nullable); PAGE_EDIT TRANSITION: the version the edit
 *                          created
 * @param contentSha256     VOTE: SHA-256 (lower-case hex) of that version's body in storage format (nullable; votes
 *                          recorded before it was kept have none)
 */
public record HistoryEntry(
        long pageId,
        long seq,
        HistoryType type,
        Instant at,
        String actorKey,
        String actorUsername,
        String actorFullName,
        Long workflowId,
        Integer round,
        Decision decision,
        String comment,
        String fromState,
        String toState,
        TransitionTrigger trigger,
        String transitionKey,
        boolean twoFactorVerified,
        Integer pageVersion,
        String contentSha256) {

    /** An entry without a content fingerprint. */
    public HistoryEntry(long pageId, long seq, HistoryType type, Instant at, String actorKey, String actorUsername,
                        String actorFullName, Long workflowId, Integer round, Decision decision, String comment,
                        String fromState, String toState, TransitionTrigger trigger, String transitionKey,
                        boolean twoFactorVerified, Integer pageVersion) {
        this(pageId, seq, type, at, actorKey, actorUsername, actorFullName, workflowId, round, decision, comment,
                fromState, toState, trigger, transitionKey, twoFactorVerified, pageVersion, null);
    }

    public enum HistoryType { APPLIED, VOTE, TRANSITION, REMOVED }

    public enum TransitionTrigger { APPROVAL, REJECTION, SELECTION, PAGE_EDIT }

    public static HistoryEntry applied(long pageId, long seq, Instant at, Actor actor, long workflowId, String state) {
        return new HistoryEntry(pageId, seq, HistoryType.APPLIED, at, actor.userKey(), actor.username(),
                actor.fullName(), workflowId, null, null, null, null, state, null, null, false, null);
    }

    public static HistoryEntry vote(Vote vote) {
        return new HistoryEntry(vote.pageId(), vote.seq(), HistoryType.VOTE, vote.at(), vote.reviewerKey(),
                vote.username(), vote.fullName(), null, vote.round(), vote.decision(), vote.comment(), null, null,
                null, null, vote.twoFactorVerified(), vote.pageVersion(), vote.contentSha256());
    }

    public static HistoryEntry transition(long pageId, long seq, Instant at, Actor actor, String from, String to,
                                          TransitionTrigger trigger, String transitionKey, Integer round) {
        return new HistoryEntry(pageId, seq, HistoryType.TRANSITION, at, actor.userKey(), actor.username(),
                actor.fullName(), null, round, null, null, from, to, trigger, transitionKey, false, null);
    }

    /**
     * An edit moved the page: one entry says both that the page was edited (by whom, to which version) and where
     * the edit took it, so the history never shows the edit twice.
     */
    public static HistoryEntry edited(long pageId, long seq, Instant at, Actor editor, String from, String to,
                                      String transitionKey, Integer round, Integer pageVersion) {
        return new HistoryEntry(pageId, seq, HistoryType.TRANSITION, at, editor.userKey(), editor.username(),
                editor.fullName(), null, round, null, null, from, to, TransitionTrigger.PAGE_EDIT, transitionKey, false,
                pageVersion);
    }

    /** The workflow was removed from the page; the entry keeps who, when, which workflow and the state left. */
    public static HistoryEntry removed(long pageId, long seq, Instant at, Actor actor, long workflowId, String state,
                                       Integer round) {
        return new HistoryEntry(pageId, seq, HistoryType.REMOVED, at, actor.userKey(), actor.username(),
                actor.fullName(), workflowId, round, null, null, state, null, null, null, false, null);
    }
}
