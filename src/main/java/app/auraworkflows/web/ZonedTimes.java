package app.auraworkflows.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Role: how the admin, audit and setup screens print times: in the zone given (the viewer's profile zone),
 * with the zone named, so nobody mistakes them for another zone. One place for the pattern and the zone label.
 */
final class ZonedTimes {
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private final ZoneId zone;

    ZonedTimes(ZoneId zone) {
        this.zone = zone;
    }

    /** "UTC" for UTC (whatever its id), else the zone id. */
    String zoneLabel() {
        return zone.normalized().equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
    }

    /** "2026-01-02 03:04 UTC"; "" for null. */
    String minutesWithZone(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant.atZone(zone)) + " " + zoneLabel();
    }

    /** "2026-01-02 03:04:05" (the zone is named once, e.g. in a column heading). */
    String seconds(Instant instant) {
        return SECONDS.format(instant.atZone(zone));
    }
}
