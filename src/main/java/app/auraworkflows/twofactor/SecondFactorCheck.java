package app.auraworkflows.twofactor;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;

/**
 * Role: the one unit of work "verify this user's code for this action", for a setup confirmation and a protected
 * review alike, so both refuse in the same order with the same answers. It runs in the caller's transaction, which it
 * requires (the lock below is held to commit): a protected review commits the vote with it, a setup confirmation its
 * activation. In this order:
 * <ol>
 *   <li>the user's code-check lock, taken first ({@link EnrolmentRepository#lockCodeChecks}): checks of one user
 *       run one after the other on every node and each reads what the previous one committed;</li>
 *   <li>the setup, read under that lock, must suit the {@link Purpose}: ACTIVE for a review (else NOT_ACTIVE);
 *       PENDING and not expired for a confirmation (else NOT_PENDING, SETUP_EXPIRED; the very code that confirmed an
 *       ACTIVE setup, sent again, is answered as accepted and counts as nothing: a double submission is no attack);</li>
 *   <li>no lock in force (LOCKED with the time until it ends; no attempt is claimed while locked): the user's attempt
 *       run is read once ({@link Lockout#run}), under the lock, for this and for the claim below;</li>
 *   <li>a code of six ASCII digits (CODE_REQUIRED, INVALID_INPUT; not counted: there was nothing to guess);</li>
 *   <li>the secret decrypted (fails closed with {@link TwoFactorUnavailableException}; nothing counted);</li>
 *   <li>an attempt slot claimed before the code is evaluated ({@link Lockout#claim}: the number after the run's
 *       newest, UNIQUE per user), so parallel guesses cannot outrun the lockout;</li>
 *   <li>a match in the ±1 window and that step consumed for good (replay protection): wrong, expired and reused
 *       codes are one INVALID_CODE, counted (no oracle);</li>
 *   <li>a success clears the run; for a review it also stamps the setup's last use, on the row the lock holds
 *       ({@link EnrolmentRepository#recordUse}).</li>
 * </ol>
 * The time is the caller's one clock read for the request. The code is never stored or logged.
 */
@Component
public class SecondFactorCheck {
    private final EnrolmentRepository enrolments;
    private final SecretCipher cipher;
    private final TotpVerifier totp;
    private final Lockout lockout;
    private final UsedStepRepository usedSteps;

    public SecondFactorCheck(EnrolmentRepository enrolments, SecretCipher cipher, TotpVerifier totp, Lockout lockout,
                             UsedStepRepository usedSteps) {
        this.enrolments = Objects.requireNonNull(enrolments, "enrolments");
        this.cipher = Objects.requireNonNull(cipher, "cipher");
        this.totp = Objects.requireNonNull(totp, "totp");
        this.lockout = Objects.requireNonNull(lockout, "lockout");
        this.usedSteps = Objects.requireNonNull(usedSteps, "usedSteps");
    }

    /** What the code is for: which setup state the check accepts. */
    public record Purpose(boolean review, int expiryDays) {
        /** A vote on a protected step: the setup must be ACTIVE. */
        public static Purpose protectedReview() {
            return new Purpose(true, 0);
        }

        /** Confirming a setup: it must be PENDING and not older than {@code expiryDays}. */
        public static Purpose setupConfirmation(int expiryDays) {
            return new Purpose(false, expiryDays);
        }
    }

    /**
     * What the check found.
     *
     * @param check  the outcome, as the user is to be answered
     * @param setup  the user's setup as read under the lock, if there is one (for the audit entry's names)
     * @param step   the time step the accepted code consumed; empty when nothing was consumed
     * @param repeat the accepted code is the one that confirmed this setup, sent again (nothing else happened)
     */
    public record Verdict(CodeCheck check, Optional<Enrolment> setup, OptionalLong step, boolean repeat) {
        static Verdict refused(CodeCheck check, Optional<Enrolment> setup) {
            return new Verdict(check, setup, OptionalLong.empty(), false);
        }
    }

    /**
     * Checks {@code code} for {@code userKey} at {@code now}, for {@code purpose}, inside the caller's transaction.
     *
     * @throws TwoFactorUnavailableException if the stored secret cannot be decrypted (fail closed)
     */
    public Verdict verify(String userKey, String code, Purpose purpose, Instant now) {
        EnrolmentRepository.CheckLock held = enrolments.lockCodeChecks(userKey);
        Optional<Enrolment> setup = enrolments.readLocked(held);
        Optional<Verdict> status = statusRefusal(setup, code, purpose, now);
        if (status.isPresent()) {
            return status.get();
        }
        Lockout.Run run = lockout.run(userKey, now); // under the lock: no other check of the user claims meanwhile
        Optional<Verdict> refusal = beforeTheCode(setup.orElseThrow(), run, code, now);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        Verdict verdict = checkCode(setup.orElseThrow(), run, code, now);
        if (verdict.check().accepted() && purpose.review()) {
            enrolments.recordUse(held, now); // the user's one row (a UNIQUE user key), locked above and read under it
        }
        return verdict;
    }

    private Optional<Verdict> statusRefusal(Optional<Enrolment> setup, String code, Purpose purpose, Instant now) {
        EnrolmentStatus status = setup.map(Enrolment::status).orElse(null);
        if (purpose.review()) {
            return status == EnrolmentStatus.ACTIVE ? Optional.empty()
                    : Optional.of(Verdict.refused(CodeCheck.of(CodeCheck.Outcome.NOT_ACTIVE), setup));
        }
        if (status == EnrolmentStatus.ACTIVE && isRepeatOfConfirmation(setup.get(), code, now)) {
            return Optional.of(new Verdict(CodeCheck.of(CodeCheck.Outcome.ACCEPTED), setup, OptionalLong.empty(), true));
        }
        if (status != EnrolmentStatus.PENDING) {
            return Optional.of(Verdict.refused(CodeCheck.of(CodeCheck.Outcome.NOT_PENDING), setup));
        }
        if (PendingExpiry.expired(setup.get(), purpose.expiryDays(), now)) {
            // Not checked, not counted: an expired secret guards nothing.
            return Optional.of(Verdict.refused(CodeCheck.of(CodeCheck.Outcome.SETUP_EXPIRED), setup));
        }
        return Optional.empty();
    }

    private Verdict checkCode(Enrolment setup, Lockout.Run run, String code, Instant now) {
        String userKey = setup.userKey();
        String secret = secretOf(setup);
        Lockout.Admission admission = lockout.claim(run, now);
        if (!admission.admitted()) {
            return Verdict.refused(CodeCheck.locked(admission.retryAfterSeconds(), admission.untilUnlock()),
                    Optional.of(setup));
        }
        OptionalLong step = totp.matchStep(secret, code, now);
        boolean consumed = step.isPresent() && usedSteps.consume(userKey, step.getAsLong());
        if (!consumed) {
            return Verdict.refused(CodeCheck.invalidCode(step.isPresent(), admission.isLastOfRun(),
                    admission.isLastBeforeUnlock(), admission.attemptsLeftAfterFailure()), Optional.of(setup));
        }
        lockout.reset(userKey);
        return new Verdict(CodeCheck.of(CodeCheck.Outcome.ACCEPTED), Optional.of(setup), step, false);
    }

    /** A lock in force, or no code worth checking: answered before any attempt is claimed or secret opened. */
    private Optional<Verdict> beforeTheCode(Enrolment setup, Lockout.Run run, String code, Instant now) {
        Optional<Lockout.Lock> lock = run.lock();
        if (lock.isPresent()) {
            Lockout.Admission locked = Lockout.Admission.locked(lock.get(), now);
            return Optional.of(Verdict.refused(CodeCheck.locked(locked.retryAfterSeconds(), locked.untilUnlock()),
                    Optional.of(setup)));
        }
        if (code == null || code.isEmpty()) {
            return Optional.of(Verdict.refused(CodeCheck.of(CodeCheck.Outcome.CODE_REQUIRED), Optional.of(setup)));
        }
        if (!CodeFormat.isWellFormed(code)) {
            return Optional.of(Verdict.refused(CodeCheck.of(CodeCheck.Outcome.INVALID_INPUT), Optional.of(setup)));
        }
        return Optional.empty();
    }

    /**
     * Whether {@code code} is the very code that confirmed this setup, sent again while its step is still in the
     * window (a double click, a resent form, a retrying client). This reveals nothing: that step is consumed, so the
     * code can confirm nothing else, and any other code on an ACTIVE setup gets NOT_PENDING.
     */
    private boolean isRepeatOfConfirmation(Enrolment setup, String code, Instant now) {
        if (setup.activatedStep() == null || !CodeFormat.isWellFormed(code)) {
            return false;
        }
        OptionalLong step = totp.matchStep(secretOf(setup), code, now);
        return step.isPresent() && step.getAsLong() == setup.activatedStep();
    }

    private String secretOf(Enrolment setup) {
        return cipher.open(setup.userKey(), new SealedSecret(setup.encryptedSecret(), setup.keyVersion()));
    }
}
