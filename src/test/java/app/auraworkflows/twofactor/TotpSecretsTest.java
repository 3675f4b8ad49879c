package app.auraworkflows.twofactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;

/** New secrets are 160-bit, unpadded Base32, and distinct. */
class TotpSecretsTest {
    final SecureRandom random = new SecureRandom();
    final TotpSecrets secrets = new TotpSecrets(() -> random);

    @Test
    void aSecretIsThirtyTwoBase32CharactersWithoutPadding() {
        String secret = secrets.newSecret();
        assertEquals(32, secret.length());
        assertTrue(secret.matches("[A-Z2-7]{32}"), secret.replaceAll(".", "*"));
    }

    @Test
    void aSecretDecodesToTwentyBytes() {
        assertEquals(20, new Base32().decode(secrets.newSecret()).length);
    }

    @Test
    void aThousandSecretsAreDistinct() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            seen.add(secrets.newSecret());
        }
        assertEquals(1000, seen.size());
    }

    @Test
    void theSecretComesFromTheInjectedRandomSource() {
        SecureRandom zeros = new SecureRandom() {
            @Override
            public void nextBytes(byte[] bytes) {
                java.util.Arrays.fill(bytes, (byte) 0);
            }
        };
        assertEquals("A".repeat(32), new TotpSecrets(() -> zeros).newSecret());
    }

    @Test
    void theManualKeyIsGroupedInFours() {
        assertEquals("ABCD EFGH IJKL MNOP QRST UVWX YZ23 4567",
                TotpSecrets.groupForReading("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"));
    }
}
