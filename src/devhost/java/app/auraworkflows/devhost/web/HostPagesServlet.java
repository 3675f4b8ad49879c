package app.auraworkflows.devhost.web;

import app.auraworkflows.devhost.HostUrls;
import app.auraworkflows.devhost.content.ContentStore;
import app.auraworkflows.devhost.content.HostPage;
import app.auraworkflows.devhost.content.HostSpace;
import app.auraworkflows.devhost.directory.HostUser;
import app.auraworkflows.devhost.http.CurrentRequest;
import app.auraworkflows.devhost.plugin.InstalledPlugins;
import app.auraworkflows.devhost.sal.DevApplicationProperties;
import app.auraworkflows.devhost.sal.DevGlobalSettingsManager;
import app.auraworkflows.devhost.sal.DevUserManager;
import app.auraworkflows.devhost.sal.DevWebSudoManager;
import com.atlassian.sal.api.user.UserKey;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The dev host's own pages, at Confluence's URLs: dashboard ({@code /}, {@code /dashboard.action}),
 * space directory ({@code /spacedirectory/view.action}), space ({@code /display/KEY}), page view
 * ({@code /pages/viewpage.action?pageId=N}, {@code /display/KEY/Title}) with the plugins' web-panels at
 * {@link #BYLINE_LOCATION} and {@link #FOOTER_LOCATION}, and the admin console
 * ({@code /admin/console.action}, admins + WebSudo). Anonymous users are sent to the login page
 * (anonymous access is disabled). Unknown paths get a 404 page.
 */
public final class HostPagesServlet extends HttpServlet {

    /** Web-panel location in the page byline/metadata area (where workflow status panels go). */
    public static final String BYLINE_LOCATION = "atl.page.metadata.banner";
    /** Web-panel location below the page content. */
    public static final String FOOTER_LOCATION = "atl.page.content.footer";

    private static final Pattern UNSAFE_ELEMENTS = Pattern.compile("(?is)<(script|iframe|object|embed|style)\\b.*?(</\\1>|/>)");
    private static final Pattern EVENT_ATTRS = Pattern.compile("(?i)\\s+on\\w+\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+)");
    private static final Pattern JS_URLS = Pattern.compile("(?i)(href|src)\\s*=\\s*([\"'])\\s*javascript:[^\"']*\\2");

    private final Chrome chrome;
    private final ContentStore content;
    private final WebPanelRenderer panels;
    private final DevUserManager userManager;
    private final DevWebSudoManager webSudo;
    private final DevGlobalSettingsManager settings;
    private final InstalledPlugins plugins;
    private final HostUrls urls;

    public HostPagesServlet(Chrome chrome, ContentStore content, WebPanelRenderer panels, DevUserManager userManager,
            DevWebSudoManager webSudo, DevGlobalSettingsManager settings, InstalledPlugins plugins, HostUrls urls) {
        this.chrome = chrome;
        this.content = content;
        this.panels = panels;
        this.userManager = userManager;
        this.webSudo = webSudo;
        this.settings = settings;
        this.plugins = plugins;
        this.urls = urls;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        HostUser user = CurrentRequest.userOf(req);
        if (user == null) {
            String here = path + (req.getQueryString() == null ? "" : "?" + req.getQueryString());
            resp.sendRedirect(urls.path("/login.action?os_destination=" + URLEncoder.encode(here, StandardCharsets.UTF_8)));
            return;
        }
        if (path.isEmpty() || path.equals("/") || path.equals("/dashboard.action")) {
            spaces(req, resp, "Welcome to " + settings.siteTitle(), "Dashboard");
        } else if (path.equals("/spacedirectory/view.action")) {
            spaces(req, resp, "Spaces", "Spaces");
        } else if (path.equals("/pages/viewpage.action")) {
            Optional<HostPage> page = parseLong(req.getParameter("pageId")).flatMap(content::page);
            page(req, resp, page, user);
        } else if (path.startsWith("/display/")) {
            String[] parts = path.substring("/display/".length()).split("/", 2);
            if (parts.length == 2 && !parts[1].isEmpty()) {
                String title = URLDecoder.decode(parts[1].replace('+', ' '), StandardCharsets.UTF_8);
                page(req, resp, content.page(parts[0], title), user);
            } else {
                space(req, resp, parts[0]);
            }
        } else if (path.equals("/admin/console.action") || path.equals("/admin/") || path.equals("/admin")) {
            adminConsole(req, resp, user);
        } else {
            message(req, resp, 404, "Page Not Found", "The page you were looking for does not exist on this dev host.");
        }
    }

    private void spaces(HttpServletRequest req, HttpServletResponse resp, String heading, String title) throws IOException {
        List<Map<String, Object>> spaces = content.spaces().stream().map(HostPagesServlet::space).toList();
        Map<String, Object> data = Map.of("contextPath", urls.contextPath(), "heading", heading, "spaces", spaces);
        chrome.write(req, resp, Chrome.Content.of("atl.general", title, chrome.renderBody("devhost.pages.spaces", data)));
    }

    private void space(HttpServletRequest req, HttpServletResponse resp, String key) throws IOException {
        Optional<HostSpace> space = content.space(key);
        if (space.isEmpty()) {
            message(req, resp, 404, "Space Not Found", "There is no space with key " + key + ".");
            return;
        }
        List<Map<String, Object>> pages = content.pagesInSpace(space.get().key()).stream()
                .map(p -> Map.<String, Object>of("id", p.id(), "title", p.title())).toList();
        Map<String, Object> data = Map.of("contextPath", urls.contextPath(), "space", space(space.get()), "pages", pages);
        chrome.write(req, resp, Chrome.Content.of("atl.general", space.get().name(), chrome.renderBody("devhost.pages.space", data)));
    }

    private void page(HttpServletRequest req, HttpServletResponse resp, Optional<HostPage> found, HostUser user)
            throws IOException {
        if (found.isEmpty()) {
            message(req, resp, 404, "Page Not Found", "The page does not exist.");
            return;
        }
        HostPage page = found.get();
        String spaceName = content.space(page.spaceKey()).map(HostSpace::name).orElse(page.spaceKey());
        Map<String, Object> pageData = new HashMap<>();
        pageData.put("id", page.id());
        pageData.put("title", page.title());
        pageData.put("spaceKey", page.spaceKey());
        pageData.put("spaceName", spaceName);
        pageData.put("version", page.version());
        pageData.put("lastModified", page.lastModified().toString());
        Map<String, Object> panelContext = new HashMap<>();
        panelContext.put("page", pageData);
        panelContext.put("pageId", page.id());
        panelContext.put("spaceKey", page.spaceKey());
        panelContext.put("contextPath", urls.contextPath());
        panelContext.put("remoteUser", user.username());
        Map<String, Object> data = new HashMap<>();
        data.put("contextPath", urls.contextPath());
        data.put("page", pageData);
        data.put("bodyHtml", Chrome.html(storageToHtml(page.body())));
        data.put("bylinePanels", Chrome.html(panels.render(BYLINE_LOCATION, panelContext, user)));
        data.put("footerPanels", Chrome.html(panels.render(FOOTER_LOCATION, panelContext, user)));
        chrome.write(req, resp, new Chrome.Content("atl.general", page.title(), "", chrome.renderBody("devhost.pages.page", data),
                "page-view", Map.of("ajs-page-id", String.valueOf(page.id()))));
    }

    private void adminConsole(HttpServletRequest req, HttpServletResponse resp, HostUser user) throws IOException {
        if (!userManager.isAdmin(new UserKey(user.key()))) {
            message(req, resp, 403, "Not Permitted", "You are not permitted to access the administration console.");
            return;
        }
        if (!webSudo.canExecuteRequest(req)) {
            webSudo.enforceWebSudoProtection(req, resp);
            return;
        }
        webSudo.willExecuteWebSudoRequest(req);
        List<Map<String, Object>> installed = plugins.all().stream().map(p -> Map.<String, Object>of("key", p.key(),
                "name", p.descriptor().name() == null ? p.key() : p.descriptor().name(),
                "version", String.valueOf(p.descriptor().info().version()))).toList();
        Map<String, Object> data = Map.of("siteTitle", settings.siteTitle(), "baseUrl", urls.baseUrl(),
                "version", DevApplicationProperties.VERSION, "plugins", installed);
        chrome.write(req, resp, Chrome.Content.of("atl.admin", "General Configuration",
                chrome.renderBody("devhost.pages.adminConsole", data)));
    }

    private void message(HttpServletRequest req, HttpServletResponse resp, int status, String heading, String message)
            throws IOException {
        resp.setStatus(status);
        chrome.write(req, resp, Chrome.Content.of("atl.general", heading,
                chrome.renderBody("devhost.pages.message", Map.of("heading", heading, "message", message))));
    }

    private static Map<String, Object> space(HostSpace s) {
        Map<String, Object> m = new HashMap<>();
        m.put("key", s.key());
        m.put("name", s.name());
        m.put("description", s.description());
        return m;
    }

    /**
     * Storage format is XHTML; the dev host shows it as HTML after removing active content. This is
     * a harness convenience, not a sanitiser to rely on.
     */
    static String storageToHtml(String storage) {
        if (storage == null) {
            return "";
        }
        String s = UNSAFE_ELEMENTS.matcher(storage).replaceAll("");
        s = EVENT_ATTRS.matcher(s).replaceAll("");
        return JS_URLS.matcher(s).replaceAll("$1=\"#\"");
    }

    private static Optional<Long> parseLong(String s) {
        try {
            return s == null ? Optional.empty() : Optional.of(Long.parseLong(s.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
