package app.auraworkflows.approval;

import java.time.Instant;
import java.util.List;

/**
 * A reviewer of the open round with their current vote: every named reviewer (voted or not) and every group
 * member who has voted.
 *
 * @param userKey           user key
 * @param username          username (named: at resolution; voters: at their newest vote)
 * @param fullName          display name, same source
 * @param named             a named reviewer of the round
 * @param viaGroups         the reviewer groups they voted as a member of (empty for unvoted named reviewers)
 * @param vote              current vote, or null when they have not voted
 * @param votedAt           time of the current vote, or null
 * @param twoFactorVerified the current vote came with a verified code
 */
public record ReviewerStatus(String userKey, String username, String fullName, boolean named, List<String> viaGroups,
                             Decision vote, Instant votedAt, boolean twoFactorVerified) {
    public ReviewerStatus {
        viaGroups = List.copyOf(viaGroups);
    }
}
