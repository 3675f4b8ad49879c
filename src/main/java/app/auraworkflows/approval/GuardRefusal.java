package app.auraworkflows.approval;

/**
 * Why a {@link ReviewGuard} refused a review. The domain's reason only: {@code rest/} turns it into an HTTP status, a
 * wire code (the constant's name) and a message, in one place.
 */
public enum GuardRefusal {
    /** The step requires 2FA and the reviewer has no Active setup. */
    TWO_FACTOR_NOT_ACTIVE,
    /** Too many wrong codes in a row: locked for a while, or until an administrator unlocks. */
    LOCKED,
    /** The step requires 2FA and no code was sent. */
    CODE_REQUIRED,
    /** The code is not six ASCII digits (not counted as an attempt). */
    INVALID_INPUT,
    /** The code is wrong, expired or already used (counted toward the lockout). */
    INVALID_CODE
}
