package app.auraworkflows.approval;

/**
 * What happened to a review. Every outcome but RECORDED leaves the workflow exactly as it was. The engine names
 * the outcome only; HTTP statuses and wire codes are the REST layer's ({@code rest/PageWorkflowResource}).
 */
public enum ReviewOutcome {
    /** The vote was recorded; the result says whether the round closed. */
    RECORDED,
    /** Unknown decision, missing round number or an over-long comment. */
    INVALID_INPUT,
    /** The page has no workflow or is not in an approval state. */
    NO_PENDING_APPROVAL,
    /**
     * A "Require 2FA" step and the review did not name the page version it was given for.
     */
    VERSION_REQUIRED,
    /** The round changed since the reviewer opened it. */
    STALE_ROUND,
    /**
     * The version the reviewer was shown is not the page's current version: a
     * signature is recorded only against the version its signer saw. Decided before anything else, so no code is
     * used up on a review that cannot be recorded.
     */
    PAGE_CHANGED,
    /** Not a named reviewer nor a member of a reviewer group, or cannot view the page. */
    NOT_A_REVIEWER,
    /** A "Require 2FA" step and no verified code; the fail-closed backstop. */
    TWO_FACTOR_REQUIRED,
    /**
     * "Reviewers cannot approve their own changes" and the reviewer created the page or saved the version under
     * review; nothing is recorded and the other reviewers continue.
     */
    SELF_REVIEW,
    /** The {@link ReviewGuard} refused; {@link ReviewResult#guardRefusal()} says why. */
    REFUSED_BY_GUARD
}
