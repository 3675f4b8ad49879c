package app.auraworkflows.devhost.web;

import app.auraworkflows.devhost.HostUrls;
import app.auraworkflows.devhost.directory.HostUser;
import app.auraworkflows.devhost.http.CurrentRequest;
import app.auraworkflows.devhost.plugin.InstalledPlugins;
import app.auraworkflows.devhost.sal.DevUserManager;
import app.auraworkflows.devhost.sal.DevWebSudoManager;
import com.atlassian.sal.api.user.UserKey;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Role: the dev host's "Manage apps" screen (where UPM lives in Confluence, {@value #PATH}): every
 * installed plugin with its state, Enabled or Failed with the reason the plugin framework gave, so an
 * admin of the dev host sees at once why an app is missing, as UPM shows an unloadable plugin.
 * Confluence administrators only, behind WebSudo like the rest of the Administration area.
 */
public final class ManageAppsServlet extends HttpServlet {

    public static final String PATH = "/plugins/servlet/upm";

    private final transient Chrome chrome;
    private final transient InstalledPlugins plugins;
    private final transient DevUserManager userManager;
    private final transient DevWebSudoManager webSudo;
    private final transient HostUrls urls;

    public ManageAppsServlet(Chrome chrome, InstalledPlugins plugins, DevUserManager userManager, DevWebSudoManager webSudo,
            HostUrls urls) {
        this.chrome = chrome;
        this.plugins = plugins;
        this.userManager = userManager;
        this.webSudo = webSudo;
        this.urls = urls;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        HostUser user = CurrentRequest.userOf(req);
        if (user == null) {
            resp.sendRedirect(urls.path("/login.action?os_destination=" + java.net.URLEncoder.encode(PATH,
                    java.nio.charset.StandardCharsets.UTF_8)));
            return;
        }
        if (!userManager.isAdmin(new UserKey(user.key()))) {
            resp.setStatus(HttpServletResponse.SC_FORBIDDEN);
            chrome.write(req, resp, Chrome.Content.of("atl.general", "Not Permitted", chrome.renderBody("devhost.pages.message",
                    Map.of("heading", "Not Permitted", "message", "Only Confluence administrators can manage apps."))));
            return;
        }
        if (!webSudo.canExecuteRequest(req)) {
            webSudo.enforceWebSudoProtection(req, resp);
            return;
        }
        List<Map<String, Object>> apps = new ArrayList<>();
        plugins.all().forEach(p -> apps.add(app(p.descriptor().name() == null ? p.key() : p.descriptor().name(), p.key(),
                String.valueOf(p.descriptor().info().version()), null)));
        plugins.failures().forEach(f -> apps.add(app(f.key(), f.key(), "", f.reason())));
        chrome.write(req, resp, Chrome.Content.of("atl.admin", "Manage apps",
                chrome.renderBody("devhost.apps.manageApps", Map.of("apps", apps))));
    }

    private static Map<String, Object> app(String name, String key, String version, String failure) {
        Map<String, Object> app = new LinkedHashMap<>();
        app.put("name", name);
        app.put("key", key);
        app.put("version", version);
        app.put("failed", failure != null);
        app.put("reason", failure == null ? "" : failure);
        return app;
    }
}
