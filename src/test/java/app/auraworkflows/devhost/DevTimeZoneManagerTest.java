package app.auraworkflows.devhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.auraworkflows.devhost.db.HostDatabase;
import app.auraworkflows.devhost.db.HostProperties;
import app.auraworkflows.devhost.db.HostSchema;
import app.auraworkflows.devhost.sal.DevTimeZoneManager;
import com.atlassian.sal.api.user.UserKey;
import java.nio.file.Path;
import java.time.DateTimeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dev host's SAL time zones: a user's profile zone, else the site default, UTC unless set. */
class DevTimeZoneManagerTest {
    @TempDir
    Path dir;

    @Test
    void aUserWithoutAZoneGetsTheSiteDefaultAndAUserWithOneGetsTheirs() {
        try (HostDatabase db = HostDatabase.embedded(dir.resolve("db"))) {
            HostSchema.ensure(db);
            check(new DevTimeZoneManager(new HostProperties(db)));
        }
    }

    private static void check(DevTimeZoneManager zones) {
        assertEquals("UTC", zones.getDefaultTimeZone().getID());
        assertEquals("UTC", zones.getUserTimeZone(new UserKey("k1")).getID());

        zones.setUserTimeZone(new UserKey("k1"), "Australia/Sydney");
        zones.setDefaultTimeZone("Europe/Berlin");
        assertEquals("Australia/Sydney", zones.getUserTimeZone(new UserKey("k1")).getID());
        assertEquals("Europe/Berlin", zones.getUserTimeZone(new UserKey("k2")).getID());
        assertEquals("Europe/Berlin", zones.getUserTimeZone().getID(), "an anonymous visitor gets the site default");
        assertThrows(DateTimeException.class, () -> zones.setUserTimeZone(new UserKey("k1"), "Mars/Olympus"));
        assertThrows(NullPointerException.class, () -> zones.getUserTimeZone(null));
    }
}
