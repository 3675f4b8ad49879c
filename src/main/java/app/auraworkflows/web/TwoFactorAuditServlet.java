package app.auraworkflows.web;

import app.auraworkflows.confluence.AuditPageLinks;
import app.auraworkflows.confluence.AuraUser;
import app.auraworkflows.twofactor.AuditPage;
import app.auraworkflows.twofactor.TwoFactorAuditTrail;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Role: the admin screen "Administration → 2FA → Audit log" ({@code /plugins/servlet/aura-workflows/admin/2fa/audit}):
 * failed code attempts, lockouts, unlocks and enrolment changes, newest first, filtered by user and outcome
 * and paged in the database, with a CSV export of the filtered log (the REST API's {@code /2fa/audit.csv}).
 * Access: Confluence administrators with a secure administrator session (see the base class). Read only.
 */
public class TwoFactorAuditServlet extends AuraScreenServlet {
    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 25;

    private final transient TwoFactorAuditTrail audit;
    private final transient AuditPageLinks pageLinks;

    public TwoFactorAuditServlet(ScreenSupport support, TwoFactorAuditTrail audit, AuditPageLinks pageLinks) {
        super(support);
        this.audit = audit;
        this.pageLinks = pageLinks;
    }

    @Override
    protected Audience audience() {
        return Audience.ADMINISTRATORS;
    }

    @Override
    protected void handleGet(HttpServletRequest request, HttpServletResponse response, AuraUser user)
            throws IOException {
        AuditListParameters parameters = AuditListParameters.from(request);
        int start = parameters.start();
        var filter = parameters.filter(support.zoneOf(user));
        AuditPage page = audit.page(filter, start, PAGE_SIZE);
        if (page.events().isEmpty() && start > 0 && page.total() > 0) {
            start = lastPageStart(page.total()); // a stale link past the end
            page = audit.page(filter, start, PAGE_SIZE);
        }
        var model = new AuditPageModel(request.getContextPath(), parameters, PAGE_SIZE, support.zoneOf(user),
                support.i18n).build(page, start, pageLinks.forViewer(user));
        support.renderer.render(response, HttpServletResponse.SC_OK, WebModules.TEMPLATE_AUDIT_PAGE, model,
                WebModules.ADMIN_RESOURCES);
    }

    /** Where the last page of {@code total} events starts (this screen pages by offset). */
    static int lastPageStart(int total) {
        return total <= 0 ? 0 : ((total - 1) / PAGE_SIZE) * PAGE_SIZE;
    }
}
