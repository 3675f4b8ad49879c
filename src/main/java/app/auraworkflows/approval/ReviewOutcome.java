package app.auraworkflows.approval;

/** What happened to a review. Every outcome but RECORDED leaves the workflow exactly as it was. */
public enum ReviewOutcome {
    /** The vote was recorded (REST 200); the result says whether the round closed. */
    RECORDED,
    /** Unknown decision, missing round number or an over-long comment (REST 400 {@code INVALID_INPUT}). */
    INVALID_INPUT,
    /** The page has no workflow or is not in an approval state (REST 409 {@code NO_PENDING_APPROVAL}). */
    NO_PENDING_APPROVAL,
    /**
     * A "Require 2FA" step and the review did not name the page version it was given for (REST 400
     * {@code INVALID_INPUT}).
     */
    VERSION_REQUIRED,
    /** The round changed since the reviewer opened it (REST 409 {@code STALE_ROUND}). */
    STALE_ROUND,
    /**
     * The version the reviewer was shown is not the page's current version (REST 409 {@code PAGE_CHANGED}): a
     * signature is recorded only against the version its signer saw. Decided before anything else, so no code is
     * used up on a review that cannot be recorded.
     */
    PAGE_CHANGED,
    /** Not a named reviewer nor a member of a reviewer group, or cannot view the page (REST 403 {@code NOT_A_REVIEWER}). */
    NOT_A_REVIEWER,
    /** A "Require 2FA" step and no verified code (REST 403 {@code TWO_FACTOR_REQUIRED}); fail-closed backstop. */
    TWO_FACTOR_REQUIRED,
    /**
     * "Reviewers cannot approve their own changes" and the reviewer created the page or saved the version under
     * review (REST 403 {@code SELF_REVIEW}); nothing is recorded and the other reviewers continue.
     */
    SELF_REVIEW,
    /** The {@link ReviewGuard} refused; {@link ReviewResult#guardRefusal()} says why. */
    REFUSED_BY_GUARD
}
