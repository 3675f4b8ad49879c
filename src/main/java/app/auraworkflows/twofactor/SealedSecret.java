package app.auraworkflows.twofactor;

/**
 * An encrypted authenticator secret as stored in the enrolment row.
 *
 * @param ciphertext Base64 of {@code IV(12) || AES-GCM ciphertext || tag(16)}
 * @param keyVersion version of the key that encrypted it (also bound into the associated data)
 */
public record SealedSecret(String ciphertext, int keyVersion) {
    @Override
    public String toString() {
        return "SealedSecret[keyVersion=" + keyVersion + "]";
    }
}
