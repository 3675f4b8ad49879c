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
 * @param pageVersion   the page version reviewed, when known (recorded with the vote), or null
 * @param contentSha256 SHA-256 of that version's body in storage format (recorded with the vote), or null
 * @param versionNamed  the reviewer's client named the version it showed them; a protected step requires it, so a
 *                      signature always names a version its signer saw rather than whatever was current
 */
public record ReviewRequest(long pageId, Actor actor, String decision, String comment, Integer round,
                            String twoFactorCode, Integer pageVersion, String contentSha256, boolean versionNamed) {
    public ReviewRequest {
        Objects.requireNonNull(actor, "actor");
    }

    /** A review whose version, when given, was named by the client, with no content fingerprint. */
    public ReviewRequest(long pageId, Actor actor, String decision, String comment, Integer round,
                         String twoFactorCode, Integer pageVersion) {
        this(pageId, actor, decision, comment, round, twoFactorCode, pageVersion, null, pageVersion != null);
    }

    public ReviewRequest(long pageId, Actor actor, String decision, String comment, Integer round) {
        this(pageId, actor, decision, comment, round, null, null, null, false);
    }

    @Override
    public String toString() {
        return "ReviewRequest[pageId=" + pageId + ", actor=" + actor.userKey() + ", decision=" + decision
                + ", round=" + round + ", code=" + (twoFactorCode == null ? "none" : "***") + "]";
    }
}
