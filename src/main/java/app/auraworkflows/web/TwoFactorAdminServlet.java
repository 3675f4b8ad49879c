package app.auraworkflows.web;

import app.auraworkflows.confluence.AuraUser;
import app.auraworkflows.kernel.TimeSource;
import app.auraworkflows.twofactor.AuditRetention;
import app.auraworkflows.twofactor.EnrolmentPage;
import app.auraworkflows.twofactor.EnrolmentService;
import app.auraworkflows.twofactor.EnrolmentStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Role: the admin screen "Administration → Aura Workflows → 2FA" ({@code /plugins/servlet/aura-workflows/admin/2fa}).
 *
 * <p>Renders the Pending and Active lists (server-side search and paging through
 * {@link EnrolmentService#list}, so only one page of rows is ever loaded, whatever the number of enrolled
 * users). Adding and revoking users are done by the page's script through the admin REST API
 * ({@code POST /2fa/users}, {@code DELETE /2fa/users/{username}}), which report per-user outcomes to the
 * dialog. Access: Confluence administrators with a secure administrator session (see the base class).
 *
 * <p>The pending-setup expiry setting is a plain form POST ({@value #EXPIRY_PARAMETER} + {@code atl_token}, checked
 * by the base class): a valid value is stored and answered with a 303 back to the screen ({@code ?saved=expiry}); an
 * invalid one re-renders the screen with the field's error and the text as typed (400). The audit retention
 * ({@value #RETENTION_PARAMETER}) is a second form of the same kind ({@code ?saved=retention}); its change is
 * recorded in the audit log.
 */
public class TwoFactorAdminServlet extends AuraScreenServlet {
    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 25;
    static final String EXPIRY_PARAMETER = "pendingExpiryDays";
    static final String RETENTION_PARAMETER = "auditRetentionDays";
    static final String SAVED_PARAMETER = "saved";
    static final String SAVED_EXPIRY = "expiry";
    static final String SAVED_RETENTION = "retention";

    private final transient EnrolmentService enrolmentService;
    private final transient AuditRetention retention;
    private final transient TimeSource time;

    public TwoFactorAdminServlet(ScreenSupport support, EnrolmentService enrolmentService, AuditRetention retention,
                                 TimeSource time) {
        super(support);
        this.enrolmentService = enrolmentService;
        this.retention = retention;
        this.time = time;
    }

    @Override
    protected Audience audience() {
        return Audience.ADMINISTRATORS;
    }

    @Override
    protected void handleGet(HttpServletRequest request, HttpServletResponse response, AuraUser user)
            throws IOException {
        String saved = request.getParameter(SAVED_PARAMETER);
        render(request, response, user, HttpServletResponse.SC_OK, settings(null, null,
                SAVED_EXPIRY.equals(saved) || SAVED_RETENTION.equals(saved) ? saved : null));
    }

    /** One form per setting: the parameter present says which one was submitted. */
    @Override
    protected void handlePost(HttpServletRequest request, HttpServletResponse response, AuraUser user)
            throws IOException {
        String retentionDays = request.getParameter(RETENTION_PARAMETER);
        if (retentionDays != null) {
            if (retention.setDays(retentionDays, user.userKey(), user.username(), time.clock().instant())) {
                redirectSaved(request, response, SAVED_RETENTION);
                return;
            }
            render(request, response, user, HttpServletResponse.SC_BAD_REQUEST, settings(null, retentionDays, null));
            return;
        }
        String days = request.getParameter(EXPIRY_PARAMETER);
        if (enrolmentService.setPendingExpiryDays(days)) {
            redirectSaved(request, response, SAVED_EXPIRY);
            return;
        }
        render(request, response, user, HttpServletResponse.SC_BAD_REQUEST, settings(days == null ? "" : days, null, null));
    }

    private static void redirectSaved(HttpServletRequest request, HttpServletResponse response, String which) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + WebModules.ADMIN_PATH + "?" + SAVED_PARAMETER + "=" + which);
    }

    private AdminSettingsView settings(String expiryInput, String retentionInput, String saved) {
        return new AdminSettingsView(enrolmentService.pendingExpiryDays(), expiryInput, retention.days(), retentionInput,
                saved);
    }

    private void render(HttpServletRequest request, HttpServletResponse response, AuraUser user, int status,
                        AdminSettingsView settings) throws IOException {
        AdminListParameters parameters = AdminListParameters.from(request);
        Shown pending = shown(EnrolmentStatus.PENDING, parameters.query(), parameters.pending());
        Shown active = shown(EnrolmentStatus.ACTIVE, parameters.query(), parameters.active());
        AdminListParameters shown = new AdminListParameters(parameters.query(), pending.place(), active.place());
        var model = new AdminPageModel(request.getContextPath(), shown, PAGE_SIZE, support.zoneOf(user))
                .build(pending.page(), active.page(), settings);
        putXsrfToken(model, request, response);
        support.renderer.render(response, status, WebModules.TEMPLATE_ADMIN_PAGE, model, WebModules.ADMIN_RESOURCES);
    }

    /** One list's page and where it is: the first page instead when a stale link points past the end. */
    private record Shown(EnrolmentPage page, AdminListParameters.Place place) {
    }

    private Shown shown(EnrolmentStatus status, String query, AdminListParameters.Place place) {
        EnrolmentPage page = enrolmentService.list(status, query, place.cursor(), place.backwards(), PAGE_SIZE);
        if (page.users().isEmpty() && place.cursor() != null) {
            // A stale link past the end (users were revoked meanwhile): show the first page instead.
            return shown(status, query, AdminListParameters.Place.FIRST);
        }
        return new Shown(page, place);
    }
}
