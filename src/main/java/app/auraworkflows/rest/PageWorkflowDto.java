package app.auraworkflows.rest;

import app.auraworkflows.approval.ApprovalStatus;
import app.auraworkflows.approval.PageWorkflowStatus;
import app.auraworkflows.approval.ReviewerStatus;

import java.util.List;

/**
 * {@code GET /pages/{pageId}/workflow}: the documented fields ({@code workflowId, state, approval})
 * plus what the panel needs (previous/next states, selections for editors, the viewer's own rights and vote, and on
 * a protected step the viewer's own 2FA setup status as {@code myTwoFactor}).
 */
public record PageWorkflowDto(long pageId, long workflowId, String workflowName, StateDto state, StateDto previous,
                              List<StateDto> next, ApprovalDto approval, List<SelectionDto> selections,
                              boolean canReview, String myVote, boolean canEdit, String myTwoFactor) {

    /**
     * @param myTwoFactor on a protected step the caller can review: their 2FA setup status (NOT_ENABLED, PENDING or
     *                    ACTIVE); else null
     */
    static PageWorkflowDto from(PageWorkflowStatus status, String myTwoFactor) {
        return new PageWorkflowDto(status.pageId(), status.workflowId(), status.workflowName(),
                StateDto.of(status.state()), StateDto.of(status.previous()),
                status.next().stream().map(StateDto::of).toList(),
                ApprovalDto.from(status.approval()),
                // Selections are an editor's action; other viewers are not shown them at all.
                status.viewerCanEdit() ? status.selections().stream()
                        .map(s -> new SelectionDto(s.transitionKey(), StateDto.of(s.to()))).toList() : List.of(),
                status.viewerCanReview(), status.viewerVote() == null ? null : status.viewerVote().name(),
                status.viewerCanEdit(), myTwoFactor);
    }

    /** The open round. */
    public record ApprovalDto(int round, String transitionKey, String approveLabel, String rejectLabel,
                              StateDto approveTo, StateDto rejectTo, List<ReviewerDto> reviewers,
                              List<String> groups, int approvals, int rejections, int minApprovals,
                              int minRejections, boolean requireAll, boolean requireTwoFactor) {
        static ApprovalDto from(ApprovalStatus a) {
            if (a == null) {
                return null;
            }
            return new ApprovalDto(a.round(), a.transitionKey(), a.approveLabel(), a.rejectLabel(),
                    StateDto.of(a.approveTo()), StateDto.of(a.rejectTo()),
                    a.reviewers().stream().map(ReviewerDto::from).toList(), a.groups(), a.approvals(),
                    a.rejections(), a.minApprovals(), a.minRejections(), a.requireAll(), a.requireTwoFactor());
        }
    }

    /** A reviewer with their current vote (null = not voted yet). */
    public record ReviewerDto(String username, String fullName, String vote, boolean named, List<String> viaGroups) {
        static ReviewerDto from(ReviewerStatus r) {
            return new ReviewerDto(r.username(), r.fullName(), r.vote() == null ? null : r.vote().name(), r.named(),
                    r.viaGroups());
        }
    }

    /** A selection transition the (editing) viewer can take. */
    public record SelectionDto(String transitionKey, StateDto to) {
    }
}
