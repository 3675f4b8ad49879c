package app.auraworkflows.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.auraworkflows.testing.BundleI18nResolver;
import app.auraworkflows.twofactor.CodeCheck;
import org.junit.jupiter.api.Test;

/** The words a user reads after a wrong code or during a lockout, at setup and on protected reviews alike. */
class CodeCheckPresentationTest {
    private static final java.time.ZonedDateTime NOW = java.time.ZonedDateTime.parse("2026-12-03T09:27:00Z");
    private final BundleI18nResolver i18n = new BundleI18nResolver();

    private String wrongCode(int attemptsLeft) {
        return CodeCheckPresentation.message(i18n, CodeCheck.invalidCode(false, attemptsLeft == 0, false, attemptsLeft),
                NOW);
    }

    @Test
    void aWrongCodeWarnsWhenThreeOrFewerAreLeftBeforeALockAndSaysAnAdministratorCanUnlock() {
        String plain = "That code is not valid. It may be wrong, expired or already used. Enter the current code from"
                + " your authenticator app.";
        assertEquals(plain, wrongCode(4));
        assertEquals("That code is not valid. After 3 more wrong codes in a row, your 2FA is locked; a Confluence"
                + " administrator can unlock it.", wrongCode(3));
        assertEquals("That code is not valid. After 2 more wrong codes in a row, your 2FA is locked; a Confluence"
                + " administrator can unlock it.", wrongCode(2));
        assertEquals("That code is not valid. One more wrong code locks your 2FA; a Confluence administrator can"
                + " unlock it.", wrongCode(1));
        assertEquals(plain, wrongCode(0), "the code that locks says no count: the lock is told on the next try");
        assertEquals(plain, wrongCode(-1), "unknown: no count");
    }

    @Test
    void aLockSaysMinutesTheTimeOfDayItEndsInTheUsersZoneAndTheWayOut() {
        assertEquals("Too many wrong codes. Try again in 15 minutes, at 09:42 UTC, or ask a Confluence administrator to"
                + " unlock your 2FA.", CodeCheckPresentation.lockedMessage(i18n, 900, false, NOW));
        assertEquals("Too many wrong codes. Try again in 15 minutes, at 10:42 Europe/Berlin, or ask a Confluence"
                + " administrator to unlock your 2FA.", CodeCheckPresentation.lockedMessage(i18n, 900, false,
                NOW.withZoneSameInstant(java.time.ZoneId.of("Europe/Berlin"))));
        assertEquals("Too many wrong codes. Try again in 15 minutes, at 2026-12-04 00:05 UTC, or ask a Confluence"
                + " administrator to unlock your 2FA.", CodeCheckPresentation.lockedMessage(i18n, 900, false,
                java.time.ZonedDateTime.parse("2026-12-03T23:50:00Z")), "a lock ending on another day names the day");
        assertEquals("Too many wrong codes. Try again in 45 seconds, or ask a Confluence administrator to unlock your"
                + " 2FA.", CodeCheckPresentation.lockedMessage(i18n, 45, false, NOW));
        assertEquals("Too many wrong codes. Ask a Confluence administrator to unlock your 2FA.",
                CodeCheckPresentation.lockedMessage(i18n, 900, true, NOW));
    }
}
