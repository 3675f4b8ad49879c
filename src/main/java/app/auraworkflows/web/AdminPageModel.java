package app.auraworkflows.web;

import app.auraworkflows.twofactor.EnrolmentPage;
import app.auraworkflows.twofactor.ClientInfo;
import app.auraworkflows.twofactor.EnrolmentView;
import app.auraworkflows.twofactor.AuditRetention;
import app.auraworkflows.twofactor.PendingExpiry;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Role: builds the view model of the admin 2FA screen. Every decision the template needs (counts, empty
 * states, paging links, lock lozenges, date texts) is made here; the Soy template only prints it.
 */
final class AdminPageModel {

    private final String contextPath;
    private final AdminListParameters parameters;
    private final int pageSize;
    private final ZonedTimes times;

    AdminPageModel(String contextPath, AdminListParameters parameters, int pageSize, ZoneId zone) {
        this.contextPath = contextPath == null ? "" : contextPath;
        this.parameters = parameters;
        this.pageSize = pageSize;
        this.times = new ZonedTimes(zone);
    }


    Map<String, Object> build(EnrolmentPage pending, EnrolmentPage active) {
        return build(pending, active, AdminSettingsView.defaults());
    }

    Map<String, Object> build(EnrolmentPage pending, EnrolmentPage active, AdminSettingsView settings) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("expiryDays", settings.expiryInput() == null ? String.valueOf(settings.expiryDays()) : settings.expiryInput());
        model.put("expiryError", settings.expiryInput() != null);
        model.put("expirySaved", TwoFactorAdminServlet.SAVED_EXPIRY.equals(settings.saved()));
        model.put("expiryMin", PendingExpiry.MIN_DAYS);
        model.put("expiryMax", PendingExpiry.MAX_DAYS);
        model.put("retentionDays", settings.retentionInput() == null
                ? String.valueOf(settings.retentionDays()) : settings.retentionInput());
        model.put("retentionError", settings.retentionInput() != null);
        model.put("retentionSaved", TwoFactorAdminServlet.SAVED_RETENTION.equals(settings.saved()));
        model.put("retentionMin", AuditRetention.MIN_DAYS);
        model.put("retentionMax", AuditRetention.MAX_DAYS);
        model.put("retentionDefault", AuditRetention.DEFAULT_DAYS);
        // The servlet replaces these with the real XSRF field; without it the form's POST is refused.
        model.put("xsrfParameterName", "atl_token");
        model.put("xsrfToken", "");
        model.put("decorator", WebModules.DECORATOR_ADMIN);
        model.put("pageUrl", contextPath + WebModules.ADMIN_PATH);
        model.put("auditUrl", contextPath + WebModules.AUDIT_PATH);
        model.put("restBase", contextPath + WebModules.REST_BASE);
        model.put("query", parameters.query());
        model.put("hasQuery", !parameters.query().isEmpty());
        model.put("pending", list(pending, parameters.pending(), true));
        model.put("active", list(active, parameters.active(), false));
        return model;
    }

    private Map<String, Object> list(EnrolmentPage page, AdminListParameters.Place place, boolean pendingList) {
        Map<String, Object> list = new LinkedHashMap<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (EnrolmentView view : page.users()) {
            rows.add(row(view));
        }
        list.put("total", page.total());
        list.put("totalExact", page.totalExact());
        list.put("rows", rows);
        list.put("hasRows", !rows.isEmpty());
        list.put("showActivation", !pendingList);
        list.put("showExpiry", pendingList);
        boolean hasPrevious = page.previous() != null;
        boolean hasNext = page.next() != null;
        // The label's numbers travel in the URL; on the first page they are 1..n whatever the URL said.
        int before = hasPrevious ? Math.min(place.from(), Math.max(0, page.total() - rows.size())) : 0;
        list.put("from", rows.isEmpty() ? 0 : before + 1);
        list.put("to", before + rows.size());
        list.put("hasPaging", hasPrevious || hasNext);
        list.put("hasPrevious", hasPrevious);
        list.put("hasNext", hasNext);
        list.put("previousUrl", hasPrevious ? url(pendingList,
                new AdminListParameters.Place(page.previous(), true, Math.max(0, before - pageSize))) : "");
        list.put("nextUrl", hasNext ? url(pendingList,
                new AdminListParameters.Place(page.next(), false, before + rows.size())) : "");
        return list;
    }

    private Map<String, Object> row(EnrolmentView view) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("username", text(view.username()));
        row.put("fullName", view.fullName() == null || view.fullName().isBlank()
                ? text(view.username()) : view.fullName());
        row.put("addedBy", text(view.addedBy()));
        putInstant(row, "addedAt", view.addedAt());
        putInstant(row, "activatedAt", view.activatedAt());
        putInstant(row, "lastUsedAt", view.lastUsedAt());
        row.put("hasLastUsed", view.lastUsedAt() != null);
        putInstant(row, "lockedUntil", view.lockedUntil());
        row.put("locked", view.lockedUntil() != null || view.lockedUntilUnlock());
        row.put("lockedUntilUnlock", view.lockedUntilUnlock());
        putInstant(row, "expiresAt", view.expiresAt());
        row.put("hasExpiry", view.expiresAt() != null);
        row.put("expired", view.expired());
        row.put("activatedFrom", clientText(view.activatedFrom()));
        row.put("hasActivatedFrom", view.activatedFrom() != null);
        return row;
    }

    /** "IP, browser" of the client that confirmed a setup ("" if unknown); untrusted text, escaped by Soy. */
    static String clientText(ClientInfo client) {
        if (client == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (client.address() != null) {
            parts.add(client.address());
        }
        if (client.userAgent() != null) {
            parts.add(client.userAgent());
        }
        return String.join(", ", parts);
    }

    private void putInstant(Map<String, Object> row, String name, Instant instant) {
        // The zone is printed so admins in other time zones read the times right.
        row.put(name, times.minutesWithZone(instant));
        row.put(name + "Iso", instant == null ? "" : instant.toString());
    }

    /** The screen URL for one list's page, keeping the search and the other list's position. */
    private String url(boolean pendingList, AdminListParameters.Place place) {
        StringBuilder url = new StringBuilder(contextPath).append(WebModules.ADMIN_PATH);
        List<String> parts = new ArrayList<>();
        if (!parameters.query().isEmpty()) {
            parts.add(AdminListParameters.QUERY + "=" + URLEncoder.encode(parameters.query(), StandardCharsets.UTF_8));
        }
        addPlace(parts, "pending", pendingList ? place : parameters.pending());
        addPlace(parts, "active", pendingList ? parameters.active() : place);
        if (!parts.isEmpty()) {
            url.append('?').append(String.join("&", parts));
        }
        return url.toString();
    }

    private static void addPlace(List<String> parts, String list, AdminListParameters.Place place) {
        if (place.cursor() == null) {
            return;
        }
        parts.add((place.backwards() ? AdminListParameters.before(list) : AdminListParameters.after(list)) + "="
                + place.cursor().token());
        if (place.from() > 0) {
            parts.add(AdminListParameters.fromName(list) + "=" + place.from());
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
