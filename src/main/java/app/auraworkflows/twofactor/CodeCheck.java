package app.auraworkflows.twofactor;

/**
 * Result of checking a submitted six-digit code.
 *
 * @param outcome           what happened
 * @param retryAfterSeconds for LOCKED: seconds until another attempt is allowed; 0 otherwise
 * @param reused            for INVALID_CODE: the code matched a step that was already used (a replay). For the
 *                          audit log only: the user is given the same answer as for a wrong code
 * @param lockoutStarted    for INVALID_CODE: this failure used up the run, so the user is locked from now on
 * @param untilUnlock       for INVALID_CODE: this failure locked the user until an administrator unlocks; for
 *                          LOCKED: the lock lasts until an administrator unlocks ({@code retryAfterSeconds} is then
 *                          one lock period, for clients that only understand timed locks)
 * @param attemptsLeft      for INVALID_CODE: how many more wrong codes in a row lock the user (0: this one did);
 *                          -1 when not known. Users are warned when {@value #WARN_AT} or fewer are left.
 */
public record CodeCheck(Outcome outcome, long retryAfterSeconds, boolean reused, boolean lockoutStarted,
                        boolean untilUnlock, int attemptsLeft) {
    /** Users are told how many wrong codes are left before a lock once this many or fewer are. */
    public static final int WARN_AT = 3;

    public CodeCheck(Outcome outcome, long retryAfterSeconds) {
        this(outcome, retryAfterSeconds, false, false, false, -1);
    }

    public CodeCheck(Outcome outcome, long retryAfterSeconds, boolean reused, boolean lockoutStarted) {
        this(outcome, retryAfterSeconds, reused, lockoutStarted, false, -1);
    }

    public CodeCheck(Outcome outcome, long retryAfterSeconds, boolean reused, boolean lockoutStarted,
                     boolean untilUnlock) {
        this(outcome, retryAfterSeconds, reused, lockoutStarted, untilUnlock, -1);
    }

    /** The possible outcomes. Wrong, expired and replayed codes are one outcome on purpose (no oracle). */
    public enum Outcome {
        /** The code matched an unused step; that step is now consumed. */
        ACCEPTED,
        /** No code was sent (not counted toward lockout). */
        CODE_REQUIRED,
        /** Not six ASCII digits (checked before any cryptographic work; not counted toward lockout). */
        INVALID_INPUT,
        /** Wrong, expired or already used. Counted toward the lockout. */
        INVALID_CODE,
        /** Too many consecutive wrong codes: no code is checked until the lock ends. */
        LOCKED,
        /** For setup confirmation: the user is not PENDING (not enrolled, or already ACTIVE). */
        NOT_PENDING,
        /** For setup confirmation: the setup waited longer than allowed; an administrator must add the user again. */
        SETUP_EXPIRED,
        /** For protected approvals: the user has no ACTIVE setup. */
        NOT_ACTIVE
    }

    public static CodeCheck of(Outcome outcome) {
        return new CodeCheck(outcome, 0);
    }

    /** A wrong, expired or reused code ({@link Outcome#INVALID_CODE}) with what only the audit log may know. */
    public static CodeCheck invalidCode(boolean reused, boolean lockoutStarted) {
        return new CodeCheck(Outcome.INVALID_CODE, 0, reused, lockoutStarted, false);
    }

    /** A wrong, expired or reused code; {@code untilUnlock}: it was the last failure before an admin must unlock. */
    public static CodeCheck invalidCode(boolean reused, boolean lockoutStarted, boolean untilUnlock) {
        return new CodeCheck(Outcome.INVALID_CODE, 0, reused, lockoutStarted, untilUnlock, -1);
    }

    /** As {@link #invalidCode(boolean, boolean, boolean)}, with the wrong codes left before the lock. */
    public static CodeCheck invalidCode(boolean reused, boolean lockoutStarted, boolean untilUnlock, int attemptsLeft) {
        return new CodeCheck(Outcome.INVALID_CODE, 0, reused, lockoutStarted, untilUnlock, attemptsLeft);
    }

    /** Whether the user should be told how many wrong codes are left (a few, and not none). */
    public boolean warnAttemptsLeft() {
        return outcome == Outcome.INVALID_CODE && attemptsLeft > 0 && attemptsLeft <= WARN_AT;
    }

    /** LOCKED, for a while ({@code untilUnlock} false) or until an administrator unlocks. */
    public static CodeCheck locked(long retryAfterSeconds, boolean untilUnlock) {
        return new CodeCheck(Outcome.LOCKED, retryAfterSeconds, false, false, untilUnlock);
    }

    public boolean accepted() {
        return outcome == Outcome.ACCEPTED;
    }
}
