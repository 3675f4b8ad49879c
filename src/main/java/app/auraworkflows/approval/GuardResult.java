package app.auraworkflows.approval;

/**
 * A {@link ReviewGuard}'s answer.
 *
 * @param allowed           whether the review may be recorded
 * @param twoFactorVerified whether the guard verified an authenticator code for this review (recorded on the
 *                          vote; required when the round has "Require 2FA")
 * @param refusalCode       when refused: a stable code for the client (e.g. {@code TWO_FACTOR_NOT_ACTIVE},
 *                          {@code LOCKED}, {@code CODE_REQUIRED}, {@code INVALID_INPUT}, {@code INVALID_CODE})
 * @param retryAfterSeconds when refused because of a lockout: seconds until the next attempt; else 0
 * @param attemptsLeft      when refused because of a wrong code: how many more wrong codes in a row lock the user; -1
 *                          when not known or not a wrong code
 * @param untilUnlock       when refused because of a lockout that lasts until an administrator unlocks (then no
 *                          wait helps, and saying "try again in 15 minutes" would be untrue)
 */
public record GuardResult(boolean allowed, boolean twoFactorVerified, String refusalCode, long retryAfterSeconds,
                          boolean untilUnlock, int attemptsLeft) {
    public GuardResult(boolean allowed, boolean twoFactorVerified, String refusalCode, long retryAfterSeconds) {
        this(allowed, twoFactorVerified, refusalCode, retryAfterSeconds, false, -1);
    }

    public GuardResult(boolean allowed, boolean twoFactorVerified, String refusalCode, long retryAfterSeconds,
                       boolean untilUnlock) {
        this(allowed, twoFactorVerified, refusalCode, retryAfterSeconds, untilUnlock, -1);
    }

    private static final GuardResult ALLOW = new GuardResult(true, false, null, 0);
    private static final GuardResult ALLOW_VERIFIED = new GuardResult(true, true, null, 0);

    /** Allowed, without a verified code (enough for unprotected steps only). */
    public static GuardResult allow() {
        return ALLOW;
    }

    /** Allowed, and an authenticator code was verified (and consumed) for this review. */
    public static GuardResult allowVerified() {
        return ALLOW_VERIFIED;
    }

    public static GuardResult refuse(String code) {
        return new GuardResult(false, false, code, 0);
    }

    public static GuardResult refuse(String code, long retryAfterSeconds) {
        return new GuardResult(false, false, code, retryAfterSeconds);
    }

    /** Refused: a wrong code, after which {@code attemptsLeft} more wrong codes in a row lock the user (-1: unknown). */
    public static GuardResult refuseWrongCode(String code, int attemptsLeft) {
        return new GuardResult(false, false, code, 0, false, attemptsLeft);
    }

    /** Refused by a lockout that only an administrator ends. */
    public static GuardResult refuseUntilUnlock(String code, long retryAfterSeconds) {
        return new GuardResult(false, false, code, retryAfterSeconds, true);
    }
}
