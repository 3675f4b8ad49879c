package app.auraworkflows.kernel;

/**
 * A Confluence user as the 2FA feature sees it, read through the {@link UserDirectory} port.
 *
 * @param userKey  the stable user key (what every 2FA row is keyed by)
 * @param username the login name
 * @param fullName the display name
 * @param email    the e-mail address (may be empty)
 * @param active   false for deactivated or unlicensed users, who may not be enrolled
 */
public record DirectoryUser(String userKey, String username, String fullName, String email, boolean active) {
}
