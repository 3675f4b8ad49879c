package app.auraworkflows.twofactor;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

/**
 * Which 2FA audit events to read: users whose username, full name or last name starts with a text (any case; a whole
 * name matches too), as the admin Users search finds people, one outcome, and a range of days, each optional. Days are whole days in the reader's zone, both ends included, so "from 1 December to 3 December" reads
 * what the reader sees as those three days.
 *
 * @param userPrefix    the start of the username, full name or last name, lower-cased, or null for every user
 * @param outcome       the outcome, or null for every outcome
 * @param from          the first instant included, or null for no lower bound
 * @param before        the first instant no longer included, or null for no upper bound
 */
public record AuditFilter(String userPrefix, AuditOutcome outcome, Instant from, Instant before) {
    /** Every event. */
    public static final AuditFilter ALL = new AuditFilter(null, null, null, null);

    /**
     * @param user     the start of the username, full name or last name (any case), or null/blank for every user
     * @param firstDay the first day included, or null
     * @param lastDay  the last day included, or null
     * @param zone     the zone the days are read in (the reader's profile zone)
     */
    public static AuditFilter of(String user, AuditOutcome outcome, LocalDate firstDay, LocalDate lastDay,
                                 ZoneId zone) {
        String prefix = user == null || user.isBlank() ? null : user.strip().toLowerCase(Locale.ROOT);
        return new AuditFilter(prefix, outcome, firstDay == null ? null : firstDay.atStartOfDay(zone).toInstant(),
                lastDay == null ? null : lastDay.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** Every event of this user and outcome, whenever it happened. */
    public static AuditFilter of(String user, AuditOutcome outcome) {
        return of(user, outcome, null, null, ZoneId.of("UTC"));
    }

    /**
     * Whether an event of this user passes the user part of the filter: the username, the full name or its last word
     * starts with the prefix, each as {@link EnrolmentOrder}'s search key. The store asks the same in SQL.
     */
    public boolean matchesUser(String username, String fullName) {
        if (userPrefix == null) {
            return true;
        }
        return startsWith(EnrolmentOrder.usernameKey(username)) || startsWith(EnrolmentOrder.fullNameKey(fullName))
                || startsWith(EnrolmentOrder.lastNameKey(fullName));
    }

    private boolean startsWith(String key) {
        return key != null && key.startsWith(userPrefix);
    }
}
