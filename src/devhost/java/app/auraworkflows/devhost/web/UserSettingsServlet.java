package app.auraworkflows.devhost.web;

import app.auraworkflows.devhost.HostUrls;
import app.auraworkflows.devhost.directory.HostUser;
import app.auraworkflows.devhost.http.CurrentRequest;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Role: the user's personal settings ({@value #PATH}, "Settings" in the user menu, as in Confluence),
 * whose sidebar lists Confluence's own entries and the apps' web-items of
 * {@link ConfluenceLocations#YOUR_SETTINGS}, the location Confluence 10 apps use for personal settings.
 */
public final class UserSettingsServlet extends HttpServlet {

    public static final String PATH = "/users/viewmysettings.action";

    private final transient Chrome chrome;
    private final transient HostUrls urls;

    public UserSettingsServlet(Chrome chrome, HostUrls urls) {
        this.chrome = chrome;
        this.urls = urls;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        HostUser user = CurrentRequest.userOf(req);
        if (user == null) {
            resp.sendRedirect(urls.path("/login.action?os_destination=" + URLEncoder.encode(PATH, StandardCharsets.UTF_8)));
            return;
        }
        Map<String, Object> data = Map.of("contextPath", urls.contextPath(), "fullName", user.fullName(), "username", user.username(),
                "items", chrome.items(ConfluenceLocations.YOUR_SETTINGS, user));
        chrome.write(req, resp, Chrome.Content.of("atl.general", "Settings",
                chrome.renderBody("devhost.apps.userSettings", data)));
    }
}
