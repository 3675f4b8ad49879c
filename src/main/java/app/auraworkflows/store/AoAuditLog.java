package app.auraworkflows.store;

import app.auraworkflows.twofactor.AuditEvent;
import app.auraworkflows.twofactor.ClientInfo;
import app.auraworkflows.twofactor.AuditLog;
import app.auraworkflows.twofactor.AuditOutcome;
import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.springframework.stereotype.Component;

/**
 * {@link AuditLog} on Active Objects ({@link AOAuditEvent}): a plain insert per event (no unique key, so it can
 * never abort a surrounding review transaction), filter and order in the database, one page at a time.
 */
@Component
public class AoAuditLog implements AuditLog {
    private static final String ORDER = "OCCURRED_AT DESC, ID DESC";

    private final ActiveObjects ao;

    public AoAuditLog(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public void append(AuditEvent event) {
        ao.create(AOAuditEvent.class,
                new DBParam("OCCURRED_AT", event.at().toEpochMilli()),
                new DBParam("USER_KEY", event.userKey()),
                new DBParam("USERNAME", StoreText.clip(event.username())),
                new DBParam("USERNAME_LOWER", event.username() == null ? null
                        : StoreText.clip(event.username().toLowerCase(Locale.ROOT))),
                new DBParam("FULL_NAME", StoreText.clip(event.fullName())),
                new DBParam("OUTCOME", event.outcome().name()),
                new DBParam("PAGE_ID", event.pageId()),
                new DBParam("ACTOR_USERNAME", StoreText.clip(event.actorUsername())),
                new DBParam("CLIENT_IP", event.client() == null ? null : event.client().address()),
                new DBParam("USER_AGENT", event.client() == null ? null : StoreText.clip(event.client().userAgent())));
    }

    @Override
    public List<AuditEvent> find(String usernameLower, AuditOutcome outcome, int start, int limit) {
        Query select = filter(usernameLower, outcome).order(ORDER).limit(limit).offset(Math.max(0, start));
        List<AuditEvent> events = new ArrayList<>();
        for (AOAuditEvent row : ao.find(AOAuditEvent.class, select)) {
            AuditOutcome parsed = AuditOutcome.parse(row.getOutcome());
            if (parsed != null) { // a row of a newer plugin version with an outcome this one does not know
                events.add(new AuditEvent(row.getID(), Instant.ofEpochMilli(row.getOccurredAt()), row.getUserKey(),
                        row.getUsername(), row.getFullName(), parsed, row.getPageId(), row.getActorUsername(),
                        row.getClientIp() == null && row.getUserAgent() == null
                                ? null : new ClientInfo(row.getClientIp(), row.getUserAgent())));
            }
        }
        return events;
    }

    @Override
    public int count(String usernameLower, AuditOutcome outcome) {
        return ao.count(AOAuditEvent.class, filter(usernameLower, outcome));
    }

    private static Query filter(String usernameLower, AuditOutcome outcome) {
        if (usernameLower != null && outcome != null) {
            return Query.select().where("USERNAME_LOWER = ? AND OUTCOME = ?", usernameLower, outcome.name());
        }
        if (usernameLower != null) {
            return Query.select().where("USERNAME_LOWER = ?", usernameLower);
        }
        if (outcome != null) {
            return Query.select().where("OUTCOME = ?", outcome.name());
        }
        return Query.select();
    }
}
