package app.auraworkflows.testing;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import app.auraworkflows.web.UserClock;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.sal.api.user.UserKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.TimeZone;

/** Test stand-in: a {@link UserClock} stopped at one instant, every user in one zone. */
public final class FixedUserClock {
    private FixedUserClock() {
    }

    public static UserClock at(Instant now, ZoneId zone) {
        TimeZoneManager timeZones = mock(TimeZoneManager.class);
        when(timeZones.getUserTimeZone(any(UserKey.class))).thenReturn(TimeZone.getTimeZone(zone));
        return new UserClock(timeZones, () -> Clock.fixed(now, zone));
    }
}
