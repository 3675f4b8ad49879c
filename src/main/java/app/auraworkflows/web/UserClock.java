package app.auraworkflows.web;

import app.auraworkflows.kernel.TimeSource;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.sal.api.user.UserKey;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.springframework.stereotype.Component;

/**
 * Role: "now" as a user reads it, in their Confluence profile zone (the site default when they have none), for the
 * screens and REST messages that tell a time of day (when a lock ends, when something happened).
 */
@Component
public class UserClock {
    private final TimeZoneManager timeZones;
    private final TimeSource time;

    public UserClock(TimeZoneManager timeZones, TimeSource time) {
        this.timeZones = timeZones;
        this.time = time;
    }

    /** The user's zone. */
    public ZoneId zoneOf(String userKey) {
        return timeZones.getUserTimeZone(new UserKey(userKey)).toZoneId();
    }

    /** The current time in the user's zone (one clock read). */
    public ZonedDateTime now(String userKey) {
        return time.clock().instant().atZone(zoneOf(userKey));
    }
}
