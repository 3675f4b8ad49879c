package app.auraworkflows.rest;

import app.auraworkflows.confluence.AuditPageLinks;
import app.auraworkflows.confluence.AuraPermissions;
import app.auraworkflows.confluence.ConfluencePages;
import app.auraworkflows.twofactor.AuditEvent;
import app.auraworkflows.twofactor.AuditFilter;
import app.auraworkflows.twofactor.AuditOutcome;
import app.auraworkflows.twofactor.AuditPage;
import app.auraworkflows.twofactor.TwoFactorAuditTrail;
import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Role: admin REST resource of the 2FA audit log: {@code GET /2fa/audit} (JSON, paged) and
 * {@code GET /2fa/audit.csv} (every matching event, as a CSV download). Confluence administrators only, with a
 * secure administrator session (WebSudo) for cookie sessions, like the audit screen that shows the same events,
 * so an unattended or hijacked admin session gets no more from REST than from the screen.
 *
 * <p>Both take the same filter: {@code user} (the start of a username, full name or last name, any case) and {@code outcome} (an
 * {@link AuditOutcome} name). A page title appears only when the caller may view that page.
 */
@Path("/2fa")
@AdminOnly
@WebSudoRequired
public class TwoFactorAuditResource {
    static final int DEFAULT_LIMIT = 50;
    static final String CSV_TYPE = "text/csv;charset=UTF-8";

    private final TwoFactorAuditTrail audit;
    private final AuditPageLinks pageLinks;
    private final AuraPermissions permissions;
    private final RestErrors errors;
    private final app.auraworkflows.web.UserClock clock;

    @Inject
    public TwoFactorAuditResource(TwoFactorAuditTrail audit, AuditPageLinks pageLinks, AuraPermissions permissions,
                                  RestErrors errors, app.auraworkflows.web.UserClock clock) {
        this.audit = audit;
        this.pageLinks = pageLinks;
        this.permissions = permissions;
        this.errors = errors;
        this.clock = clock;
    }

    /**
     * One page of events, newest first. {@code from} and {@code to} ({@code yyyy-MM-dd}, both days included, in the
     * caller's profile zone) narrow it to a range of days. 200 {@code {"total","start","limit","events"}}; 400
     * INVALID_INPUT (unknown outcome, a date not {@code yyyy-MM-dd} or from after to, start not a whole number ≥ 0,
     * limit not 1–200, user too long); 401; 403.
     */
    @GET
    @Path("/audit")
    public Response list(@Context HttpServletRequest request, @QueryParam("user") String user,
                         @QueryParam("outcome") String outcome, @QueryParam("from") String from,
                         @QueryParam("to") String to, @QueryParam("start") String start,
                         @QueryParam("limit") String limit) {
        RestCaller caller = RestCaller.administrator(permissions, errors, request);
        Filter filter = filter(caller, user, outcome, from, to);
        Response refusal = refusal(caller, filter);
        if (refusal != null) {
            return refusal;
        }
        Paging paging = Paging.offset(start, limit, DEFAULT_LIMIT, TwoFactorAuditTrail.MAX_PAGE, errors);
        if (paging.refusal() != null) {
            return paging.refusal();
        }
        AuditPage page = audit.page(filter.audit(), paging.start(), paging.limit());
        AuditPageLinks.Lookup pages = pageLinks.forViewer(caller.user());
        return Response.ok(new AuditPageDto(page.total(), paging.start(), paging.limit(),
                page.events().stream().map(e -> AuditEventDto.from(e, pages)).toList()))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    /**
     * Every matching event as CSV (newest first, header row first), streamed in batches;
     * {@code Content-Disposition: attachment}; the same filter as the list. 400 INVALID_INPUT (JSON) for a bad filter;
     * 401; 403.
     */
    @GET
    @Path("/audit.csv")
    public Response export(@Context HttpServletRequest request, @QueryParam("user") String user,
                           @QueryParam("outcome") String outcome, @QueryParam("from") String from,
                           @QueryParam("to") String to) {
        RestCaller caller = RestCaller.administrator(permissions, errors, request);
        Filter filter = filter(caller, user, outcome, from, to);
        Response refusal = refusal(caller, filter);
        if (refusal != null) {
            return refusal;
        }
        AuditPageLinks.Lookup pages = pageLinks.forViewer(caller.user());
        StreamingOutput body = stream -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            AuditCsv csv = new AuditCsv(writer);
            csv.row(List.of("time_utc", "username", "full_name", "outcome", "page_id", "page_title", "actor",
                    "client_ip", "user_agent"));
            try {
                audit.forEach(filter.audit(), event -> row(csv, event, pages));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            writer.flush();
        };
        return Response.ok(body, CSV_TYPE)
                .header("Content-Disposition", "attachment; filename=\"aura-workflows-2fa-audit.csv\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    /** The filter, its days read in the caller's profile zone (not parsed at all for a refused caller). */
    private Filter filter(RestCaller caller, String user, String outcome, String from, String to) {
        return caller.refused() ? new Filter(AuditFilter.ALL, null) : Filter.parse(user, outcome, from, to,
                clock.zoneOf(caller.user().userKey()));
    }

    /** The answer when the caller may not read the log (401/403) or the filter is malformed (400); else null. */
    private Response refusal(RestCaller caller, Filter filter) {
        if (caller.refused()) {
            return caller.refusal();
        }
        return filter.problem() == null ? null : filter.problem().apply(errors);
    }

    private static void row(AuditCsv csv, AuditEvent event, AuditPageLinks.Lookup pages) {
        try {
            csv.row(List.of(event.at().toString(), text(event.username()), text(event.fullName()),
                    event.outcome().name(), event.pageId() == null ? "" : String.valueOf(event.pageId()),
                    pages.page(event.pageId()).map(ConfluencePages.PageFacts::title).orElse(""),
                    text(event.actorUsername()),
                    event.client() == null ? "" : text(event.client().address()),
                    event.client() == null ? "" : text(event.client().userAgent())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** The validated filter of both methods, or the 400 to answer. */
    private record Filter(AuditFilter audit, java.util.function.Function<RestErrors, Response> problem) {
        static Filter parse(String user, String outcome, String from, String to, java.time.ZoneId zone) {
            if (!RestParameters.isCleanText(user)) {
                return refused(e -> e.controlCharacter("user"));
            }
            String u = user == null ? "" : user.strip();
            if (u.length() > TwoFactorAuditTrail.MAX_USERNAME_FILTER) {
                return refused(e -> e.invalidInput("aura.2fa.audit.rest.error.user", TwoFactorAuditTrail.MAX_USERNAME_FILTER));
            }
            AuditOutcome parsed = null;
            if (outcome != null && !outcome.isBlank()) {
                parsed = AuditOutcome.parse(outcome);
                if (parsed == null) {
                    return refused(e -> e.invalidInput("aura.2fa.audit.rest.error.outcome"));
                }
            }
            java.time.LocalDate first;
            java.time.LocalDate last;
            try {
                first = day(from);
                last = day(to);
            } catch (java.time.format.DateTimeParseException notADate) {
                return refused(e -> e.invalidInput("aura.2fa.audit.rest.error.days"));
            }
            if (first != null && last != null && first.isAfter(last)) {
                return refused(e -> e.invalidInput("aura.2fa.audit.rest.error.days"));
            }
            return new Filter(AuditFilter.of(u, parsed, first, last, zone), null);
        }

        private static java.time.LocalDate day(String text) {
            return text == null || text.isBlank() ? null : java.time.LocalDate.parse(text.strip());
        }

        private static Filter refused(java.util.function.Function<RestErrors, Response> problem) {
            return new Filter(AuditFilter.ALL, problem);
        }
    }
}
