package app.auraworkflows.devhost.http;

import app.auraworkflows.devhost.HostUrls;
import app.auraworkflows.devhost.directory.HostUser;
import app.auraworkflows.devhost.directory.UserStore;
import app.auraworkflows.devhost.web.Chrome;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /login.action}: Confluence's login form (GET) and login (POST {@code os_username},
 * {@code os_password}, {@code os_destination}). A successful login starts a fresh session (new id:
 * no session fixation) and redirects to the destination; a failed one re-shows the form with
 * {@code X-Seraph-LoginReason: AUTHENTICATED_FAILED}, as Confluence does.
 */
public final class LoginServlet extends HttpServlet {

    private final UserStore users;
    private final Chrome chrome;
    private final HostUrls urls;

    public LoginServlet(UserStore users, Chrome chrome, HostUrls urls) {
        this.users = users;
        this.chrome = chrome;
        this.urls = urls;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String destination = Destinations.safe(req.getParameter("os_destination"), "/");
        if (CurrentRequest.userOf(req) != null && req.getParameter("logout") == null) {
            resp.sendRedirect(urls.path(destination));
            return;
        }
        String info = req.getParameter("logout") != null ? "You have been logged out." : null;
        show(req, resp, destination, null, info, null);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String username = firstNonNull(req.getParameter("os_username"), req.getParameter("username"));
        String password = firstNonNull(req.getParameter("os_password"), req.getParameter("password"));
        String destination = Destinations.safe(req.getParameter("os_destination"), "/");
        Optional<HostUser> user = users.authenticate(username, password);
        if (user.isEmpty()) {
            resp.setHeader("X-Seraph-LoginReason", "AUTHENTICATED_FAILED");
            show(req, resp, destination, "Sorry, your username and password are incorrect - please try again.", null, username);
            return;
        }
        HttpSession old = req.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        HttpSession session = req.getSession(true);
        session.setAttribute(HostRequestFilter.SESSION_USER, user.get().key());
        resp.setHeader("X-Seraph-LoginReason", "OK");
        resp.sendRedirect(urls.path(destination));
    }

    private void show(HttpServletRequest req, HttpServletResponse resp, String destination, String error, String info,
            String username) throws IOException {
        Map<String, Object> data = new HashMap<>();
        data.put("contextPath", urls.contextPath());
        data.put("destination", destination);
        data.put("error", error);
        data.put("info", info);
        data.put("username", username);
        resp.setHeader("Cache-Control", "no-store");
        chrome.write(req, resp, Chrome.Content.of("login", "Log In", chrome.renderBody("devhost.pages.login", data)));
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
