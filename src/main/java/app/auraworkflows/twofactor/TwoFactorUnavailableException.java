package app.auraworkflows.twofactor;

/**
 * A code could not be checked because the stored secret is unusable: the encryption key is missing or
 * wrong, or the ciphertext was tampered with or moved to another user's row. Verification FAILS CLOSED:
 * no code is accepted; the REST/web layer answers with a server error and asks the user to contact an
 * admin (re-adding the user creates a new secret). The message never contains a secret, URI or code.
 */
public class TwoFactorUnavailableException extends RuntimeException {
    public TwoFactorUnavailableException(String message) {
        super(message);
    }

    public TwoFactorUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
