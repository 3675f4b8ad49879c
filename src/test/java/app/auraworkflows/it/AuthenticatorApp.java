package app.auraworkflows.it;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

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

    /**
     * A well-formed code that is none of the codes of the steps from two before to two after now, so it is
     * wrong for the server's ±1 window however the clocks fall.
     */
    public static String wrongCode(String manualKey) {
        Instant now = Instant.now();
        Set<String> near = new HashSet<>();
        for (int s = -2; s <= 2; s++) {
            near.add(codeAt(manualKey, now.plusSeconds(30L * s)));
        }
        for (int i = 0; ; i++) {
            String candidate = String.format("%06d", (123456 + i * 7919) % 1_000_000);
            if (!near.contains(candidate)) {
                return candidate;
            }
        }
    }

    /**
     * Waits, if needed, for the next 30-second step so that at least {@code seconds} of the current step are
     * left. Tests call it before a run of code checks whose outcome must not change because a code expired
     * on a step boundary in the middle (the server shares this machine's clock).
     */
    public static void awaitSecondsLeftInStep(int seconds) {
        if (seconds < 1 || seconds > 25) {
            throw new IllegalArgumentException("seconds must be 1..25: " + seconds);
        }
        long left = 30_000 - Math.floorMod(System.currentTimeMillis(), 30_000L);
        if (left < seconds * 1000L) {
            try {
                Thread.sleep(left + 100); // into the next step, past the boundary's rounding
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
