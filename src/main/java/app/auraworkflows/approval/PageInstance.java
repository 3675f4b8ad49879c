package app.auraworkflows.approval;

import java.time.Instant;
import java.util.Optional;

/**
 * A workflow applied to a page: the page's current state and, in an approval state, the open round.
 *
 * @param pageId        the Confluence page (content) id
 * @param workflowId    the applied workflow
 * @param stateKey      the current state
 * @param previousState the state before the last transition (null right after applying)
 * @param version       number of history entries written for the page so far; every change of the page's
 *                      workflow appends entries numbered {@code version + 1, ...}, and those numbers are
 *                      UNIQUE in the database: that is the page's compare-and-set (see {@link HistoryRepository})
 * @param lastRound     number of the latest round opened on this page (0 if none yet)
 * @param openRound     the open approval round, or null when the current state has no approval
 * @param appliedAt     when the workflow was applied
 * @param appliedBy     user key of who applied it
 * @param enteredAt     when the page entered the current state
 * @param enteredPageVersion the page's Confluence version when it entered the current state (null when unknown,
 *                      e.g. for instances stored before it was kept). An edit moves the page only when it creates a
 *                      newer version: that makes an edit event delivered twice, or late, move the page at most once
 * @param enteredBy     full name, at the time, of who moved the page into the current state (applied, selected,
 *                      cast the closing vote, or edited); null for instances stored before it was kept. Open tasks
 *                      show it as "requested by"
 * @param enteredByApproval whether the page entered the current state because a round closed with approval (then
 *                      it stands approved until the page changes); null for instances stored before it was kept,
 *                      when only the history can tell
 */
public record PageInstance(
        long pageId,
        long workflowId,
        String stateKey,
        String previousState,
        long version,
        int lastRound,
        ApprovalRound openRound,
        Instant appliedAt,
        String appliedBy,
        Instant enteredAt,
        Integer enteredPageVersion,
        String enteredBy,
        Boolean enteredByApproval) {

    /** An instance whose entry into its state is not known to have been an approval (stored before that was kept). */
    public PageInstance(long pageId, long workflowId, String stateKey, String previousState, long version,
                        int lastRound, ApprovalRound openRound, Instant appliedAt, String appliedBy, Instant enteredAt,
                        Integer enteredPageVersion, String enteredBy) {
        this(pageId, workflowId, stateKey, previousState, version, lastRound, openRound, appliedAt, appliedBy,
                enteredAt, enteredPageVersion, enteredBy, null);
    }

    /** Whether an edit that created page version {@code pageVersion} is newer than the state's entry. */
    public boolean editIsNewer(int pageVersion) {
        return enteredPageVersion == null || pageVersion > enteredPageVersion;
    }

    public Optional<ApprovalRound> round() {
        return Optional.ofNullable(openRound);
    }

    public PageInstance withVersion(long newVersion) {
        return new PageInstance(pageId, workflowId, stateKey, previousState, newVersion, lastRound, openRound,
                appliedAt, appliedBy, enteredAt, enteredPageVersion, enteredBy, enteredByApproval);
    }

    /** This instance, marked as having entered its state by an approval (or not). */
    public PageInstance withEnteredByApproval(boolean byApproval) {
        return new PageInstance(pageId, workflowId, stateKey, previousState, version, lastRound, openRound,
                appliedAt, appliedBy, enteredAt, enteredPageVersion, enteredBy, byApproval);
    }
}
