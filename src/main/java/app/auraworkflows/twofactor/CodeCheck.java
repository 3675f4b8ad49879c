package app.auraworkflows.twofactor;

/**
 * Result of checking a submitted six-digit code.
 *
 * @param outcome           what happened
 * @param retryAfterSeconds for LOCKED: seconds until another attempt is allowed; 0 otherwise
 */
public record CodeCheck(Outcome outcome, long retryAfterSeconds) {

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

    public boolean accepted() {
        return outcome == Outcome.ACCEPTED;
    }
}
