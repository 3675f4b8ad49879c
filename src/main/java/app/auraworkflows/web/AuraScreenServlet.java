package app.auraworkflows.web;

import app.auraworkflows.confluence.AuraUser;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import app.auraworkflows.twofactor.TwoFactorUnavailableException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Role: base class of every Aura Workflows screen servlet; it applies the access rules once, in this
 * order, before a subclass sees the request:
 *
 * <ol>
 *   <li>The security headers of {@link ScreenHeaders} (no content sniffing, no framing by other sites) and
 *       {@code Cache-Control: no-store} on every response: the setup screen shows an authenticator
 *       secret, and no page of ours should sit in a shared or browser cache.</li>
 *   <li>Anonymous: redirect to the Confluence login, returning here afterwards.</li>
 *   <li>Admin screens: a user who is not a Confluence administrator gets a "not permitted" page (403);
 *       an administrator without a secure administrator session (WebSudo) is sent to re-authenticate.</li>
 *   <li>POST: the {@code atl_token} form parameter must pass SAL's XSRF validation, otherwise a 403 page
 *       and nothing changes (servlets are not covered by Confluence's own XSRF filter).</li>
 * </ol>
 *
 * Only GET and POST are handled; a servlet never changes state on GET.
 */
public abstract class AuraScreenServlet extends HttpServlet {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AuraScreenServlet.class);
    private static final long serialVersionUID = 1L;

    /** Who may open a screen. */
    protected enum Audience { SIGNED_IN_USERS, ADMINISTRATORS }

    protected final transient ScreenSupport support;

    protected AuraScreenServlet(ScreenSupport support) {
        this.support = support;
    }

    protected abstract Audience audience();

    protected abstract void handleGet(HttpServletRequest request, HttpServletResponse response, AuraUser user)
            throws IOException;

    /** Handles a POST whose XSRF token has been validated. The default refuses the method. */
    protected void handlePost(HttpServletRequest request, HttpServletResponse response, AuraUser user)
            throws IOException {
        response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
    }

    @Override
    protected final void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<AuraUser> user = admit(request, response);
        if (user.isPresent()) {
            try {
                handleGet(request, response, user.get());
            } catch (TwoFactorUnavailableException failure) {
                unavailable(response, failure);
            }
        }
    }

    @Override
    protected final void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<AuraUser> user = admit(request, response);
        if (user.isEmpty()) {
            return;
        }
        if (!support.xsrfTokenValidator.validateFormEncodedToken(request)) {
            // A forged cross-site form (or an expired token) must not change anything.
            renderMessage(response, HttpServletResponse.SC_FORBIDDEN,
                    "aura.2fa.xsrf.title", "aura.2fa.xsrf.message");
            return;
        }
        try {
            handlePost(request, response, user.get());
        } catch (TwoFactorUnavailableException failure) {
            unavailable(response, failure);
        }
    }

    /**
     * The 2FA secret could not be used (missing or damaged key file, tampered ciphertext): the check already
     * failed closed. Say so plainly (503) and leave the cause for admins in the log — the exception message
     * never holds a secret, URI or code.
     */
    private void unavailable(HttpServletResponse response, TwoFactorUnavailableException failure) throws IOException {
        LOG.error("Aura Workflows 2FA is unavailable: {}. Check the key file in the shared home "
                + "(aura-workflows/aura-workflows-2fa.key).", failure.getMessage());
        renderMessage(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                "aura.2fa.unavailable.title", "aura.2fa.rest.error.unavailable");
    }

    private Optional<AuraUser> admit(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ScreenHeaders.apply(response);
        response.setHeader("Cache-Control", "no-store");
        Optional<AuraUser> user = support.permissions.currentUser(request);
        if (user.isEmpty()) {
            response.sendRedirect(support.loginUriProvider.getLoginUri(currentUri(request)).toASCIIString());
            return Optional.empty();
        }
        if (audience() == Audience.ADMINISTRATORS) {
            if (!support.permissions.canAdminister(user.get())) {
                renderMessage(response, HttpServletResponse.SC_FORBIDDEN,
                        "aura.2fa.notpermitted.title", "aura.2fa.notpermitted.message");
                return Optional.empty();
            }
            if (!support.webSudoManager.canExecuteRequest(request)) {
                support.webSudoManager.enforceWebSudoProtection(request, response);
                return Optional.empty();
            }
            try {
                support.webSudoManager.willExecuteWebSudoRequest(request);
            } catch (WebSudoSessionException e) {
                support.webSudoManager.enforceWebSudoProtection(request, response);
                return Optional.empty();
            }
        }
        return user;
    }

    /**
     * Renders the shared message page (not permitted, XSRF failure). It always uses the general decorator:
     * a refused non-administrator must not be shown the admin area's chrome.
     */
    protected void renderMessage(HttpServletResponse response, int status, String titleKey, String messageKey)
            throws IOException {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("decorator", WebModules.DECORATOR_GENERAL);
        model.put("title", support.i18n.getText(titleKey));
        model.put("message", support.i18n.getText(messageKey));
        support.renderer.render(response, status, WebModules.TEMPLATE_MESSAGE_PAGE, model);
    }

    protected String decorator() {
        return audience() == Audience.ADMINISTRATORS ? WebModules.DECORATOR_ADMIN : WebModules.DECORATOR_GENERAL;
    }

    /** Name and value of the XSRF form field for forms on this page (the token is created if needed). */
    protected void putXsrfToken(Map<String, Object> model, HttpServletRequest request, HttpServletResponse response) {
        model.put("xsrfParameterName", support.xsrfTokenValidator.getXsrfParameterName());
        model.put("xsrfToken", support.xsrfTokenAccessor.getXsrfToken(request, response, true));
    }

    /**
     * Where login should return to: this screen's path within the site plus a GET's query. It is
     * context-relative, as Atlassian's own login redirects pass it; Confluence puts the given URI as is into
     * {@code os_destination} and prefixes the context path after login, so an absolute URL would not come back.
     */
    static URI currentUri(HttpServletRequest request) {
        String path = request.getRequestURI();
        String contextPath = request.getContextPath() == null ? "" : request.getContextPath();
        if (!contextPath.isEmpty() && path.startsWith(contextPath)) {
            path = path.substring(contextPath.length());
        }
        if (path.isEmpty()) {
            path = "/";
        }
        // A POST's form fields are never put back into the URL; only a GET's query string is kept.
        String query = "GET".equals(request.getMethod()) ? request.getQueryString() : null;
        try {
            return URI.create(query == null ? path : path + "?" + query);
        } catch (IllegalArgumentException e) {
            // A query string the browser did not encode cleanly: return to the screen itself.
            return URI.create(path);
        }
    }
}
