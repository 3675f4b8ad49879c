package app.auraworkflows.web;

import app.auraworkflows.confluence.AuditPageLinks;
import app.auraworkflows.confluence.ConfluencePages;
import app.auraworkflows.twofactor.AuditEvent;
import app.auraworkflows.twofactor.AuditOutcome;
import app.auraworkflows.twofactor.AuditPage;
import com.atlassian.sal.api.message.I18nResolver;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Role: builds the view model of the 2FA audit screen (Administration → 2FA → Audit log): filter values, the
 * outcome options, rows with translated outcomes and lozenge colours, page links, paging and the CSV link.
 * The Soy template only prints it.
 */
final class AuditPageModel {
    private final String contextPath;
    private final AuditListParameters parameters;
    private final int pageSize;
    private final ZonedTimes times;
    private final I18nResolver i18n;

    AuditPageModel(String contextPath, AuditListParameters parameters, int pageSize, ZoneId zone, I18nResolver i18n) {
        this.contextPath = contextPath == null ? "" : contextPath;
        this.parameters = parameters;
        this.pageSize = pageSize;
        this.times = new ZonedTimes(zone);
        this.i18n = i18n;
    }

    Map<String, Object> build(AuditPage page, int start, AuditPageLinks.Lookup pages) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("decorator", WebModules.DECORATOR_ADMIN);
        model.put("pageUrl", contextPath + WebModules.AUDIT_PATH);
        model.put("usersUrl", contextPath + WebModules.ADMIN_PATH);
        model.put("user", parameters.user());
        model.put("fromDay", parameters.from() == null ? "" : parameters.from().toString());
        model.put("toDay", parameters.to() == null ? "" : parameters.to().toString());
        model.put("filtered", parameters.filtered());
        model.put("outcomes", outcomeOptions());
        model.put("csvUrl", contextPath + WebModules.REST_BASE + "/2fa/audit.csv" + query(null));
        model.put("total", page.total());
        model.put("zone", times.zoneLabel());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (AuditEvent event : page.events()) {
            rows.add(row(event, pages));
        }
        model.put("rows", rows);
        model.put("hasRows", !rows.isEmpty());
        int to = start + rows.size();
        model.put("from", rows.isEmpty() ? 0 : start + 1);
        model.put("to", to);
        boolean hasPrevious = start > 0;
        boolean hasNext = to < page.total() && !rows.isEmpty();
        model.put("hasPaging", hasPrevious || hasNext);
        model.put("hasPrevious", hasPrevious);
        model.put("hasNext", hasNext);
        model.put("previousUrl", hasPrevious ? pageUrl(Math.max(0, Math.min(start, page.total()) - pageSize)) : "");
        model.put("nextUrl", hasNext ? pageUrl(start + pageSize) : "");
        return model;
    }

    private List<Map<String, Object>> outcomeOptions() {
        List<Map<String, Object>> options = new ArrayList<>();
        for (AuditOutcome outcome : AuditOutcome.values()) {
            Map<String, Object> option = new LinkedHashMap<>();
            option.put("value", outcome.name());
            option.put("label", outcomeLabel(outcome));
            option.put("selected", outcome == parameters.outcome());
            options.add(option);
        }
        return options;
    }

    private Map<String, Object> row(AuditEvent event, AuditPageLinks.Lookup pages) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("at", times.seconds(event.at()));
        row.put("atIso", event.at().toString());
        row.put("username", text(event.username()));
        row.put("fullName", event.fullName() == null || event.fullName().isBlank()
                ? text(event.username()) : event.fullName());
        row.put("outcome", event.outcome().name());
        row.put("outcomeLabel", outcomeLabel(event.outcome()));
        row.put("lozenge", lozenge(event.outcome()));
        row.put("actor", text(event.actorUsername()));
        String client = AdminPageModel.clientText(event.client());
        row.put("client", client);
        row.put("hasClient", !client.isEmpty());
        Optional<ConfluencePages.PageFacts> page = pages.page(event.pageId());
        row.put("hasPage", event.pageId() != null);
        row.put("pageLinked", page.isPresent());
        row.put("pageTitle", page.map(ConfluencePages.PageFacts::title).orElse(""));
        row.put("pageUrl", page.map(p -> contextPath + p.urlPath()).orElse(""));
        // A page the admin may not view (or that was deleted) is named by its id only.
        row.put("pageFallback", event.pageId() == null ? ""
                : i18n.getText("aura.2fa.audit.page.hidden", String.valueOf(event.pageId())));
        return row;
    }

    String outcomeLabel(AuditOutcome outcome) {
        return i18n.getText(outcomeKey(outcome));
    }

    /** The i18n key of an outcome's label (spelled out, so the bundle test sees every key in use). */
    static String outcomeKey(AuditOutcome outcome) {
        return switch (outcome) {
            case INVALID_CODE -> "aura.2fa.audit.outcome.invalidcode";
            case CODE_REUSED -> "aura.2fa.audit.outcome.codereused";
            case LOCKED -> "aura.2fa.audit.outcome.locked";
            case NOT_ACTIVE -> "aura.2fa.audit.outcome.notactive";
            case LOCKOUT_STARTED -> "aura.2fa.audit.outcome.lockoutstarted";
            case LOCKED_UNTIL_UNLOCK -> "aura.2fa.audit.outcome.lockeduntilunlock";
            case ADMIN_UNLOCK -> "aura.2fa.audit.outcome.adminunlock";
            case USER_ADDED -> "aura.2fa.audit.outcome.useradded";
            case USER_REVOKED -> "aura.2fa.audit.outcome.userrevoked";
            case USER_ACTIVATED -> "aura.2fa.audit.outcome.useractivated";
            case RETENTION_CHANGED -> "aura.2fa.audit.outcome.retentionchanged";
        };
    }

    /** The AUI lozenge of an outcome: red for lockouts, yellow for refused codes, green for set-up progress. */
    static String lozenge(AuditOutcome outcome) {
        return switch (outcome) {
            case LOCKED, LOCKOUT_STARTED, LOCKED_UNTIL_UNLOCK -> "aui-lozenge-removed";
            case INVALID_CODE, CODE_REUSED, NOT_ACTIVE -> "aui-lozenge-moved";
            case USER_ADDED, USER_ACTIVATED -> "aui-lozenge-success";
            case ADMIN_UNLOCK -> "aui-lozenge-current";
            case USER_REVOKED, RETENTION_CHANGED -> "aui-lozenge-complete";
        };
    }

    private String pageUrl(int start) {
        return contextPath + WebModules.AUDIT_PATH + query(start);
    }

    /** The filter as a query string (with the offset when given and above 0); "" when there is nothing to add. */
    private String query(Integer start) {
        StringBuilder query = new StringBuilder();
        if (!parameters.user().isEmpty()) {
            append(query, AuditListParameters.USER, parameters.user());
        }
        if (parameters.outcome() != null) {
            append(query, AuditListParameters.OUTCOME, parameters.outcome().name());
        }
        if (parameters.from() != null) {
            append(query, AuditListParameters.FROM, parameters.from().toString());
        }
        if (parameters.to() != null) {
            append(query, AuditListParameters.TO, parameters.to().toString());
        }
        if (start != null && start > 0) {
            append(query, AuditListParameters.START, String.valueOf(start));
        }
        return query.toString();
    }

    private static void append(StringBuilder query, String name, String value) {
        query.append(query.length() == 0 ? '?' : '&').append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
