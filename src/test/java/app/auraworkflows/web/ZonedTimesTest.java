package app.auraworkflows.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import app.auraworkflows.confluence.AuraUser;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.sal.api.user.UserKey;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/** Screen times are printed in the zone given, the viewer's profile zone, and say which zone that is. */
class ZonedTimesTest {
    private static final Instant AT = Instant.parse("2026-01-02T03:04:05Z");

    @Test
    void timesAreShownInTheGivenZoneWithItsName() {
        ZonedTimes sydney = new ZonedTimes(ZoneId.of("Australia/Sydney"));
        assertEquals("2026-01-02 14:04 Australia/Sydney", sydney.minutesWithZone(AT), "AEDT is UTC+11 in January");
        assertEquals("2026-01-02 14:04:05", sydney.seconds(AT));
        assertEquals("Australia/Sydney", sydney.zoneLabel());
    }

    @Test
    void utcIsLabelledUtcWhateverItsId() {
        assertEquals("2026-01-02 03:04 UTC", new ZonedTimes(ZoneOffset.UTC).minutesWithZone(AT));
        assertEquals("UTC", new ZonedTimes(ZoneId.of("Etc/UTC")).zoneLabel());
        assertEquals("UTC", new ZonedTimes(TimeZone.getTimeZone("GMT").toZoneId()).zoneLabel());
        assertEquals("", new ZonedTimes(ZoneOffset.UTC).minutesWithZone(null));
    }

    @Test
    void screensUseTheViewersProfileZone() {
        TimeZoneManager timeZones = mock(TimeZoneManager.class);
        when(timeZones.getUserTimeZone(new UserKey("k-erin"))).thenReturn(TimeZone.getTimeZone("Australia/Sydney"));
        ScreenSupport support = new ScreenSupport(null, null, null, null, null, null, null,
                new UserClock(timeZones, java.time.Clock::systemUTC));
        assertEquals(ZoneId.of("Australia/Sydney"), support.zoneOf(new AuraUser("k-erin", "erin")));
    }
}
