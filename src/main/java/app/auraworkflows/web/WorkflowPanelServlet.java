package app.auraworkflows.web;

import app.auraworkflows.approval.ApprovalStanding;
import app.auraworkflows.approval.PageWorkflowService;
import app.auraworkflows.approval.PageWorkflowStatus;
import app.auraworkflows.confluence.AuraPermissions;
import app.auraworkflows.confluence.AuraUser;
import app.auraworkflows.confluence.ConfluencePages;
import app.auraworkflows.twofactor.SetupStatus;
import app.auraworkflows.twofactor.TwoFactorReadiness;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.soy.renderer.SoyTemplateRenderer;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * Role: the server-rendered part of the workflow panel on page view
 * ({@code GET /plugins/servlet/aura-workflows/page-panel?pageId=N}). The byline script (web-resource context
 * {@code page}) asks for it with the id Confluence puts in {@code <meta name="ajs-page-id">} and puts the
 * fragment next to the byline item: the status lozenge that expands the panel or, for editors of a page without
 * a workflow, "Add workflow", plus the empty panel and its dialogs, which the panel's script fills over REST.
 *
 * <p>The answer is an undecorated HTML fragment ({@code text/html}, no decorator meta), never cached:
 * <ul>
 *   <li>200 with the fragment;</li>
 *   <li>204 when nothing is shown: anonymous, or no workflow and the viewer cannot add one;</li>
 *   <li>404 for a missing or malformed id, or a page the viewer cannot see (the same answer, so it gives
 *       no hint that a page exists).</li>
 * </ul>
 * Links in the fragment are built from {@link ApplicationProperties#getBaseUrl(UrlMode) getBaseUrl(RELATIVE)}
 * (the context path), not from any web-interface context, so they hold at every context path.
 */
public class WorkflowPanelServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient PageWorkflowService pageWorkflows;
    private final transient AuraPermissions permissions;
    private final transient ConfluencePages pages;
    private final transient SoyTemplateRenderer soy;
    private final transient ApplicationProperties applicationProperties;
    private final transient ApprovalStanding standing;
    private final transient TwoFactorReadiness twoFactor;
    private final transient UserClock clock;

    public WorkflowPanelServlet(PageWorkflowService pageWorkflows, AuraPermissions permissions, ConfluencePages pages,
                                SoyTemplateRenderer soy, ApplicationProperties applicationProperties,
                                ApprovalStanding standing, TwoFactorReadiness twoFactor, UserClock clock) {
        this.pageWorkflows = pageWorkflows;
        this.permissions = permissions;
        this.pages = pages;
        this.soy = soy;
        this.applicationProperties = applicationProperties;
        this.standing = standing;
        this.twoFactor = twoFactor;
        this.clock = clock;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // The fragment depends on the viewer and the page's state: a cached copy would show a stale lozenge.
        response.setHeader("Cache-Control", "no-store");
        ScreenHeaders.apply(response);
        Optional<AuraUser> viewer = permissions.currentUser(request);
        if (viewer.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        Long pageId = pageId(request.getParameter("pageId"));
        Optional<ConfluencePages.PageFacts> page = pageId == null ? Optional.empty() : pages.find(pageId);
        if (page.isEmpty() || !permissions.canViewPage(viewer.get(), pageId)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<PageWorkflowStatus> status = pageWorkflows.status(pageId, permissions.actor(viewer.get()));
        boolean canEdit = status.map(PageWorkflowStatus::viewerCanEdit)
                .orElseGet(() -> permissions.canEditPage(viewer.get(), pageId));
        Optional<Map<String, Object>> model = WorkflowPanelModel.build(pageId, page.get().version(),
                applicationProperties.getBaseUrl(UrlMode.RELATIVE), status, canEdit,
                standing(status, pageId, page.get().version()), reviewNeedsSetup(status, viewer.get()),
                clock.zoneOf(viewer.get().userKey()));
        if (model.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        byte[] html = soy.render(WebModules.SOY_TEMPLATES, WebModules.TEMPLATE_WORKFLOW_PANEL, model.get())
                .getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(html.length);
        response.getOutputStream().write(html);
    }

    /**
     * What the page's approval still certifies. Read from the history only when the page may stand approved: a page
     * that certainly entered its state otherwise (submitted, edited, rejected) does not, and every page view of it
     * saves the history read.
     */
    private ApprovalStanding.Standing standing(Optional<PageWorkflowStatus> status, long pageId, Integer version) {
        if (status.isEmpty() || Boolean.FALSE.equals(status.get().enteredByApproval())) {
            return ApprovalStanding.Standing.NONE;
        }
        return standing.of(pageId, version);
    }

    /**
     * A reviewer of a protected step without an Active 2FA setup, who cannot complete the step yet. The setup is read
     * only in that case (a reviewer on a protected step), so other page views pay nothing for it.
     */
    private boolean reviewNeedsSetup(Optional<PageWorkflowStatus> status, AuraUser viewer) {
        return status.isPresent() && status.get().viewerReviewsProtectedStep()
                && twoFactor.setupStatus(viewer.userKey()) != SetupStatus.ACTIVE;
    }

    private static Long pageId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.trim());
            return id > 0 ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
