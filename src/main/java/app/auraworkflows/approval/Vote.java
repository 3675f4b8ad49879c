package app.auraworkflows.approval;

import java.time.Instant;
import java.util.List;

/**
 * One vote as cast (votes are never overwritten: a changed vote is a new row, the reviewer's newest row
 * of the round is their current vote).
 *
 * @param pageId            the page
 * @param round             the round voted in
 * @param seq               the page's history sequence number of this vote (orders votes; newest wins)
 * @param reviewerKey       user key of the voter
 * @param username          username at voting time
 * @param fullName          full name at voting time ("full name at signing")
 * @param decision          APPROVE or REJECT
 * @param comment           optional comment ("" when none)
 * @param at                when it was cast
 * @param named             whether the voter was a named reviewer of the round
 * @param viaGroups         the round's reviewer groups the voter was a member of at voting time
 * @param twoFactorVerified whether a verified authenticator code came with the vote
 * @param pageVersion       page version reviewed, when the caller knows it (nullable)
 * @param contentSha256     SHA-256 (lower-case hex) of that version's body in storage format (nullable; kept in
 *                          the history entry of the vote, not in the vote table, which only counts votes)
 */
public record Vote(
        long pageId,
        int round,
        long seq,
        String reviewerKey,
        String username,
        String fullName,
        Decision decision,
        String comment,
        Instant at,
        boolean named,
        List<String> viaGroups,
        boolean twoFactorVerified,
        Integer pageVersion,
        String contentSha256) {

    /** A vote without a content fingerprint. */
    public Vote(long pageId, int round, long seq, String reviewerKey, String username, String fullName,
                Decision decision, String comment, Instant at, boolean named, List<String> viaGroups,
                boolean twoFactorVerified, Integer pageVersion) {
        this(pageId, round, seq, reviewerKey, username, fullName, decision, comment, at, named, viaGroups,
                twoFactorVerified, pageVersion, null);
    }

    public Vote {
        viaGroups = viaGroups == null ? List.of() : List.copyOf(viaGroups);
        comment = comment == null ? "" : comment;
    }
}
