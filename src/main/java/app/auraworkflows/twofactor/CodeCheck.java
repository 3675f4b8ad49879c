package app.auraworkflows.twofactor;

/**
 * Result of checking a submitted six-digit code.
 *
 * @param outcome           what happened
 * @param retryAfterSeconds for LOCKED: seconds until another attempt is allowed; 0 otherwise
 * @param reused            for INVALID_CODE: the code matched a step that was already used (a replay). For the
 *                          audit log only: the user is given the same answer as for a wrong code
 * @param lockoutStarted    for INVALID_CODE: this failure used up the run, so the user is locked from now on
 */
public record CodeCheck(Outcome outcome, long retryAfterSeconds, boolean reused, boolean lockoutStarted) {

    public CodeCheck(Outcome outcome, long retryAfterSeconds) {
        this(outcome, retryAfterSeconds, false, false);
    }

    /** The possible outcomes. Wrong, expired and replayed codes are one outcome on purpose (no oracle). */
    public enum Outcome {
        /** The code matched an unused step; that step is now consumed. */
        ACCEPTED,
        /** Not six ASCII digits (checked before any cryptographic work; not counted toward lockout). */
        INVALID_INPUT,
        /** Wrong, expired or already used. Counted toward the lockout. */
        INVALID_CODE,
        /** Too many consecutive wrong codes: no code is checked until the lock ends. */
        LOCKED,
        /** For setup confirmation: the user is not PENDING (not enrolled, or already ACTIVE). */
        NOT_PENDING,
        /** For protected approvals: the user has no ACTIVE setup. */
        NOT_ACTIVE
    }

    public static CodeCheck of(Outcome outcome) {
        return new CodeCheck(outcome, 0);
    }

    /** A wrong, expired or reused code ({@link Outcome#INVALID_CODE}) with what only the audit log may know. */
    public static CodeCheck invalidCode(boolean reused, boolean lockoutStarted) {
        return new CodeCheck(Outcome.INVALID_CODE, 0, reused, lockoutStarted);
    }

    public boolean accepted() {
        return outcome == Outcome.ACCEPTED;
    }
}
