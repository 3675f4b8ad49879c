package app.auraworkflows.twofactor;

/**
 * The current user's 2FA setup as the user screen and {@code GET /2fa/me} show it.
 *
 * @param status      NOT_ENABLED, PENDING, EXPIRED (pending for too long: no secret, ask an administrator) or ACTIVE
 * @param issuer      "Aura Workflows (&lt;site title&gt;)"
 * @param accountName the username shown in the authenticator app
 * @param manualKey   the Base32 secret grouped in fours for reading; only while PENDING, else null
 * @param otpauthUri  the Key Uri Format URI; only while PENDING, else null
 * @param lockedUntil when the user's lockout ends, if they are locked now (too many wrong codes), else null: the
 *                    user is told, so that wrong codes they did not enter are reported to an administrator
 * @param lockedUntilUnlock the user is locked until an administrator unlocks ({@code lockedUntil} is then null)
 * @param activatedAt   when an ACTIVE setup was confirmed, else null
 * @param activatedFrom the client that confirmed it (null if unknown): "Not you? Tell an administrator."
 */
public record MySetup(SetupStatus status, String issuer, String accountName, String manualKey, String otpauthUri,
                      java.time.Instant lockedUntil, boolean lockedUntilUnlock, java.time.Instant activatedAt,
                      ClientInfo activatedFrom) {

    public MySetup(SetupStatus status, String issuer, String accountName, String manualKey, String otpauthUri) {
        this(status, issuer, accountName, manualKey, otpauthUri, null);
    }

    public MySetup(SetupStatus status, String issuer, String accountName, String manualKey, String otpauthUri,
                   java.time.Instant lockedUntil) {
        this(status, issuer, accountName, manualKey, otpauthUri, lockedUntil, false, null, null);
    }

    @Override
    public String toString() {
        // Never let the secret or the URI reach a log line through toString().
        return "MySetup[status=" + status + ", accountName=" + accountName + "]";
    }
}
