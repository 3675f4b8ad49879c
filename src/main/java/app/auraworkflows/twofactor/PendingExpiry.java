package app.auraworkflows.twofactor;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * How long a PENDING setup may wait to be confirmed: an administrator setting, {@value #DEFAULT_DAYS} days unless
 * changed, {@value #MIN_DAYS}..{@value #MAX_DAYS} days, stored cluster-wide ({@link SettingsRepository}).
 *
 * <p>Why: while a setup is pending, anyone who has the user's password can read the secret and confirm it first.
 * An expiry bounds that window: an expired setup shows no secret and cannot be confirmed, and an administrator adds
 * the user again to get a fresh setup with a new secret. A setup expires {@code days} after it was added; the
 * setting applies to every pending setup at once, so shortening it also shortens the window of setups already
 * waiting.
 */
@Component
public class PendingExpiry {
    static final String SETTING = "pending-expiry-days";
    public static final int DEFAULT_DAYS = 7;
    public static final int MIN_DAYS = 1;
    public static final int MAX_DAYS = 365;

    private final SettingsRepository settings;

    public PendingExpiry(SettingsRepository settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** The setting in days (the default when none or an unreadable value is stored). */
    public int days() {
        return settings.find(SETTING).flatMap(PendingExpiry::parse).orElse(DEFAULT_DAYS);
    }

    /**
     * Stores a new setting.
     *
     * @return false, storing nothing, when {@code text} is not a whole number of days in {@value #MIN_DAYS}..
     * {@value #MAX_DAYS}
     */
    public boolean setDays(String text) {
        Optional<Integer> days = parse(text);
        if (days.isEmpty()) {
            return false;
        }
        settings.save(SETTING, String.valueOf(days.get()));
        return true;
    }

    /** When a setup added at {@code addedAt} expires under a setting of {@code days}. */
    public static Instant expiresAt(Instant addedAt, int days) {
        return addedAt.plus(Duration.ofDays(days));
    }

    /** Whether a setup that expires at {@code expiresAt} has expired at {@code now}. */
    public static boolean expired(Instant expiresAt, Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** Whether {@code setup} is a PENDING setup that waited longer than {@code days} at {@code now}. */
    public static boolean expired(Enrolment setup, int days, Instant now) {
        return setup.status() == EnrolmentStatus.PENDING && expired(expiresAt(setup.addedAt(), days), now);
    }

    static Optional<Integer> parse(String text) {
        return DaysSetting.parse(text, MIN_DAYS, MAX_DAYS);
    }
}
