package app.auraworkflows.twofactor;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The fixed parameters are the agreed ones, and invalid values are refused with a clear message. */
class TwoFactorSettingsTest {
    @Test
    void theDefaultsAreThirtySecondsSixDigitsOneStepTenFailuresFifteenMinutes() {
        assertEquals(30, TwoFactorSettings.PERIOD_SECONDS);
        assertEquals(6, TwoFactorSettings.DIGITS);
        assertEquals(1, TwoFactorSettings.WINDOW_STEPS);
        assertEquals(10, TwoFactorSettings.MAX_CONSECUTIVE_FAILURES);
        assertEquals(Duration.ofMinutes(15), TwoFactorSettings.LOCK_DURATION);
        assertDoesNotThrow(() -> TwoFactorSettings.validate(30, 6, 1, 20, 10, Duration.ofMinutes(15)));
    }

    @Test
    void invalidValuesAreRefusedNamingTheProblem() {
        assertRefused("period", () -> TwoFactorSettings.validate(0, 6, 1, 20, 10, Duration.ofMinutes(15)));
        assertRefused("6 digits", () -> TwoFactorSettings.validate(30, 8, 1, 20, 10, Duration.ofMinutes(15)));
        assertRefused("window", () -> TwoFactorSettings.validate(30, 6, 2, 20, 10, Duration.ofMinutes(15)));
        assertRefused("window", () -> TwoFactorSettings.validate(30, 6, -1, 20, 10, Duration.ofMinutes(15)));
        assertRefused("128 bits", () -> TwoFactorSettings.validate(30, 6, 1, 10, 10, Duration.ofMinutes(15)));
        assertRefused("1..100", () -> TwoFactorSettings.validate(30, 6, 1, 20, 0, Duration.ofMinutes(15)));
        assertRefused("1..100", () -> TwoFactorSettings.validate(30, 6, 1, 20, 101, Duration.ofMinutes(15)));
        assertRefused("lock duration", () -> TwoFactorSettings.validate(30, 6, 1, 20, 10, Duration.ZERO));
    }

    private static void assertRefused(String mention, org.junit.jupiter.api.function.Executable validation) {
        IllegalStateException e = assertThrows(IllegalStateException.class, validation);
        assertTrue(e.getMessage().contains(mention), e.getMessage());
    }
}
