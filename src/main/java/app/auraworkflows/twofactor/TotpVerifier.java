package app.auraworkflows.twofactor;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;

/**
 * TOTP code matching (RFC 6238: 30 s steps, 6 digits, HMAC-SHA1, ±1 step) that tells WHICH time step
 * matched, so the caller can consume that step and refuse replays.
 *
 * <p>We do not use {@code DefaultCodeVerifier.isValidCode} of dev.samstevens.totp: it is stateless and
 * hides the matched step, so it cannot stop a code being used twice. Instead every step of the window is
 * computed with the library's {@link CodeGenerator} (no early exit, so timing does not reveal which step
 * matched) and compared with {@link MessageDigest#isEqual} on ASCII bytes (constant time). The caller
 * passes the instant it read from its clock once, so all steps refer to the same "now".
 *
 * <p>Spring uses the public no-argument constructor; tests use the package-private one to plug in a
 * counting generator.
 */
@Component
public class TotpVerifier {
    private final CodeGenerator generator;

    public TotpVerifier() {
        this(new DefaultCodeGenerator(HashingAlgorithm.SHA1, TwoFactorSettings.DIGITS));
    }

    TotpVerifier(CodeGenerator generator) {
        this.generator = Objects.requireNonNull(generator, "generator");
    }

    /** The time step (counter) an instant falls into. */
    public static long stepAt(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), TwoFactorSettings.PERIOD_SECONDS);
    }

    /**
     * The step whose code equals {@code code}, among the steps of the window around {@code now}; empty if
     * none. When several steps produce the same code, the newest is returned (consuming it also blocks the
     * older ones).
     *
     * @param base32Secret the user's secret (decrypted just for this check)
     * @param code         a well-formed code (see {@link CodeFormat}); anything else never matches
     * @throws TwoFactorUnavailableException if the secret cannot be used (fail closed)
     */
    public OptionalLong matchStep(String base32Secret, String code, Instant now) {
        if (!CodeFormat.isWellFormed(code)) {
            return OptionalLong.empty();
        }
        byte[] submitted = code.getBytes(StandardCharsets.US_ASCII);
        long current = stepAt(now);
        long matched = -1;
        for (long step = current - TwoFactorSettings.WINDOW_STEPS; step <= current + TwoFactorSettings.WINDOW_STEPS; step++) {
            if (step < 0) {
                continue;
            }
            byte[] expected = generate(base32Secret, step).getBytes(StandardCharsets.US_ASCII);
            // Evaluate every step; no break on a match.
            if (MessageDigest.isEqual(expected, submitted)) {
                matched = step;
            }
        }
        return matched < 0 ? OptionalLong.empty() : OptionalLong.of(matched);
    }

    private String generate(String base32Secret, long step) {
        try {
            return generator.generate(base32Secret, step);
        } catch (CodeGenerationException | RuntimeException e) {
            // The exception text of the library may mention key material: do not chain it.
            throw new TwoFactorUnavailableException("The authenticator secret could not be used to compute a code");
        }
    }
}
