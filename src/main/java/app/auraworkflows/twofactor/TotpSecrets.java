package app.auraworkflows.twofactor;

import java.util.Objects;
import org.apache.commons.codec.binary.Base32;
import org.springframework.stereotype.Component;

/**
 * Creates authenticator secrets: 160 random bits from the injected {@link RandomSource}, as unpadded
 * Base32 (exactly 32 characters; the Key Uri Format says padding should be omitted). Also formats a
 * secret for manual entry.
 */
@Component
public class TotpSecrets {
    private final RandomSource randomSource;

    public TotpSecrets(RandomSource randomSource) {
        this.randomSource = Objects.requireNonNull(randomSource, "randomSource");
    }

    /** A fresh secret: 32 characters of {@code A-Z2-7}. */
    public String newSecret() {
        byte[] bytes = new byte[TwoFactorSettings.SECRET_BYTES];
        randomSource.secureRandom().nextBytes(bytes);
        // 20 bytes are a whole number of 5-byte Base32 blocks, so there is never padding to strip.
        return new Base32().encodeToString(bytes);
    }

    /** The secret in groups of four characters for reading ({@code "ABCD EFGH ..."}). */
    public static String groupForReading(String secret) {
        StringBuilder grouped = new StringBuilder(secret.length() + secret.length() / 4);
        for (int i = 0; i < secret.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                grouped.append(' ');
            }
            grouped.append(secret.charAt(i));
        }
        return grouped.toString();
    }
}
