package app.auraworkflows.twofactor;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Encrypts authenticator secrets at rest with AES-256-GCM, so a database dump alone reveals no secret
 * (the key comes from {@link SecretKeySource}, outside the database).
 *
 * <ul>
 *   <li>A fresh random 96-bit IV per encryption (never reused with one key).</li>
 *   <li>Associated data {@code aura-2fa-secret|v<keyVersion>|<userKey>} binds the ciphertext to its row
 *       and key version: copying a ciphertext into another user's row, or editing the stored version,
 *       makes decryption fail.</li>
 *   <li>Fail closed: a missing or wrong key, a bad tag, or malformed data throws
 *       {@link TwoFactorUnavailableException}; no code can then be accepted. Messages never include key,
 *       secret or ciphertext.</li>
 * </ul>
 */
@Component
public class SecretCipher {
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int KEY_BYTES = 32;

    private final SecretKeySource keys;
    private final RandomSource randomSource;

    public SecretCipher(SecretKeySource keys, RandomSource randomSource) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.randomSource = Objects.requireNonNull(randomSource, "randomSource");
    }

    /** Encrypts {@code secret} for the row of {@code userKey} with the current key. */
    public SealedSecret seal(String userKey, String secret) {
        Objects.requireNonNull(userKey, "userKey");
        Objects.requireNonNull(secret, "secret");
        int version = keys.currentVersion();
        byte[] iv = new byte[IV_BYTES];
        randomSource.secureRandom().nextBytes(iv);
        byte[] key = key(version);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData(version, userKey));
            byte[] encrypted = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[IV_BYTES + encrypted.length];
            System.arraycopy(iv, 0, out, 0, IV_BYTES);
            System.arraycopy(encrypted, 0, out, IV_BYTES, encrypted.length);
            return new SealedSecret(Base64.getEncoder().encodeToString(out), version);
        } catch (GeneralSecurityException e) {
            throw new TwoFactorUnavailableException("The authenticator secret could not be encrypted", e);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /**
     * Decrypts the secret stored in {@code userKey}'s row.
     *
     * @throws TwoFactorUnavailableException when it cannot be decrypted (fail closed)
     */
    public String open(String userKey, SealedSecret sealed) {
        Objects.requireNonNull(userKey, "userKey");
        byte[] data;
        try {
            data = Base64.getDecoder().decode(sealed.ciphertext());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw unavailable();
        }
        if (data.length < IV_BYTES + TAG_BITS / 8) {
            throw unavailable();
        }
        byte[] key = key(sealed.keyVersion());
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"),
                    new GCMParameterSpec(TAG_BITS, data, 0, IV_BYTES));
            cipher.updateAAD(associatedData(sealed.keyVersion(), userKey));
            byte[] plain = cipher.doFinal(data, IV_BYTES, data.length - IV_BYTES);
            try {
                return new String(plain, StandardCharsets.UTF_8);
            } finally {
                Arrays.fill(plain, (byte) 0);
            }
        } catch (GeneralSecurityException e) {
            throw unavailable(); // AEADBadTagException: tampered, moved to another row, or another key
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    private byte[] key(int version) {
        byte[] key;
        try {
            key = keys.key(version);
        } catch (RuntimeException e) {
            throw new TwoFactorUnavailableException("The 2FA encryption key (version " + version + ") is unavailable", e);
        }
        if (key == null || key.length != KEY_BYTES) {
            throw new TwoFactorUnavailableException("The 2FA encryption key (version " + version + ") is not a 256-bit key");
        }
        return key.clone();
    }

    private static byte[] associatedData(int version, String userKey) {
        return ("aura-2fa-secret|v" + version + "|" + userKey).getBytes(StandardCharsets.UTF_8);
    }

    private static TwoFactorUnavailableException unavailable() {
        return new TwoFactorUnavailableException(
                "The stored authenticator secret cannot be decrypted (wrong key, or the data was altered)");
    }
}
