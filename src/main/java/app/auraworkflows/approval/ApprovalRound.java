package app.auraworkflows.approval;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The open approval round of a page: a snapshot taken when the page entered the approval state, so that
 * editing the workflow never reshapes a running round. Named reviewers are resolved users; groups are kept
 * by name and their membership is checked live at vote time.
 *
 * @param number           round number of the page (1, 2, ...; every entry into an approval state opens a new one)
 * @param transitionKey    the approval transition being decided
 * @param stateKey         the approval state the page is in
 * @param approveTo        target on approval (snapshot)
 * @param rejectTo         target on rejection (snapshot)
 * @param minApprovals     snapshot of "Min. approvals"
 * @param minRejections    snapshot of "Min. rejections"
 * @param requireAll       snapshot of "Require all reviewers approval"
 * @param requireTwoFactor snapshot of "Require 2FA"
 * @param approveLabel     custom approve label (null = default)
 * @param rejectLabel      custom reject label (null = default)
 * @param namedReviewers   resolved named reviewers (unknown or deactivated usernames were dropped)
 * @param groups           reviewer group names
 * @param openedAt         when the page entered the approval state
 * @param excludeAuthors   snapshot of "Reviewers cannot approve their own changes"
 */
public record ApprovalRound(
        int number,
        String transitionKey,
        String stateKey,
        String approveTo,
        String rejectTo,
        int minApprovals,
        int minRejections,
        boolean requireAll,
        boolean requireTwoFactor,
        String approveLabel,
        String rejectLabel,
        List<Reviewer> namedReviewers,
        List<String> groups,
        Instant openedAt,
        boolean excludeAuthors) {

    public ApprovalRound {
        namedReviewers = namedReviewers == null ? List.of() : List.copyOf(namedReviewers);
        groups = groups == null ? List.of() : List.copyOf(groups);
    }

    /** A round that lets authors review. */
    public ApprovalRound(int number, String transitionKey, String stateKey, String approveTo, String rejectTo,
                         int minApprovals, int minRejections, boolean requireAll, boolean requireTwoFactor,
                         String approveLabel, String rejectLabel, List<Reviewer> namedReviewers, List<String> groups,
                         Instant openedAt) {
        this(number, transitionKey, stateKey, approveTo, rejectTo, minApprovals, minRejections, requireAll,
                requireTwoFactor, approveLabel, rejectLabel, namedReviewers, groups, openedAt, false);
    }

    public Optional<Reviewer> namedReviewer(String userKey) {
        return namedReviewers.stream().filter(r -> r.userKey().equals(userKey)).findFirst();
    }

    public boolean isNamed(String userKey) {
        return namedReviewer(userKey).isPresent();
    }
}
