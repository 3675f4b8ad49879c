package app.auraworkflows.approval;

import java.time.Instant;
import java.util.List;

/**
 * The open approval round as the panel and {@code GET /pages/{id}/workflow} show it.
 *
 * @param round            round number (the client sends it back with a review)
 * @param transitionKey    the approval transition
 * @param approveLabel     custom approve label, or null for the default
 * @param rejectLabel      custom reject label, or null for the default
 * @param approveTo        where approval leads
 * @param rejectTo         where rejection leads
 * @param reviewers        named reviewers and group voters, with current votes
 * @param groups           reviewer groups
 * @param approvals        current approvals
 * @param rejections       current rejections
 * @param minApprovals     snapshot threshold
 * @param minRejections    snapshot threshold
 * @param requireAll       snapshot "Require all reviewers approval"
 * @param requireTwoFactor snapshot "Require 2FA"
 * @param openedAt         when the round opened
 */
public record ApprovalStatus(int round, String transitionKey, String approveLabel, String rejectLabel,
                             StateView approveTo, StateView rejectTo, List<ReviewerStatus> reviewers,
                             List<String> groups, int approvals, int rejections, int minApprovals,
                             int minRejections, boolean requireAll, boolean requireTwoFactor, Instant openedAt) {
    public ApprovalStatus {
        reviewers = List.copyOf(reviewers);
        groups = List.copyOf(groups);
    }
}
