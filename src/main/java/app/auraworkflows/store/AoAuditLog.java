package app.auraworkflows.store;

import app.auraworkflows.twofactor.AuditEvent;
import app.auraworkflows.twofactor.ClientInfo;
import app.auraworkflows.twofactor.AuditFilter;
import app.auraworkflows.twofactor.AuditLog;
import app.auraworkflows.twofactor.AuditOutcome;
import app.auraworkflows.twofactor.EnrolmentOrder;
import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Collections;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.springframework.stereotype.Component;

/**
 * {@link AuditLog} on Active Objects ({@link AOAuditEvent}): a plain insert per event (no unique key, so it can
 * never abort a surrounding review transaction), filter and order in the database, one page at a time; the export
 * seeks by (time, id) instead of an offset, so reading a million events costs each batch the same; retention deletes
 * the oldest events by id, a bounded batch per call.
 */
@Component
public class AoAuditLog implements AuditLog {
    /**
     * Newest first. With an outcome alone, spelled with the outcome in front, so the order is exactly that filter's
     * index (a database uses an index for ORDER BY only when the order names its columns; the outcome is constant, so
     * the rows come in the same order); otherwise by time, which the time index serves.
     */
    private static String order(AuditFilter filter) {
        // A user prefix spans users, so its rows come newest first by time, not grouped by user.
        if (filter.outcome() != null && filter.userPrefix() == null) {
            return "OUTCOME DESC, OCCURRED_AT DESC, ID DESC";
        }
        return "OCCURRED_AT DESC, ID DESC";
    }

    private final ActiveObjects ao;

    public AoAuditLog(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public void append(AuditEvent event) {
        ao.create(AOAuditEvent.class,
                new DBParam("OCCURRED_AT", event.at().toEpochMilli()),
                new DBParam("USER_KEY", event.userKey()),
                new DBParam("USERNAME", StoreText.recorded("USERNAME", event.username())),
                new DBParam("USERNAME_LOWER", event.username() == null ? null
                        : StoreText.indexKey(event.username().toLowerCase(Locale.ROOT))),
                new DBParam("FULL_NAME", StoreText.recorded("FULL_NAME", event.fullName())),
                new DBParam("FULL_NAME_LOWER", fullNameKey(event.fullName())),
                new DBParam("LAST_NAME_LOWER", lastNameKey(event.fullName())),
                new DBParam("OUTCOME", event.outcome().name()),
                new DBParam("PAGE_ID", event.pageId()),
                new DBParam("ACTOR_USERNAME", StoreText.recorded("ACTOR_USERNAME", event.actorUsername())),
                new DBParam("CLIENT_IP", event.client() == null ? null : event.client().address()),
                new DBParam("USER_AGENT", event.client() == null ? null
                        : StoreText.recorded("USER_AGENT", event.client().userAgent())));
    }

    @Override
    public List<AuditEvent> find(AuditFilter filter, int start, int limit) {
        return events(where(filter).query().order(order(filter)).limit(limit).offset(Math.max(0, start)));
    }

    @Override
    public List<AuditEvent> findAfter(AuditFilter filter, AuditEvent last, int limit) {
        List<AuditEvent> events = new ArrayList<>();
        Long seekAt = last == null ? null : last.at().toEpochMilli();
        long seekId = last == null ? 0 : last.id();
        while (events.size() < limit) {
            int wanted = limit - events.size();
            AOAuditEvent[] rows = ao.find(AOAuditEvent.class, seek(filter, seekAt, seekId)
                    .order(order(filter)).limit(wanted));
            for (AOAuditEvent row : rows) {
                toEvent(row).ifPresent(events::add);
            }
            if (rows.length < wanted) {
                break; // the log has no more matching rows
            }
            // Only when a row of an outcome this version does not know was skipped: seek on from the last row read.
            seekAt = rows[rows.length - 1].getOccurredAt();
            seekId = rows[rows.length - 1].getID();
        }
        return events;
    }

    /**
     * The filter plus "older than (at, id)": (OCCURRED_AT, ID) < (t, id), spelled as a range on the time (which the
     * index seeks to) narrowed by the id, as every AO database reads it.
     */
    private static Query seek(AuditFilter filter, Long at, long id) {
        Where where = where(filter);
        if (at == null) {
            return where.query();
        }
        return where.and("OCCURRED_AT <= ? AND (OCCURRED_AT < ? OR ID < ?)", at, at, id).query();
    }

    @Override
    public int deleteBefore(Instant cutoff, int limit) {
        AOAuditEvent[] oldest = ao.find(AOAuditEvent.class, Query.select("ID")
                .where("OCCURRED_AT < ?", cutoff.toEpochMilli()).order("OCCURRED_AT ASC, ID ASC").limit(limit));
        if (oldest.length == 0) {
            return 0;
        }
        Object[] ids = new Object[oldest.length];
        for (int i = 0; i < oldest.length; i++) {
            ids[i] = oldest[i].getID();
        }
        String placeholders = String.join(",", Collections.nCopies(ids.length, "?"));
        return ao.deleteWithSQL(AOAuditEvent.class, "ID IN (" + placeholders + ")", ids);
    }

    @Override
    public int count(AuditFilter filter) {
        return ao.count(AOAuditEvent.class, where(filter).query());
    }

    private List<AuditEvent> events(Query select) {
        List<AuditEvent> events = new ArrayList<>();
        for (AOAuditEvent row : ao.find(AOAuditEvent.class, select)) {
            toEvent(row).ifPresent(events::add);
        }
        return events;
    }

    /** Empty for a row of a newer plugin version whose outcome this one does not know. */
    private static Optional<AuditEvent> toEvent(AOAuditEvent row) {
        AuditOutcome parsed = AuditOutcome.parse(row.getOutcome());
        if (parsed == null) {
            return Optional.empty();
        }
        return Optional.of(new AuditEvent(row.getID(), Instant.ofEpochMilli(row.getOccurredAt()), row.getUserKey(),
                row.getUsername(), row.getFullName(), parsed, row.getPageId(), row.getActorUsername(),
                row.getClientIp() == null && row.getUserAgent() == null
                        ? null : new ClientInfo(row.getClientIp(), row.getUserAgent())));
    }

    /**
     * The stored search keys of a full name, for new events and for the upgrade of earlier ones alike:
     * {@link EnrolmentOrder}'s keys, as {@link AuditFilter#matchesUser} compares them, cut only as index keys.
     */
    static String fullNameKey(String fullName) {
        return StoreText.indexKey(EnrolmentOrder.fullNameKey(fullName));
    }

    static String lastNameKey(String fullName) {
        return StoreText.indexKey(EnrolmentOrder.lastNameKey(fullName));
    }

    /**
     * The filter as conditions: the start of the username, full name or last name as a range on each column (one
     * index each, joined by OR), the outcome as equality, the days as a range on OCCURRED_AT.
     */
    private static Where where(AuditFilter filter) {
        String prefix = filter.userPrefix();
        Where where = prefix == null ? Where.ALL
                : Where.ALL.andStartsWithAny(List.of("USERNAME_LOWER", "FULL_NAME_LOWER", "LAST_NAME_LOWER"), prefix);
        if (filter.outcome() != null) {
            where = where.and("OUTCOME = ?", filter.outcome().name());
        }
        if (filter.from() != null) {
            where = where.and("OCCURRED_AT >= ?", filter.from().toEpochMilli());
        }
        if (filter.before() != null) {
            where = where.and("OCCURRED_AT < ?", filter.before().toEpochMilli());
        }
        return where;
    }
}
