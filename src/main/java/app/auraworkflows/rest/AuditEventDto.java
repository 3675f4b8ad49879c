package app.auraworkflows.rest;

import app.auraworkflows.confluence.AuditPageLinks;
import app.auraworkflows.confluence.ConfluencePages;
import app.auraworkflows.twofactor.AuditEvent;
import java.util.Optional;

/**
 * One event of {@code GET /2fa/audit}. {@code at} is ISO-8601 UTC; {@code pageTitle} is null when the event has
 * no page or the caller may not view it (the id is still given). No code or secret is ever part of it.
 */
public record AuditEventDto(String at, String username, String fullName, String outcome, Long pageId,
                            String pageTitle, String actor) {

    static AuditEventDto from(AuditEvent event, AuditPageLinks.Lookup pages) {
        Optional<ConfluencePages.PageFacts> page = pages.page(event.pageId());
        return new AuditEventDto(event.at().toString(), event.username(), event.fullName(), event.outcome().name(),
                event.pageId(), page.map(ConfluencePages.PageFacts::title).orElse(null), event.actorUsername());
    }
}
