package app.auraworkflows.twofactor;

/**
 * What a 2FA audit event records. Failed code attempts never appear in a page's workflow history; they are
 * kept here, for admins, together with the enrolment changes. No event ever holds a code or a secret.
 */
public enum AuditOutcome {
    /** A wrong or expired code (at setup or on a protected approval). */
    INVALID_CODE,
    /**
     * A code whose time step was already used (a replay). The user gets the same answer as for a wrong code
     * (no oracle); only admins can tell the two apart, here.
     */
    CODE_REUSED,
    /** A code was submitted while the user was locked out (it was not checked). */
    LOCKED,
    /** A reviewer without an Active 2FA setup tried to complete a protected approval. */
    NOT_ACTIVE,
    /** The wrong code that used up the run of consecutive failures: the user is locked from now on. */
    LOCKOUT_STARTED,
    /**
     * The wrong code that ended the last timed lock period in a row without a success: the user is locked until
     * an administrator unlocks (recorded instead of {@link #LOCKOUT_STARTED}).
     */
    LOCKED_UNTIL_UNLOCK,
    /** An administrator lifted a user's lockout. */
    ADMIN_UNLOCK,
    /** An administrator added the user to 2FA (Pending). */
    USER_ADDED,
    /** An administrator revoked the user's 2FA setup. */
    USER_REVOKED,
    /** The user confirmed a code and the setup became Active. */
    USER_ACTIVATED,
    /** An administrator changed how long the audit log keeps its events (the event's user is that administrator). */
    RETENTION_CHANGED;

    /** The outcome named {@code text} (exactly, as in the REST API), or null. */
    public static AuditOutcome parse(String text) {
        if (text == null) {
            return null;
        }
        for (AuditOutcome outcome : values()) {
            if (outcome.name().equals(text.strip())) {
                return outcome;
            }
        }
        return null;
    }
}
