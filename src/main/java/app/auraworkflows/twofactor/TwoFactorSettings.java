package app.auraworkflows.twofactor;

import java.time.Duration;

/**
 * The fixed 2FA parameters in one place, validated when the class loads (so a bad edit fails the plugin
 * start with a clear message instead of silently failing every code).
 *
 * <ul>
 *   <li>TOTP: 30 s steps, 6 digits, HMAC-SHA1. Authenticator apps ignore other values in practice, so
 *       they are not configurable.</li>
 *   <li>Window ±1 step (RFC 6238 §5.2 recommends at most one step of delay; wider windows multiply an
 *       attacker's chances).</li>
 *   <li>Lockout after 10 consecutive wrong codes for 15 minutes: with three codes valid at a time, 10
 *       guesses succeed with probability 3·10⁻⁵ (NIST allows up to 100).</li>
 *   <li>Escalation: the run of consecutive failures survives an expired lock, and after
 *       {@value #LOCK_PERIODS_BEFORE_ADMIN_UNLOCK} lock periods in a row without a success (30 consecutive wrong
 *       codes) the user stays locked until an administrator unlocks. Without it, 10 guesses per 15 minutes would
 *       go on forever (about 960 a day); with it, an attacker gets at most 30 guesses in all before a person has
 *       to look (NIST SP 800-63B: no more than 100 consecutive failures).</li>
 *   <li>Secrets of 160 bits (RFC 4226 R6 recommendation), i.e. 32 unpadded Base32 characters.</li>
 * </ul>
 */
public final class TwoFactorSettings {
    public static final int PERIOD_SECONDS = 30;
    public static final int DIGITS = 6;
    public static final int WINDOW_STEPS = 1;
    public static final String ALGORITHM = "SHA1";
    public static final int SECRET_BYTES = 20;
    public static final int MAX_CONSECUTIVE_FAILURES = 10;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);
    /** Timed lock periods in a row (without a success) after which only an administrator can unlock. */
    public static final int LOCK_PERIODS_BEFORE_ADMIN_UNLOCK = 3;
    /** Consecutive failures after which the user is locked until an administrator unlocks. */
    public static final int MAX_FAILURES_BEFORE_ADMIN_UNLOCK = MAX_CONSECUTIVE_FAILURES * LOCK_PERIODS_BEFORE_ADMIN_UNLOCK;

    static {
        validate(PERIOD_SECONDS, DIGITS, WINDOW_STEPS, SECRET_BYTES, MAX_CONSECUTIVE_FAILURES, LOCK_DURATION);
        validateEscalation(MAX_CONSECUTIVE_FAILURES, LOCK_PERIODS_BEFORE_ADMIN_UNLOCK);
    }

    private TwoFactorSettings() {
    }

    /**
     * Checks a set of parameters.
     *
     * @throws IllegalStateException naming the first invalid parameter
     */
    static void validate(int periodSeconds, int digits, int windowSteps, int secretBytes,
                         int maxConsecutiveFailures, Duration lockDuration) {
        require(periodSeconds > 0, "TOTP period must be positive, was " + periodSeconds);
        require(digits == 6, "TOTP codes must have 6 digits, was " + digits);
        require(windowSteps >= 0 && windowSteps <= 1, "TOTP window must be 0 or 1 step, was " + windowSteps);
        require(secretBytes >= 16 && secretBytes % 5 == 0,
                "secret must be at least 128 bits and a multiple of 40 bits (unpadded Base32), was "
                        + secretBytes + " bytes");
        require(maxConsecutiveFailures >= 1 && maxConsecutiveFailures <= 100,
                "lockout threshold must be 1..100 failures, was " + maxConsecutiveFailures);
        require(lockDuration != null && !lockDuration.isNegative() && !lockDuration.isZero(),
                "lock duration must be positive, was " + lockDuration);
    }

    /**
     * Checks the escalation: at least one timed lock period, and never more than 100 consecutive failures before
     * an administrator must unlock (NIST SP 800-63B).
     *
     * @throws IllegalStateException naming the invalid parameter
     */
    static void validateEscalation(int maxConsecutiveFailures, int lockPeriods) {
        require(lockPeriods >= 1, "lock periods before an admin unlock must be at least 1, was " + lockPeriods);
        require((long) maxConsecutiveFailures * lockPeriods <= 100,
                "at most 100 consecutive failures before an admin unlock, was " + maxConsecutiveFailures * lockPeriods);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException("Invalid 2FA settings: " + message);
        }
    }
}
