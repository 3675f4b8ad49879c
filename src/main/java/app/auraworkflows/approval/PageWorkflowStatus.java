package app.auraworkflows.approval;

import java.util.List;

/**
 * A page's workflow as the panel shows it to one viewer.
 *
 * @param pageId          the page
 * @param workflowId      the applied workflow
 * @param workflowName    its name (empty if it was deleted)
 * @param state           current state
 * @param previous        state before the last transition, or null
 * @param next            states the current state's transitions lead to (empty when terminal)
 * @param approval        the open round, or null when the state has no approval
 * @param selections      selection transitions out of the current state (for editors)
 * @param viewerCanReview the viewer is a reviewer of the open round (named, or a member of a reviewer group now)
 * @param viewerVote      the viewer's current vote in the open round, or null
 * @param viewerCanEdit   the viewer may edit the page (selection transitions)
 * @param viewerCanRemove the viewer may remove the workflow (space or Confluence administrator)
 * @param viewerIsAuthor  the open round excludes authors and the viewer created the page or saved the version
 *                        under review: their review would be refused (SELF_REVIEW)
 * @param enteredByApproval the page entered its state by an approval; false: certainly not (so it does not stand
 *                        approved, and the page view need not read the history to know); null: not known
 */
public record PageWorkflowStatus(long pageId, long workflowId, String workflowName, StateView state,
                                 StateView previous, List<StateView> next, ApprovalStatus approval,
                                 List<SelectionOption> selections, boolean viewerCanReview, Decision viewerVote,
                                 boolean viewerCanEdit, boolean viewerCanRemove, boolean viewerIsAuthor,
                                 Boolean enteredByApproval) {
    public PageWorkflowStatus {
        next = List.copyOf(next);
        selections = List.copyOf(selections);
    }

    /** A status whose state entry is not known (see {@code enteredByApproval}). */
    public PageWorkflowStatus(long pageId, long workflowId, String workflowName, StateView state, StateView previous,
                              List<StateView> next, ApprovalStatus approval, List<SelectionOption> selections,
                              boolean viewerCanReview, Decision viewerVote, boolean viewerCanEdit,
                              boolean viewerCanRemove, boolean viewerIsAuthor) {
        this(pageId, workflowId, workflowName, state, previous, next, approval, selections, viewerCanReview,
                viewerVote, viewerCanEdit, viewerCanRemove, viewerIsAuthor, null);
    }

    /** A status for a viewer who may not remove the workflow. */
    public PageWorkflowStatus(long pageId, long workflowId, String workflowName, StateView state, StateView previous,
                              List<StateView> next, ApprovalStatus approval, List<SelectionOption> selections,
                              boolean viewerCanReview, Decision viewerVote, boolean viewerCanEdit) {
        this(pageId, workflowId, workflowName, state, previous, next, approval, selections, viewerCanReview,
                viewerVote, viewerCanEdit, false, false);
    }

    /** Whether the viewer is a reviewer of an open round whose step requires 2FA (their setup then matters). */
    public boolean viewerReviewsProtectedStep() {
        return viewerCanReview && approval != null && approval.requireTwoFactor();
    }

    /** A selection transition an editor can take; {@code label} is its button label, or null for none. */
    public record SelectionOption(String transitionKey, StateView to, String label) {
    }
}
