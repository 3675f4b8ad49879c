package app.auraworkflows.twofactor;

import java.time.Instant;

/**
 * One user's 2FA enrolment as stored (immutable; the encrypted secret never leaves the 2FA services).
 *
 * @param userKey         the user's key
 * @param username        username at the time the admin added the user
 * @param fullName        full name at the time the admin added the user (kept for search and lists)
 * @param status          PENDING until a valid code is confirmed, then ACTIVE
 * @param encryptedSecret AES-256-GCM ciphertext of the Base32 secret (see {@link SecretCipher})
 * @param keyVersion      version of the key that encrypted it
 * @param addedBy         username of the admin who added the user
 * @param addedAt         when the admin added the user
 * @param activatedAt     when setup was confirmed (null while PENDING)
 * @param lastUsedAt      when a code was last accepted for a protected approval (null if never)
 * @param activatedFrom   the client that confirmed the setup (null while PENDING, and on rows confirmed before
 *                        this was recorded)
 * @param activatedStep   the TOTP time step of the code that confirmed the setup (null as above): a replay of
 *                        exactly that code answers like the confirmation instead of counting as a failure
 */
public record Enrolment(
        String userKey,
        String username,
        String fullName,
        EnrolmentStatus status,
        String encryptedSecret,
        int keyVersion,
        String addedBy,
        Instant addedAt,
        Instant activatedAt,
        Instant lastUsedAt,
        ClientInfo activatedFrom,
        Long activatedStep) {

    /** An enrolment without activation details (PENDING rows, and rows confirmed before they were recorded). */
    public Enrolment(String userKey, String username, String fullName, EnrolmentStatus status, String encryptedSecret,
                     int keyVersion, String addedBy, Instant addedAt, Instant activatedAt, Instant lastUsedAt) {
        this(userKey, username, fullName, status, encryptedSecret, keyVersion, addedBy, addedAt, activatedAt,
                lastUsedAt, null, null);
    }

    @Override
    public String toString() {
        // Even the ciphertext stays out of log lines.
        return "Enrolment[userKey=" + userKey + ", username=" + username + ", status=" + status + "]";
    }
}
