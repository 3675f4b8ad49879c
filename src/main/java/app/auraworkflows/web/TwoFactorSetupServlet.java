package app.auraworkflows.web;

import app.auraworkflows.confluence.AuraUser;
import app.auraworkflows.confluence.ConfluencePages;
import app.auraworkflows.twofactor.CodeCheck;
import app.auraworkflows.twofactor.EnrolmentService;
import app.auraworkflows.twofactor.MySetup;
import app.auraworkflows.twofactor.SetupStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Map;

/**
 * Role: the user screen "Settings → Aura Workflows 2FA" ({@code /plugins/servlet/aura-workflows/2fa}).
 *
 * <p>Server-rendered and progressive (works without JavaScript): step 1 and step 2 are plain links
 * ({@code ?step=2}); "Confirm setup" is a form POST with the {@code atl_token} XSRF field. A valid code
 * redirects (303, post/redirect/get) to the same screen, which then shows the setup as complete; a refused
 * code re-renders step 2 with the message. There is deliberately no reset or self-enrol action: only an
 * admin can add or revoke a user.
 *
 * <p>{@code ?returnTo=<page id>} (from a protected review's "Finish your 2FA setup") is carried through both steps and
 * the confirmation, and the complete screen links back to that page. Only a page id is taken, resolved to Confluence's
 * own link and checked for view permission: the parameter can never send anyone to another site.
 */
public class TwoFactorSetupServlet extends AuraScreenServlet {
    private static final long serialVersionUID = 1L;
    static final String CODE_PARAMETER = "code";
    static final String STEP_PARAMETER = "step";
    static final String RETURN_PARAMETER = "returnTo";

    private final transient EnrolmentService enrolmentService;
    private final transient ConfluencePages pages;

    public TwoFactorSetupServlet(ScreenSupport support, EnrolmentService enrolmentService, ConfluencePages pages) {
        super(support);
        this.enrolmentService = enrolmentService;
        this.pages = pages;
    }

    @Override
    protected Audience audience() {
        return Audience.SIGNED_IN_USERS;
    }

    @Override
    protected void handleGet(HttpServletRequest request, HttpServletResponse response, AuraUser user)
            throws IOException {
        MySetup setup = enrolmentService.mySetup(user.userKey());
        boolean secondStep = "2".equals(request.getParameter(STEP_PARAMETER));
        render(request, response, new SetupPageModel(request.getContextPath(), support.zoneOf(user)).build(setup,
                secondStep, null, returnPage(request, user)));
    }

    @Override
    protected void handlePost(HttpServletRequest request, HttpServletResponse response, AuraUser user)
            throws IOException {
        String submitted = request.getParameter(CODE_PARAMETER);
        // Surrounding whitespace from copy and paste is forgiven; the core validates everything else.
        CodeCheck check = enrolmentService.confirm(user.userKey(), submitted == null ? "" : submitted.strip(),
                ClientInfos.of(request));
        if (check.accepted() || check.outcome() == CodeCheck.Outcome.NOT_PENDING
                || check.outcome() == CodeCheck.Outcome.SETUP_EXPIRED) {
            // Accepted: the screen now shows "setup complete". Not pending (revoked, or confirmed in another
            // tab) or expired: the screen shows whatever the state now is.
            redirectToScreen(request, response, returnPage(request, user));
            return;
        }
        MySetup setup = enrolmentService.mySetup(user.userKey());
        if (setup.status() != SetupStatus.PENDING) {
            redirectToScreen(request, response, returnPage(request, user));
            return;
        }
        String message = CodeCheckPresentation.message(support.i18n, check, support.now(user));
        render(request, response, new SetupPageModel(request.getContextPath(), support.zoneOf(user)).build(setup, true,
                message, returnPage(request, user)));
    }

    private void render(HttpServletRequest request, HttpServletResponse response, Map<String, Object> model)
            throws IOException {
        putXsrfToken(model, request, response);
        support.renderer.render(response, HttpServletResponse.SC_OK, WebModules.TEMPLATE_SETUP_PAGE, model,
                WebModules.SETUP_RESOURCES);
    }

    private static void redirectToScreen(HttpServletRequest request, HttpServletResponse response,
                                         SetupPageModel.ReturnPage back) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + WebModules.SETUP_PATH
                + (back == null ? "" : "?" + RETURN_PARAMETER + "=" + back.pageId()));
    }

    /** The page to return to: a page id the user can view, else none (a bad or foreign value is ignored). */
    private SetupPageModel.ReturnPage returnPage(HttpServletRequest request, AuraUser user) {
        return IdParameter.positive(request.getParameter(RETURN_PARAMETER))
                .flatMap(pageId -> pages.find(pageId).filter(p -> support.permissions.canViewPage(user, pageId)))
                .map(p -> new SetupPageModel.ReturnPage(p.id(), p.urlPath(), p.title())).orElse(null);
    }
}
