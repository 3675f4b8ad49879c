package app.auraworkflows.rest;

import app.auraworkflows.approval.ApprovalStanding.Standing;
import app.auraworkflows.approval.ApprovalStatus;
import app.auraworkflows.approval.LastApproval;
import app.auraworkflows.approval.PageWorkflowStatus;
import app.auraworkflows.approval.ReviewerStatus;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * {@code GET /pages/{pageId}/workflow}: the documented fields ({@code workflowId, state, approval})
 * plus what the panel needs (previous/next states, selections for editors, the viewer's own rights (review, edit,
 * remove the workflow) and vote, whether the viewer is an author refused by "Reviewers cannot approve their own
 * changes" as {@code selfReview}, and on a protected step the viewer's own 2FA setup status as {@code myTwoFactor}),
 * and what was last approved: {@code lastApproval} (or null), {@code changedSinceApproval} (the page has a version
 * other than the approved one) and {@code inApprovedState} (the page still sits in the state that approval reached).
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE,
        creatorVisibility = Visibility.ANY)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PageWorkflowDto(@JsonProperty("pageId") long pageId, @JsonProperty("workflowId") long workflowId,
                              @JsonProperty("workflowName") String workflowName, @JsonProperty("state") StateDto state,
                              @JsonProperty("previous") StateDto previous, @JsonProperty("next") List<StateDto> next,
                              @JsonProperty("approval") ApprovalDto approval,
                              @JsonProperty("selections") List<SelectionDto> selections,
                              @JsonProperty("canReview") boolean canReview, @JsonProperty("myVote") String myVote,
                              @JsonProperty("canEdit") boolean canEdit,
                              @JsonProperty("myTwoFactor") String myTwoFactor,
                              @JsonProperty("canRemove") boolean canRemove,
                              @JsonProperty("selfReview") boolean selfReview,
                              @JsonProperty("lastApproval") LastApprovalDto lastApproval,
                              @JsonProperty("changedSinceApproval") boolean changedSinceApproval,
                              @JsonProperty("inApprovedState") boolean inApprovedState,
                              @JsonProperty("reviewersWithoutTwoFactor") List<String> reviewersWithoutTwoFactor) {

    static PageWorkflowDto from(PageWorkflowStatus status, String myTwoFactor) {
        return from(status, myTwoFactor, Standing.NONE, null);
    }

    /**
     * @param myTwoFactor on a protected step the caller can review: their 2FA setup status (NOT_ENABLED, PENDING or
     *                    ACTIVE); else null
     * @param reviewersWithoutTwoFactor on a protected step, for a caller who can edit the page: the full names of the
     *                    named reviewers whose 2FA is not active yet (so a round does not stall unseen); else null
     */
    static PageWorkflowDto from(PageWorkflowStatus status, String myTwoFactor, Standing standing,
                                List<String> reviewersWithoutTwoFactor) {
        return new PageWorkflowDto(status.pageId(), status.workflowId(), status.workflowName(),
                StateDto.of(status.state()), StateDto.of(status.previous()),
                status.next().stream().map(StateDto::of).toList(),
                ApprovalDto.from(status.approval()),
                // Selections are an editor's action; other viewers are not shown them at all.
                status.viewerCanEdit() ? status.selections().stream()
                        .map(s -> new SelectionDto(s.transitionKey(), StateDto.of(s.to()), s.label())).toList() : List.of(),
                status.viewerCanReview(), status.viewerVote() == null ? null : status.viewerVote().name(),
                status.viewerCanEdit(), myTwoFactor, status.viewerCanRemove(), status.viewerIsAuthor(),
                LastApprovalDto.from(standing.lastApproval()),
                standing.changedSinceApproval(), standing.inApprovedState(), reviewersWithoutTwoFactor);
    }

    /** The round that last closed by approval: the version its closing signature covered and when. */
    @JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
            isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE,
            creatorVisibility = Visibility.ANY)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record LastApprovalDto(@JsonProperty("round") int round, @JsonProperty("pageVersion") Integer pageVersion,
                                  @JsonProperty("contentSha256") String contentSha256,
                                  @JsonProperty("at") String at) {
        static LastApprovalDto from(LastApproval a) {
            return a == null ? null : new LastApprovalDto(a.round(), a.pageVersion(), a.contentSha256(),
                    a.at() == null ? null : a.at().toString());
        }
    }

    /** The open round. */
    @JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
            isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE,
            creatorVisibility = Visibility.ANY)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ApprovalDto(@JsonProperty("round") int round, @JsonProperty("transitionKey") String transitionKey,
                              @JsonProperty("approveLabel") String approveLabel,
                              @JsonProperty("rejectLabel") String rejectLabel,
                              @JsonProperty("approveTo") StateDto approveTo,
                              @JsonProperty("rejectTo") StateDto rejectTo,
                              @JsonProperty("reviewers") List<ReviewerDto> reviewers,
                              @JsonProperty("groups") List<String> groups, @JsonProperty("approvals") int approvals,
                              @JsonProperty("rejections") int rejections,
                              @JsonProperty("minApprovals") int minApprovals,
                              @JsonProperty("minRejections") int minRejections,
                              @JsonProperty("requireAll") boolean requireAll,
                              @JsonProperty("requireTwoFactor") boolean requireTwoFactor) {
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
    @JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
            isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE,
            creatorVisibility = Visibility.ANY)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ReviewerDto(@JsonProperty("username") String username, @JsonProperty("fullName") String fullName,
                              @JsonProperty("vote") String vote, @JsonProperty("named") boolean named,
                              @JsonProperty("viaGroups") List<String> viaGroups) {
        static ReviewerDto from(ReviewerStatus r) {
            return new ReviewerDto(r.username(), r.fullName(), r.vote() == null ? null : r.vote().name(), r.named(),
                    r.viaGroups());
        }
    }

    /** A selection transition the (editing) viewer can take. */
    @JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
            isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE,
            creatorVisibility = Visibility.ANY)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record SelectionDto(@JsonProperty("transitionKey") String transitionKey, @JsonProperty("to") StateDto to,
                               @JsonProperty("label") String label) {
    }
}
