package app.auraworkflows.twofactor;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;

/**
 * The one code check shared by setup confirmation and protected approvals, in this order:
 * <ol>
 *   <li>shape: six ASCII digits, else INVALID_INPUT (no database or crypto work, not counted);</li>
 *   <li>decrypt the secret (fails closed with {@link TwoFactorUnavailableException}; nothing counted);</li>
 *   <li>lockout: claim an attempt slot first, LOCKED if the run is used up (even for a correct code);</li>
 *   <li>match every step of the ±1 window ({@link TotpVerifier});</li>
 *   <li>consume the matched step atomically in the database; if that fails the code was already used.</li>
 * </ol>
 * Wrong, expired and replayed codes all give INVALID_CODE and all count toward the lockout: one answer,
 * no oracle. A success clears the lockout run.
 */
@Component
public class CodeChecker {
    private final SecretCipher cipher;
    private final TotpVerifier totp;
    private final Lockout lockout;
    private final UsedStepRepository usedSteps;

    public CodeChecker(SecretCipher cipher, TotpVerifier totp, Lockout lockout, UsedStepRepository usedSteps) {
        this.cipher = Objects.requireNonNull(cipher, "cipher");
        this.totp = Objects.requireNonNull(totp, "totp");
        this.lockout = Objects.requireNonNull(lockout, "lockout");
        this.usedSteps = Objects.requireNonNull(usedSteps, "usedSteps");
    }

    /**
     * Checks {@code code} against the enrolment's secret at {@code now} (the caller's single clock read).
     * Status rules (PENDING/ACTIVE) are the caller's; this enforces shape, lockout, match and replay.
     */
    public CodeCheck check(Enrolment enrolment, String code, Instant now) {
        if (!CodeFormat.isWellFormed(code)) {
            return CodeCheck.of(CodeCheck.Outcome.INVALID_INPUT);
        }
        String userKey = enrolment.userKey();
        String secret = cipher.open(userKey, new SealedSecret(enrolment.encryptedSecret(), enrolment.keyVersion()));
        Lockout.Admission admission = lockout.admit(userKey, now);
        if (!admission.admitted()) {
            return CodeCheck.locked(admission.retryAfterSeconds(), admission.untilUnlock());
        }
        OptionalLong step = totp.matchStep(secret, code, now);
        if (step.isEmpty()) {
            return CodeCheck.invalidCode(false, admission.isLastOfRun(), admission.isLastBeforeUnlock(),
                    admission.attemptsLeftAfterFailure());
        }
        if (!usedSteps.consume(userKey, step.getAsLong())) {
            return CodeCheck.invalidCode(true, admission.isLastOfRun(), admission.isLastBeforeUnlock(),
                    admission.attemptsLeftAfterFailure());
        }
        lockout.reset(userKey);
        return CodeCheck.of(CodeCheck.Outcome.ACCEPTED);
    }

    /**
     * The step of the ±1 window at {@code now} that a well-formed {@code code} matches, with no lockout, no
     * consumption and no audit. Not a code check: it answers "which step is this?" and must only be used where
     * that reveals nothing an attacker could use, i.e. to recognise the code of a step that is already consumed
     * (a replay of the setup confirmation), or to learn the step of a code {@link #check} has just accepted.
     */
    public OptionalLong matchedStep(Enrolment enrolment, String code, Instant now) {
        if (!CodeFormat.isWellFormed(code)) {
            return OptionalLong.empty();
        }
        String userKey = enrolment.userKey();
        String secret = cipher.open(userKey, new SealedSecret(enrolment.encryptedSecret(), enrolment.keyVersion()));
        return totp.matchStep(secret, code, now);
    }
}
