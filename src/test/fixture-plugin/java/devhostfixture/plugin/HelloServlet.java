package devhostfixture.plugin;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import com.atlassian.soy.renderer.SoyTemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** /plugins/servlet/fixture/hello (atl.general) and /plugins/servlet/fixture/admin (atl.admin, WebSudo, XSRF). */
public class HelloServlet extends HttpServlet {
    private final GreetingService greetings;
    private final SoyTemplateRenderer soy;
    private final PageBuilderService pageBuilder;
    private final WebSudoManager webSudo;
    private final XsrfTokenValidator xsrfValidator;
    private final XsrfTokenAccessor xsrfAccessor;
    private final LoginUriProvider loginUris;

    public HelloServlet(GreetingService greetings, @ComponentImport SoyTemplateRenderer soy,
            @ComponentImport PageBuilderService pageBuilder, @ComponentImport WebSudoManager webSudo,
            @ComponentImport XsrfTokenValidator xsrfValidator, @ComponentImport XsrfTokenAccessor xsrfAccessor,
            @ComponentImport LoginUriProvider loginUris) {
        this.greetings = greetings;
        this.soy = soy;
        this.pageBuilder = pageBuilder;
        this.webSudo = webSudo;
        this.xsrfValidator = xsrfValidator;
        this.xsrfAccessor = xsrfAccessor;
        this.loginUris = loginUris;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (greetings.userManager().getRemoteUserKey(req) == null) {
            // context-relative, as Atlassian's own code passes it (SAL encodes it into os_destination as is)
            resp.sendRedirect(loginUris.getLoginUri(URI.create(req.getRequestURI().substring(req.getContextPath().length())))
                    .toString());
            return;
        }
        boolean admin = req.getRequestURI().endsWith("/admin");
        if (admin && !allowedAdmin(req, resp)) {
            return;
        }
        if ("raw".equals(req.getParameter("mode"))) {
            resp.setContentType("text/plain;charset=UTF-8");
            resp.getWriter().write("raw " + app.auraworkflows.devhost.fixture.Shadowed.origin());
            return;
        }
        pageBuilder.assembler().resources().requireWebResource("devhost.fixture.plugin:fixture-resources");
        Map<String, Object> data = new HashMap<>();
        data.put("name", req.getParameter("name") == null ? "<World>" : req.getParameter("name"));
        data.put("greeting", greetings.greetCurrentUser());
        data.put("origin", app.auraworkflows.devhost.fixture.Shadowed.origin());
        data.put("items", List.of(Map.of("label", "one", "count", 1), Map.of("label", "two", "count", 2L)));
        data.put("admin", admin);
        data.put("atlToken", xsrfAccessor.getXsrfToken(req, resp, true));
        resp.setContentType("text/html;charset=UTF-8");
        soy.render(resp.getWriter(), "devhost.fixture.plugin:fixture-soy", "devhostfixture.page", data);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!allowedAdmin(req, resp)) {
            return;
        }
        if (!xsrfValidator.validateFormEncodedToken(req)) {
            resp.sendError(403, "XSRF");
            return;
        }
        resp.setContentType("text/plain;charset=UTF-8");
        resp.getWriter().write("saved");
    }

    private boolean allowedAdmin(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        UserKey key = greetings.userManager().getRemoteUserKey(req);
        if (key == null || !greetings.userManager().isAdmin(key)) {
            resp.setStatus(403);
            resp.setContentType("text/html;charset=UTF-8");
            resp.getWriter().write("<html><head><title>Not permitted</title><meta name=\"decorator\" content=\"atl.general\"></head>"
                    + "<body><p id=\"not-permitted\">Not permitted</p></body></html>");
            return false;
        }
        if (!webSudo.canExecuteRequest(req)) {
            webSudo.enforceWebSudoProtection(req, resp);
            return false;
        }
        webSudo.willExecuteWebSudoRequest(req);
        return true;
    }
}
