package app.auraworkflows.twofactor;

import java.security.SecureRandom;
import org.springframework.stereotype.Component;

/**
 * Production {@link RandomSource}: one platform {@link SecureRandom} (thread-safe, self-seeding from the
 * operating system), shared by all callers.
 */
@Component
public class SystemRandomSource implements RandomSource {
    private final SecureRandom random = new SecureRandom();

    @Override
    public SecureRandom secureRandom() {
        return random;
    }
}
