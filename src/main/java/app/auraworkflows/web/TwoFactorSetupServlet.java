package app.auraworkflows.web;

import app.auraworkflows.confluence.AuraUser;
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
 */
public class TwoFactorSetupServlet extends AuraScreenServlet {
    private static final long serialVersionUID = 1L;
    static final String CODE_PARAMETER = "code";
    static final String STEP_PARAMETER = "step";

    private final transient EnrolmentService enrolmentService;

    public TwoFactorSetupServlet(ScreenSupport support, EnrolmentService enrolmentService) {
        super(support);
        this.enrolmentService = enrolmentService;
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
        render(request, response, new SetupPageModel(request.getContextPath(), support.zoneOf(user)).build(setup, secondStep, null));
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
            redirectToScreen(request, response);
            return;
        }
        MySetup setup = enrolmentService.mySetup(user.userKey());
        if (setup.status() != SetupStatus.PENDING) {
            redirectToScreen(request, response);
            return;
        }
        String message = CodeCheckPresentation.message(support.i18n, check);
        render(request, response, new SetupPageModel(request.getContextPath(), support.zoneOf(user)).build(setup, true, message));
    }

    private void render(HttpServletRequest request, HttpServletResponse response, Map<String, Object> model)
            throws IOException {
        putXsrfToken(model, request, response);
        support.renderer.render(response, HttpServletResponse.SC_OK, WebModules.TEMPLATE_SETUP_PAGE, model,
                WebModules.SETUP_RESOURCES);
    }

    private static void redirectToScreen(HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + WebModules.SETUP_PATH);
    }
}
