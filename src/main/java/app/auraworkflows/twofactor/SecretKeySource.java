package app.auraworkflows.twofactor;

/**
 * Port: where the AES-256 key that encrypts authenticator secrets comes from. The key lives outside
 * the database (a file in the shared home, see {@code confluence/}), so a database dump alone reveals
 * no secret.
 */
public interface SecretKeySource {
    /** The version of the key new secrets are encrypted with. */
    int currentVersion();

    /**
     * The raw 32-byte key for {@code version}, created on first use for the current version.
     *
     * @throws IllegalStateException when the key is missing or unreadable (callers fail closed)
     */
    byte[] key(int version);
}
