package app.auraworkflows.approval;

import app.auraworkflows.approval.HistoryEntry.HistoryType;
import app.auraworkflows.approval.HistoryEntry.TransitionTrigger;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Role: answers "what was approved, and does it still hold" for a page, from its history. An approval certifies
 * the text of one page version; once the page has a newer version, the approved state no longer describes the
 * current text, and every screen must say so rather than show a plain "approved".
 */
@Component
public class ApprovalStanding {
    private static final int CHUNK = 50;

    private final HistoryRepository history;

    public ApprovalStanding(HistoryRepository history) {
        this.history = Objects.requireNonNull(history, "history");
    }

    /**
     * The page's standing at {@code currentVersion}.
     *
     * @param pageId         the page
     * @param currentVersion the page's current version, or null when unknown (then nothing counts as changed)
     */
    public Standing of(long pageId, Integer currentVersion) {
        LastApproval last = null;
        boolean lastTransitionWasApproval = false;
        boolean sawTransition = false;
        HistoryEntry approvalTransition = null;
        // Newest first, within the current workflow instance (its APPLIED entry starts it).
        scan:
        for (int start = 0; ; start += CHUNK) {
            List<HistoryEntry> entries = history.page(pageId, start, CHUNK);
            for (HistoryEntry e : entries) {
                if (approvalTransition != null) {
                    // The entry just before an approval transition is the vote that closed the round.
                    boolean closingVote = e.type() == HistoryType.VOTE && Objects.equals(e.round(),
                            approvalTransition.round());
                    last = new LastApproval(approvalTransition.round() == null ? 0 : approvalTransition.round(),
                            closingVote ? e.pageVersion() : null, closingVote ? e.contentSha256() : null,
                            approvalTransition.at());
                    break scan;
                }
                if (e.type() == HistoryType.APPLIED) {
                    break scan;
                }
                if (e.type() == HistoryType.TRANSITION) {
                    boolean approval = e.trigger() == TransitionTrigger.APPROVAL;
                    if (!sawTransition) {
                        lastTransitionWasApproval = approval;
                        sawTransition = true;
                    }
                    if (approval) {
                        approvalTransition = e;
                    }
                }
            }
            if (entries.size() < CHUNK) {
                break;
            }
        }
        if (last == null && approvalTransition != null) {
            last = new LastApproval(approvalTransition.round() == null ? 0 : approvalTransition.round(), null, null,
                    approvalTransition.at());
        }
        return standing(last, lastTransitionWasApproval, currentVersion);
    }

    static Standing standing(LastApproval last, boolean inApprovedState, Integer currentVersion) {
        boolean changed = last != null && currentVersion != null && last.pageVersion() != null
                && !last.pageVersion().equals(currentVersion);
        return new Standing(last, changed, last != null && inApprovedState);
    }

    /**
     * @param lastApproval         the round that last closed by approval in the current instance, or null
     * @param changedSinceApproval the page's current version is not the version that round approved
     * @param inApprovedState      the page still sits in the state that approval moved it to (no transition since)
     */
    public record Standing(LastApproval lastApproval, boolean changedSinceApproval, boolean inApprovedState) {
        public static final Standing NONE = new Standing(null, false, false);
    }
}
