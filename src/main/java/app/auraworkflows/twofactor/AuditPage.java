package app.auraworkflows.twofactor;

import java.util.List;

/** One page of the 2FA audit log: the number of matching events and the events of the page, newest first. */
public record AuditPage(int total, List<AuditEvent> events) {
    public AuditPage {
        events = List.copyOf(events);
    }
}
