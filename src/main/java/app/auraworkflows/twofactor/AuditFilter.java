package app.auraworkflows.twofactor;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

/**
 * Which 2FA audit events to read: users whose username starts with a text (any case; the whole username matches
 * too, as the admin list's search does), one outcome, and a range of days, each optional. Days are whole days in the reader's zone, both ends included, so "from 1 December to 3 December" reads
 * what the reader sees as those three days.
 *
 * @param usernameLower the start of the username, lower-cased, or null for every user
 * @param outcome       the outcome, or null for every outcome
 * @param from          the first instant included, or null for no lower bound
 * @param before        the first instant no longer included, or null for no upper bound
 */
public record AuditFilter(String usernameLower, AuditOutcome outcome, Instant from, Instant before) {
    /** Every event. */
    public static final AuditFilter ALL = new AuditFilter(null, null, null, null);

    /**
     * @param username the start of the username (any case), or null/blank for every user
     * @param firstDay the first day included, or null
     * @param lastDay  the last day included, or null
     * @param zone     the zone the days are read in (the reader's profile zone)
     */
    public static AuditFilter of(String username, AuditOutcome outcome, LocalDate firstDay, LocalDate lastDay,
                                 ZoneId zone) {
        String user = username == null || username.isBlank() ? null : username.strip().toLowerCase(Locale.ROOT);
        return new AuditFilter(user, outcome, firstDay == null ? null : firstDay.atStartOfDay(zone).toInstant(),
                lastDay == null ? null : lastDay.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** Every event of this user and outcome, whenever it happened. */
    public static AuditFilter of(String username, AuditOutcome outcome) {
        return of(username, outcome, null, null, ZoneId.of("UTC"));
    }
}
