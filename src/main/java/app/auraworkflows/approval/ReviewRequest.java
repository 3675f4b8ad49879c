package app.auraworkflows.approval;

import java.util.Objects;

/**
 * A reviewer's review as the client sent it (the service validates it).
 *
 * @param pageId        the page
 * @param actor         the signed-in reviewer
 * @param decision      raw decision text; only {@code APPROVE} and {@code REJECT} are accepted
 * @param comment       optional comment (at most {@link ReviewService#MAX_COMMENT} characters)
 * @param round         the round number the reviewer saw when they opened the review (required)
 * @param twoFactorCode the authenticator code for a protected step, or null (never logged)
 * @param pageVersion   the page's current version, when known (recorded with the vote), or null
 * @param contentSha256 SHA-256 of that version's body in storage format (recorded with the vote), or null
 * @param shownVersion  the version the reviewer's client showed them, or null when it named none; a protected step
 *                      requires it, and a review is recorded only when it is the current version, so a signature
 *                      always belongs to the text its signer saw
 * @param viewChecked   the caller has already found, on the page object {@code pageVersion} was read from, that the
 *                      actor may view the page (Confluence's VIEW): the review does not ask Confluence again. False:
 *                      the review asks it ({@link ReviewerEligibility})
 */
public record ReviewRequest(long pageId, Actor actor, String decision, String comment, Integer round,
                            String twoFactorCode, Integer pageVersion, String contentSha256, Integer shownVersion,
                            boolean viewChecked) {
    public ReviewRequest {
        Objects.requireNonNull(actor, "actor");
    }

    /** A review whose page right the review service asks itself. */
    public ReviewRequest(long pageId, Actor actor, String decision, String comment, Integer round,
                         String twoFactorCode, Integer pageVersion, String contentSha256, Integer shownVersion) {
        this(pageId, actor, decision, comment, round, twoFactorCode, pageVersion, contentSha256, shownVersion, false);
    }

    /** A review whose version, when given, was named by the client, with no content fingerprint. */
    public ReviewRequest(long pageId, Actor actor, String decision, String comment, Integer round,
                         String twoFactorCode, Integer pageVersion) {
        this(pageId, actor, decision, comment, round, twoFactorCode, pageVersion, null, pageVersion);
    }

    public ReviewRequest(long pageId, Actor actor, String decision, String comment, Integer round) {
        this(pageId, actor, decision, comment, round, null, null, null, null);
    }

    /** Whether the client named the version it showed the reviewer. */
    public boolean versionNamed() {
        return shownVersion != null;
    }

    @Override
    public String toString() {
        return "ReviewRequest[pageId=" + pageId + ", actor=" + actor.userKey() + ", decision=" + decision
                + ", round=" + round + ", code=" + (twoFactorCode == null ? "none" : "***") + "]";
    }
}
