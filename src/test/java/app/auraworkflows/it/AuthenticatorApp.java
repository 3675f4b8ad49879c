package app.auraworkflows.it;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import java.time.Instant;

/**
 * Test helper playing the user's authenticator app: computes the six-digit code for a manual key (as shown
 * on the setup screen, spaces allowed) at a given time, independently of the plugin's own verifier.
 */
public final class AuthenticatorApp {
    private AuthenticatorApp() {
    }

    public static String codeAt(String manualKey, Instant time) {
        String secret = manualKey.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        try {
            return new DefaultCodeGenerator().generate(secret, Math.floorDiv(time.getEpochSecond(), 30));
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("cannot compute a code", e);
        }
    }

    public static String currentCode(String manualKey) {
        return codeAt(manualKey, Instant.now());
    }

    /** A code for the next 30-second step, for tests that must not reuse the step a previous code used. */
    public static String nextStepCode(String manualKey) {
        return codeAt(manualKey, Instant.now().plusSeconds(30));
    }
}
