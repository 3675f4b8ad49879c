package app.auraworkflows.rest;

import app.auraworkflows.confluence.AuditPageLinks;
import app.auraworkflows.confluence.ConfluencePages;
import app.auraworkflows.twofactor.AuditEvent;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Optional;

/**
 * One event of {@code GET /2fa/audit}. {@code at} is ISO-8601 UTC; {@code pageTitle} is null when the event has
 * no page or the caller may not view it (the id is still given). {@code clientIp}/{@code userAgent} are the client
 * of a setup confirmation (USER_ACTIVATED), else null. No code or secret is ever part of it.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE,
        creatorVisibility = Visibility.ANY)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AuditEventDto(@JsonProperty("at") String at, @JsonProperty("username") String username,
                            @JsonProperty("fullName") String fullName, @JsonProperty("outcome") String outcome,
                            @JsonProperty("pageId") Long pageId, @JsonProperty("pageTitle") String pageTitle,
                            @JsonProperty("actor") String actor, @JsonProperty("clientIp") String clientIp,
                            @JsonProperty("userAgent") String userAgent) {

    static AuditEventDto from(AuditEvent event, AuditPageLinks.Lookup pages) {
        Optional<ConfluencePages.PageFacts> page = pages.page(event.pageId());
        return new AuditEventDto(event.at().toString(), event.username(), event.fullName(), event.outcome().name(),
                event.pageId(), page.map(ConfluencePages.PageFacts::title).orElse(null), event.actorUsername(),
                event.client() == null ? null : event.client().address(),
                event.client() == null ? null : event.client().userAgent());
    }
}
