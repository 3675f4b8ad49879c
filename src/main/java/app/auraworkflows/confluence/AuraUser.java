package app.auraworkflows.confluence;

/**
 * The signed-in user making a request, as {@link AuraPermissions} resolved it.
 *
 * @param userKey  the stable user key (what 2FA rows are keyed by)
 * @param username the login name (what admins see in lists and "added by")
 */
public record AuraUser(String userKey, String username) {
}
