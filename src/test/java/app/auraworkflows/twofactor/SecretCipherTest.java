package app.auraworkflows.twofactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** AES-256-GCM at rest: round trip, random IVs, and fail-closed on every kind of tampering. */
class SecretCipherTest {
    static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    final SecureRandom random = new SecureRandom();
    final Fakes.FixedKey keys = new Fakes.FixedKey((byte) 1);
    final SecretCipher cipher = new SecretCipher(keys, () -> random);

    @Test
    void aSealedSecretOpensForItsOwnRow() {
        SealedSecret sealed = cipher.seal("key-alice", SECRET);
        assertEquals(1, sealed.keyVersion());
        assertEquals(SECRET, cipher.open("key-alice", sealed));
    }

    @Test
    void theStoredTextRevealsNothingAndDiffersEachTime() {
        SealedSecret first = cipher.seal("key-alice", SECRET);
        SealedSecret second = cipher.seal("key-alice", SECRET);
        assertFalse(first.ciphertext().contains(SECRET));
        assertNotEquals(first.ciphertext(), second.ciphertext(), "a fresh IV per encryption");
        assertEquals(12 + 32 + 16, Base64.getDecoder().decode(first.ciphertext()).length);
        assertFalse(first.toString().contains(first.ciphertext()));
    }

    @Test
    void aTamperedCiphertextFailsClosed() {
        SealedSecret sealed = cipher.seal("key-alice", SECRET);
        byte[] bytes = Base64.getDecoder().decode(sealed.ciphertext());
        bytes[20] ^= 1;
        SealedSecret tampered = new SealedSecret(Base64.getEncoder().encodeToString(bytes), 1);
        assertFailsClosed(() -> cipher.open("key-alice", tampered));
    }

    @Test
    void aCiphertextMovedToAnotherUsersRowFailsClosed() {
        SealedSecret alices = cipher.seal("key-alice", SECRET);
        assertFailsClosed(() -> cipher.open("key-bob", alices));
    }

    @Test
    void aChangedKeyVersionFailsClosed() {
        SealedSecret sealed = cipher.seal("key-alice", SECRET);
        assertFailsClosed(() -> cipher.open("key-alice", new SealedSecret(sealed.ciphertext(), 2)));
    }

    @Test
    void aMissingKeyFailsClosed() {
        SealedSecret sealed = cipher.seal("key-alice", SECRET);
        keys.remove();
        assertFailsClosed(() -> cipher.open("key-alice", sealed));
        assertFailsClosed(() -> cipher.seal("key-alice", SECRET));
    }

    @Test
    void anotherKeyFailsClosed() {
        SealedSecret sealed = cipher.seal("key-alice", SECRET);
        SecretCipher otherKey = new SecretCipher(new Fakes.FixedKey((byte) 2), () -> random);
        assertFailsClosed(() -> otherKey.open("key-alice", sealed));
    }

    @Test
    void malformedStoredDataFailsClosed() {
        assertFailsClosed(() -> cipher.open("key-alice", new SealedSecret("not base64!!", 1)));
        assertFailsClosed(() -> cipher.open("key-alice", new SealedSecret("AAAA", 1)));
        assertFailsClosed(() -> cipher.open("key-alice", new SealedSecret(null, 1)));
    }

    @Test
    void aKeyOfTheWrongLengthIsRefused() {
        SecretKeySource shortKey = new SecretKeySource() {
            @Override
            public int currentVersion() {
                return 1;
            }

            @Override
            public byte[] key(int version) {
                return new byte[16];
            }
        };
        assertFailsClosed(() -> new SecretCipher(shortKey, () -> random).seal("key-alice", SECRET));
    }

    private static void assertFailsClosed(org.junit.jupiter.api.function.Executable action) {
        TwoFactorUnavailableException e = assertThrows(TwoFactorUnavailableException.class, action);
        assertTrue(!e.getMessage().contains(SECRET));
    }
}
