package app.auraworkflows.devhost.sal;

import app.auraworkflows.devhost.db.HostProperties;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.sal.api.user.UserKey;
import java.time.ZoneId;
import java.util.Objects;
import java.util.TimeZone;

/**
 * SAL {@link TimeZoneManager}: each user's profile time zone, kept in the host's properties (so all nodes and
 * restarts see it), and the site default, UTC unless set. As in Confluence, a user without a zone of their own
 * and an anonymous visitor get the site default.
 */
public final class DevTimeZoneManager implements TimeZoneManager {
    static final String DEFAULT_ZONE = "devhost.timezone.default";
    private static final String USER_ZONE_PREFIX = "devhost.timezone.user.";

    private final HostProperties properties;

    public DevTimeZoneManager(HostProperties properties) {
        this.properties = properties;
    }

    @Override
    public TimeZone getUserTimeZone() {
        ConfluenceUser user = AuthenticatedUserThreadLocal.get();
        return user == null ? getDefaultTimeZone() : getUserTimeZone(user.getKey());
    }

    @Override
    public TimeZone getUserTimeZone(UserKey user) {
        Objects.requireNonNull(user, "user");
        return properties.get(USER_ZONE_PREFIX + user.getStringValue()).map(DevTimeZoneManager::zone)
                .orElseGet(this::getDefaultTimeZone);
    }

    @Override
    public TimeZone getDefaultTimeZone() {
        return zone(properties.get(DEFAULT_ZONE).orElse("UTC"));
    }

    /** Sets a user's profile zone (a region id such as {@code Australia/Sydney}); an unknown id is refused. */
    public void setUserTimeZone(UserKey user, String zoneId) {
        properties.set(USER_ZONE_PREFIX + user.getStringValue(), ZoneId.of(zoneId).getId());
    }

    /** Sets the site default zone. */
    public void setDefaultTimeZone(String zoneId) {
        properties.set(DEFAULT_ZONE, ZoneId.of(zoneId).getId());
    }

    private static TimeZone zone(String id) {
        // via ZoneId: TimeZone.getTimeZone would turn a mistyped id silently into GMT
        return TimeZone.getTimeZone(ZoneId.of(id));
    }
}
