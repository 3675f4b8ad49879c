package app.auraworkflows.devhost.http;

import app.auraworkflows.devhost.HostUrls;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/** {@code /logout.action}: ends the session (and with it WebSudo and the XSRF token), back to the login page. */
public final class LogoutServlet extends HttpServlet {

    private final HostUrls urls;

    public LogoutServlet(HostUrls urls) {
        this.urls = urls;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        HttpSession session = req.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        resp.sendRedirect(urls.path("/login.action?logout=true"));
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        doGet(req, resp);
    }
}
