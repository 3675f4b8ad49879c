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
        Instant lastUsedAt) {

    @Override
    public String toString() {
        // Even the ciphertext stays out of log lines.
        return "Enrolment[userKey=" + userKey + ", username=" + username + ", status=" + status + "]";
    }
}
