package app.auraworkflows.twofactor;

import java.util.List;

/**
 * Outcome of an admin adding users to 2FA.
 *
 * @param added            usernames now PENDING
 * @param alreadyEnrolled  usernames that were already PENDING or ACTIVE (left as they were)
 * @param unknown          usernames that do not exist or are deactivated (refused)
 */
public record AddUsersResult(List<String> added, List<String> alreadyEnrolled, List<String> unknown) {
}
