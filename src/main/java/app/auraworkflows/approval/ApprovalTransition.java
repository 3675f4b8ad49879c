package app.auraworkflows.approval;

import java.util.List;

/**
 * An approval transition out of state {@code from}: the page waits there while reviewers vote, and moves to
 * {@code approveTo} or {@code rejectTo} once a threshold is met (the rules: {@link ApprovalRules}).
 *
 * @param key              unique within the workflow
 * @param from             the approval state
 * @param approveTo        where an approved round goes
 * @param rejectTo         where a rejected round goes
 * @param reviewers        preassigned reviewers (named users and groups)
 * @param minApprovals     "Min. approvals" (default 1)
 * @param minRejections    "Min. rejections" (default 1)
 * @param requireAll       "Require all reviewers approval" (default false)
 * @param approveLabel     optional custom label of the approve option (null = default)
 * @param rejectLabel      optional custom label of the reject option (null = default)
 * @param requireTwoFactor "Require 2FA" (default false): every review needs a verified authenticator code
 * @param excludeAuthors   "Reviewers cannot approve their own changes" (default false): the page's creator and
 *                         the editor of the version under review may not review it
 */
public record ApprovalTransition(
        String key,
        String from,
        String approveTo,
        String rejectTo,
        Reviewers reviewers,
        int minApprovals,
        int minRejections,
        boolean requireAll,
        String approveLabel,
        String rejectLabel,
        boolean requireTwoFactor,
        boolean excludeAuthors) implements WorkflowTransition {

    public static final int DEFAULT_MIN_APPROVALS = 1;
    public static final int DEFAULT_MIN_REJECTIONS = 1;

    public ApprovalTransition {
        reviewers = reviewers == null ? Reviewers.NONE : reviewers;
    }

    /** An approval that lets authors review (the option's default). */
    public ApprovalTransition(String key, String from, String approveTo, String rejectTo, Reviewers reviewers,
                              int minApprovals, int minRejections, boolean requireAll, String approveLabel,
                              String rejectLabel, boolean requireTwoFactor) {
        this(key, from, approveTo, rejectTo, reviewers, minApprovals, minRejections, requireAll, approveLabel,
                rejectLabel, requireTwoFactor, false);
    }

    /** An approval with the defaults: 1 approval, 1 rejection, not require-all, default labels, no 2FA. */
    public static ApprovalTransition of(String key, String from, String approveTo, String rejectTo, Reviewers reviewers) {
        return new ApprovalTransition(key, from, approveTo, rejectTo, reviewers, DEFAULT_MIN_APPROVALS,
                DEFAULT_MIN_REJECTIONS, false, null, null, false);
    }

    public ApprovalTransition withThresholds(int approvals, int rejections, boolean all) {
        return new ApprovalTransition(key, from, approveTo, rejectTo, reviewers, approvals, rejections, all,
                approveLabel, rejectLabel, requireTwoFactor, excludeAuthors);
    }

    public ApprovalTransition withRequireTwoFactor(boolean required) {
        return new ApprovalTransition(key, from, approveTo, rejectTo, reviewers, minApprovals, minRejections,
                requireAll, approveLabel, rejectLabel, required, excludeAuthors);
    }

    public ApprovalTransition withLabels(String approve, String reject) {
        return new ApprovalTransition(key, from, approveTo, rejectTo, reviewers, minApprovals, minRejections,
                requireAll, approve, reject, requireTwoFactor, excludeAuthors);
    }

    public ApprovalTransition withExcludeAuthors(boolean exclude) {
        return new ApprovalTransition(key, from, approveTo, rejectTo, reviewers, minApprovals, minRejections,
                requireAll, approveLabel, rejectLabel, requireTwoFactor, exclude);
    }

    @Override
    public TransitionKind kind() {
        return TransitionKind.APPROVAL;
    }

    @Override
    public List<String> targets() {
        return approveTo == null || approveTo.equals(rejectTo)
                ? (rejectTo == null ? List.of() : List.of(rejectTo))
                : (rejectTo == null ? List.of(approveTo) : List.of(approveTo, rejectTo));
    }
}
