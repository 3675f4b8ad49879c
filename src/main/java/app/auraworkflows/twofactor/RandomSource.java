package app.auraworkflows.twofactor;

import java.security.SecureRandom;

/**
 * Where the 2FA services get their {@link SecureRandom} (secrets, AES-GCM IVs). An interface so
 * components keep a single autowirable constructor: production gets {@link SystemRandomSource}; tests
 * pass {@code () -> someSecureRandom}.
 */
@FunctionalInterface
public interface RandomSource {
    SecureRandom secureRandom();
}
