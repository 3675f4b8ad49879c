package app.auraworkflows.devhost.http;

import app.auraworkflows.devhost.HostUrls;
import app.auraworkflows.devhost.directory.HostUser;
import app.auraworkflows.devhost.directory.UserStore;
import app.auraworkflows.devhost.sal.DevWebSudoManager;
import app.auraworkflows.devhost.sal.DevXsrfTokens;
import app.auraworkflows.devhost.web.Chrome;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code /authenticate.action}: WebSudo password re-entry. GET shows "Administrator Access" for the
 * logged-in user; POST (with {@code atl_token}) checks the password, starts WebSudo on the session
 * and redirects to {@code destination}. {@code /dropauthentication.action} (POST) ends WebSudo.
 */
public final class AuthenticateServlet extends HttpServlet {

    private final UserStore users;
    private final DevWebSudoManager webSudo;
    private final DevXsrfTokens xsrf;
    private final Chrome chrome;
    private final HostUrls urls;

    public AuthenticateServlet(UserStore users, DevWebSudoManager webSudo, DevXsrfTokens xsrf, Chrome chrome, HostUrls urls) {
        this.users = users;
        this.webSudo = webSudo;
        this.xsrf = xsrf;
        this.chrome = chrome;
        this.urls = urls;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (req.getServletPath().startsWith("/dropauthentication")) {
            resp.sendError(405);
            return;
        }
        HostUser user = CurrentRequest.userOf(req);
        String destination = Destinations.safe(req.getParameter("destination"), "/");
        if (user == null || CurrentRequest.authOf(req) != CurrentRequest.AuthMethod.SESSION) {
            resp.sendRedirect(urls.path("/login.action?os_destination=" + URLEncoder.encode(
                    "/authenticate.action?destination=" + URLEncoder.encode(destination, StandardCharsets.UTF_8),
                    StandardCharsets.UTF_8)));
            return;
        }
        if (!webSudo.enabled()) {
            resp.sendRedirect(urls.path(destination));
            return;
        }
        show(req, resp, user, destination, null);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        HostUser user = CurrentRequest.userOf(req);
        if (user == null || CurrentRequest.authOf(req) != CurrentRequest.AuthMethod.SESSION) {
            resp.sendRedirect(urls.path("/login.action"));
            return;
        }
        if (!xsrf.validateFormEncodedToken(req)) {
            resp.setStatus(403);
            show(req, resp, user, Destinations.safe(req.getParameter("destination"), "/"),
                    "Your session expired or the form was not submitted from Confluence. Please try again.");
            return;
        }
        if (req.getServletPath().startsWith("/dropauthentication")) {
            webSudo.drop(req.getSession(false));
            resp.sendRedirect(urls.path("/"));
            return;
        }
        String destination = Destinations.safe(req.getParameter("destination"), "/");
        if (users.authenticate(user.username(), req.getParameter("password")).isEmpty()) {
            show(req, resp, user, destination, "The password you entered is incorrect. Please try again.");
            return;
        }
        webSudo.start(req.getSession());
        resp.sendRedirect(urls.path(destination));
    }

    private void show(HttpServletRequest req, HttpServletResponse resp, HostUser user, String destination, String error)
            throws IOException {
        Map<String, Object> data = new HashMap<>();
        data.put("contextPath", urls.contextPath());
        data.put("destination", destination);
        data.put("username", user.username());
        data.put("atlToken", xsrf.getXsrfToken(req, resp, true));
        data.put("error", error);
        resp.setHeader("Cache-Control", "no-store");
        chrome.write(req, resp, Chrome.Content.of("atl.general", "Administrator Access",
                chrome.renderBody("devhost.pages.authenticate", data)));
    }
}
