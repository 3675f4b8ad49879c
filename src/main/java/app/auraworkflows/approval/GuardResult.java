package app.auraworkflows.approval;

/**
 * A {@link ReviewGuard}'s answer.
 *
 * @param allowed           whether the review may be recorded
 * @param twoFactorVerified whether the guard verified an authenticator code for this review (recorded on the
 *                          vote; required when the round has "Require 2FA")
 * @param refusal           when refused: why; else null
 * @param retryAfter        when refused because of a lockout: how long until the next attempt; else zero
 * @param untilUnlock       when refused because of a lockout that lasts until an administrator unlocks (then no
 *                          wait helps, and saying "try again in 15 minutes" would be untrue)
 * @param attemptsLeft      when refused because of a wrong code: how many more wrong codes in a row lock the user; -1
 *                          when not known or not a wrong code
 */
public record GuardResult(boolean allowed, boolean twoFactorVerified, GuardRefusal refusal, java.time.Duration retryAfter,
                          boolean untilUnlock, int attemptsLeft) {
    private static final GuardResult ALLOW = new GuardResult(true, false, null, java.time.Duration.ZERO, false, -1);
    private static final GuardResult ALLOW_VERIFIED = new GuardResult(true, true, null, java.time.Duration.ZERO, false,
            -1);

    /** Allowed, without a verified code (enough for unprotected steps only). */
    public static GuardResult allow() {
        return ALLOW;
    }

    /** Allowed, and an authenticator code was verified (and consumed) for this review. */
    public static GuardResult allowVerified() {
        return ALLOW_VERIFIED;
    }

    public static GuardResult refuse(GuardRefusal refusal) {
        return new GuardResult(false, false, refusal, java.time.Duration.ZERO, false, -1);
    }

    /** Refused by a lockout that ends after {@code retryAfter}. */
    public static GuardResult refuseLocked(java.time.Duration retryAfter) {
        return new GuardResult(false, false, GuardRefusal.LOCKED, retryAfter, false, -1);
    }

    /** Refused: a wrong code, after which {@code attemptsLeft} more wrong codes in a row lock the user (-1: unknown). */
    public static GuardResult refuseWrongCode(int attemptsLeft) {
        return new GuardResult(false, false, GuardRefusal.INVALID_CODE, java.time.Duration.ZERO, false, attemptsLeft);
    }

    /** Refused by a lockout that only an administrator ends ({@code retryAfter}: the lock's nominal length). */
    public static GuardResult refuseUntilUnlock(java.time.Duration retryAfter) {
        return new GuardResult(false, false, GuardRefusal.LOCKED, retryAfter, true, -1);
    }
}
