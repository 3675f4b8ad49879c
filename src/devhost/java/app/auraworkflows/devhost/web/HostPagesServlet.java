package app.auraworkflows.devhost.web;

import app.auraworkflows.devhost.HostUrls;
import app.auraworkflows.devhost.confluence.DevPageManager;
import app.auraworkflows.devhost.confluence.DevPageUpdates;
import com.atlassian.confluence.pages.PageUpdateTrigger;
import app.auraworkflows.devhost.confluence.DevPermissionManager;
import app.auraworkflows.devhost.content.ContentStore;
import app.auraworkflows.devhost.content.HostPage;
import app.auraworkflows.devhost.content.HostSpace;
import app.auraworkflows.devhost.content.PageUpdate;
import app.auraworkflows.devhost.directory.HostUser;
import app.auraworkflows.devhost.http.CurrentRequest;
import app.auraworkflows.devhost.plugin.InstalledPlugins;
import app.auraworkflows.devhost.sal.DevApplicationProperties;
import app.auraworkflows.devhost.sal.DevGlobalSettingsManager;
import app.auraworkflows.devhost.sal.DevUserManager;
import app.auraworkflows.devhost.sal.DevWebSudoManager;
import app.auraworkflows.devhost.sal.DevXsrfTokens;
import app.auraworkflows.devhost.sal.HostConfluenceUser;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
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
 * ({@code /pages/viewpage.action?pageId=N}, {@code /display/KEY/Title}) with the page banner's web-items
 * ({@link PageBanner}, section {@code page.metadata.banner}) and the plugins' web-panels at
 * {@link #BYLINE_LOCATION} and {@link #FOOTER_LOCATION}, a simple page editor
 * ({@code /pages/editpage.action?pageId=N}, saved by a form POST to {@code /pages/doeditpage.action} with
 * {@code atl_token}), and the admin console ({@code /admin/console.action}, admins + WebSudo).
 *
 * <p>Space permissions apply as in Confluence: spaces and pages the user cannot view are not listed and
 * answer "Page Not Found" (404, no hint that they exist); the editor needs EDIT (403 otherwise).
 * Anonymous users are sent to the login page, except to view a page of a space that grants VIEW to anonymous
 * users while the site allows anonymous access ({@code DevHostConfig.anonymousAccess}). Unknown paths get a 404
 * page.
 *
 * <p>Web-panel context (Confluence's keys, host-API objects, nothing else): {@code page} and
 * {@code content} (the {@link Page}), {@code space} ({@link Space}), {@code user} and {@code remoteUser}
 * (the viewing {@link ConfluenceUser}). Soy panels see the objects as maps of their bean properties
 * ({@code $page.title}).
 *
 * <p>Page view renders the macros of the body ({@link MacroRenderer}). Page-related screens (view and edit)
 * require the web-resource context {@value #PAGE_CONTEXT} and carry
 * Confluence's {@code <meta name="ajs-page-id">}, so page scripts find the page as they do in Confluence.
 */
public final class HostPagesServlet extends HttpServlet {

    /** Web-panel location in the page byline/metadata area (where workflow status panels go). */
    public static final String BYLINE_LOCATION = "atl.page.metadata.banner";
    /** Web-panel location below the page content. */
    public static final String FOOTER_LOCATION = "atl.page.content.footer";
    /** Web-resource context of Confluence's page-related screens (view, edit, ...). */
    public static final String PAGE_CONTEXT = "page";

    private static final Pattern UNSAFE_ELEMENTS = Pattern.compile("(?is)<(script|iframe|object|embed|style)\\b.*?(</\\1>|/>)");
    private static final Pattern EVENT_ATTRS = Pattern.compile("(?i)\\s+on\\w+\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+)");
    private static final Pattern JS_URLS = Pattern.compile("(?i)(href|src)\\s*=\\s*([\"'])\\s*javascript:[^\"']*\\2");

    private final Chrome chrome;
    private final ContentStore content;
    private final DevPageUpdates pageUpdates;
    private final DevPageManager pageManager;
    private final DevPermissionManager permissions;
    private final WebPanelRenderer panels;
    private final PageBanner banner;
    private final DevUserManager userManager;
    private final DevWebSudoManager webSudo;
    private final DevXsrfTokens xsrf;
    private final DevGlobalSettingsManager settings;
    private final InstalledPlugins plugins;
    private final HostUrls urls;
    private final MacroRenderer macros;

    public HostPagesServlet(Chrome chrome, ContentStore content, DevPageUpdates pageUpdates, DevPageManager pageManager,
            DevPermissionManager permissions, WebPanelRenderer panels, PageBanner banner, DevUserManager userManager, DevWebSudoManager webSudo, DevXsrfTokens xsrf,
            DevGlobalSettingsManager settings, InstalledPlugins plugins, HostUrls urls) {
        this.chrome = chrome;
        this.content = content;
        this.pageUpdates = pageUpdates;
        this.pageManager = pageManager;
        this.permissions = permissions;
        this.panels = panels;
        this.banner = banner;
        this.xsrf = xsrf;
        this.userManager = userManager;
        this.webSudo = webSudo;
        this.settings = settings;
        this.plugins = plugins;
        this.urls = urls;
        this.macros = new MacroRenderer(plugins);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        HostUser user = CurrentRequest.userOf(req);
        if (user == null && path.equals("/pages/viewpage.action")) {
            // With anonymous access on, a page of a space that grants VIEW to anonymous users is shown as it is
            // to everyone; any other page sends the visitor to log in, as Confluence does.
            Optional<HostPage> page = parseLong(req.getParameter("pageId")).flatMap(content::page)
                    .filter(p -> permissions.anonymousCanView(p.spaceKey()));
            if (page.isPresent()) {
                page(req, resp, page, null);
                return;
            }
        }
        if (user == null) {
            String here = path + (req.getQueryString() == null ? "" : "?" + req.getQueryString());
            resp.sendRedirect(urls.path("/login.action?os_destination=" + URLEncoder.encode(here, StandardCharsets.UTF_8)));
            return;
        }
        if (path.isEmpty() || path.equals("/") || path.equals("/dashboard.action")) {
            spaces(req, resp, user, "Welcome to " + settings.siteTitle(), "Dashboard");
        } else if (path.equals("/spacedirectory/view.action")) {
            spaces(req, resp, user, "Spaces", "Spaces");
        } else if (path.equals("/pages/viewpage.action")) {
            Optional<HostPage> page = parseLong(req.getParameter("pageId")).flatMap(content::page);
            page(req, resp, viewable(page, user), user);
        } else if (path.equals("/pages/editpage.action")) {
            Optional<HostPage> page = viewable(parseLong(req.getParameter("pageId")).flatMap(content::page), user);
            if (page.isEmpty()) {
                message(req, resp, 404, "Page Not Found", "The page does not exist.");
            } else if (!permissions.onSpace(page.get().spaceKey(), Permission.EDIT, user.key())) {
                message(req, resp, 403, "Not Permitted", "You are not permitted to edit this page.");
            } else {
                editor(req, resp, page.get(), page.get().title(), page.get().body(), page.get().version(), null);
            }
        } else if (path.startsWith("/display/")) {
            String[] parts = path.substring("/display/".length()).split("/", 2);
            if (parts.length == 2 && !parts[1].isEmpty()) {
                String title = URLDecoder.decode(parts[1].replace('+', ' '), StandardCharsets.UTF_8);
                page(req, resp, viewable(content.page(parts[0], title), user), user);
            } else {
                space(req, resp, user, parts[0]);
            }
        } else if (path.equals("/admin/console.action") || path.equals("/admin/") || path.equals("/admin")) {
            adminConsole(req, resp, user);
        } else {
            message(req, resp, 404, "Page Not Found", "The page you were looking for does not exist on this dev host.");
        }
    }

    /**
     * Saves the editor form ({@code /pages/doeditpage.action}): XSRF token, EDIT permission, and the version
     * the edit started from ({@code originalVersion}); a save from an older version is refused (409) and
     * the form comes back with the user's text, as Confluence reports a conflicting edit.
     */
    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        HostUser user = CurrentRequest.userOf(req);
        if (user == null) {
            resp.sendRedirect(urls.path("/login.action"));
            return;
        }
        if (!path.equals("/pages/doeditpage.action")) {
            message(req, resp, 404, "Page Not Found", "The page you were looking for does not exist on this dev host.");
            return;
        }
        if (!xsrf.validateFormEncodedToken(req)) {
            message(req, resp, 403, "Session Expired", "Your session expired or the form was not submitted from Confluence."
                    + " Please go back and try again.");
            return;
        }
        Optional<HostPage> found = viewable(parseLong(req.getParameter("pageId")).flatMap(content::page), user);
        if (found.isEmpty()) {
            message(req, resp, 404, "Page Not Found", "The page does not exist.");
            return;
        }
        HostPage page = found.get();
        if (!permissions.onSpace(page.spaceKey(), Permission.EDIT, user.key())) {
            message(req, resp, 403, "Not Permitted", "You are not permitted to edit this page.");
            return;
        }
        String title = req.getParameter("title") == null ? "" : req.getParameter("title").trim();
        String body = req.getParameter("content") == null ? "" : req.getParameter("content");
        int originalVersion = parseLong(req.getParameter("originalVersion")).map(Long::intValue).orElse(-1);
        if (title.isEmpty() || title.length() > 255) {
            resp.setStatus(400);
            editor(req, resp, page, title, body, originalVersion, "A page title is required (at most 255 characters).");
            return;
        }
        PageUpdate outcome = pageUpdates.update(page.id(), originalVersion, title, body, user.key(),
                PageUpdateTrigger.EDIT_PAGE);
        if (outcome instanceof PageUpdate.Updated) {
            resp.sendRedirect(urls.path("/pages/viewpage.action?pageId=" + page.id()));
        } else if (outcome instanceof PageUpdate.Conflict c) {
            resp.setStatus(409);
            editor(req, resp, page, title, body, originalVersion, "This page was changed by someone else while you were"
                    + " editing it (it is now at version " + c.currentVersion() + "). Reload the page and edit it again.");
        } else if (outcome instanceof PageUpdate.DuplicateTitle) {
            resp.setStatus(400);
            editor(req, resp, page, title, body, originalVersion, "A page with this title already exists in this space.");
        } else {
            message(req, resp, 404, "Page Not Found", "The page does not exist.");
        }
    }

    private void editor(HttpServletRequest req, HttpServletResponse resp, HostPage page, String title, String body,
            int originalVersion, String error) throws IOException {
        Map<String, Object> data = new HashMap<>();
        data.put("contextPath", urls.contextPath());
        data.put("pageId", page.id());
        data.put("currentTitle", page.title());
        data.put("title", title);
        data.put("body", body == null ? "" : body);
        data.put("originalVersion", originalVersion);
        data.put("atlToken", xsrf.getXsrfToken(req, resp, true));
        data.put("error", error);
        resp.setHeader("Cache-Control", "no-store");
        requirePageContext();
        chrome.write(req, resp, new Chrome.Content("atl.general", "Edit - " + page.title(), "",
                chrome.renderBody("devhost.pages.edit", data), null, pageMetas(page)));
    }

    private String displayName(String userKey) {
        com.atlassian.sal.api.user.UserProfile profile = userKey == null ? null : userManager.getUserProfile(new UserKey(userKey));
        return profile == null ? "Anonymous" : profile.getFullName();
    }

    private Optional<HostPage> viewable(Optional<HostPage> page, HostUser user) {
        return page.filter(p -> permissions.onSpace(p.spaceKey(), Permission.VIEW, user.key()));
    }

    private void spaces(HttpServletRequest req, HttpServletResponse resp, HostUser user, String heading, String title)
            throws IOException {
        List<Map<String, Object>> spaces = content.spaces().stream()
                .filter(s -> permissions.onSpace(s.key(), Permission.VIEW, user.key())).map(HostPagesServlet::space).toList();
        Map<String, Object> data = Map.of("contextPath", urls.contextPath(), "heading", heading, "spaces", spaces);
        chrome.write(req, resp, Chrome.Content.of("atl.general", title, chrome.renderBody("devhost.pages.spaces", data)));
    }

    private void space(HttpServletRequest req, HttpServletResponse resp, HostUser user, String key) throws IOException {
        Optional<HostSpace> space = content.space(key).filter(s -> permissions.onSpace(s.key(), Permission.VIEW, user.key()));
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
        pageData.put("lastModifier", displayName(page.lastModifierKey()));
        pageData.put("canEdit", user != null && permissions.onSpace(page.spaceKey(), Permission.EDIT, user.key()));
        Page entity = pageManager.toPage(page);
        ConfluenceUser viewer = user == null ? null : new HostConfluenceUser(user); // null: an anonymous viewer
        // Confluence's web-interface context keys hold the entities themselves; a mutable map, as panels may add to it
        Map<String, Object> panelContext = new HashMap<>();
        panelContext.put("page", entity);
        panelContext.put("content", entity);
        panelContext.put("space", entity.getSpace());
        panelContext.put("user", viewer);
        panelContext.put("remoteUser", viewer);
        requirePageContext();
        Map<String, Object> data = new HashMap<>();
        data.put("contextPath", urls.contextPath());
        data.put("page", pageData);
        // macros after the clean-up: their output is the plugin's HTML, as in Confluence's view conversion
        data.put("bodyHtml", Chrome.html(macros.render(storageToHtml(page.body()), entity)));
        data.put("bannerItems", banner.items(user));
        data.put("bylinePanels", Chrome.html(panels.render(BYLINE_LOCATION, panelContext, user)));
        data.put("footerPanels", Chrome.html(panels.render(FOOTER_LOCATION, panelContext, user)));
        chrome.write(req, resp, new Chrome.Content("atl.general", page.title(), "", chrome.renderBody("devhost.pages.page", data),
                "page-view", pageMetas(page)));
    }

    /** As Confluence's page actions do: the page's resources join every page-related screen. */
    private static void requirePageContext() {
        CurrentRequest.get().ifPresent(state -> state.resources().requireContext(PAGE_CONTEXT));
    }

    /** Confluence's page id meta ({@code AJS.Meta.get('page-id')}); both view and editor carry it. */
    private static Map<String, String> pageMetas(HostPage page) {
        return Map.of("ajs-page-id", String.valueOf(page.id()));
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
                "version", DevApplicationProperties.VERSION, "plugins", installed,
                "failedPlugins", plugins.failures().size(), "manageAppsUrl", urls.path(ManageAppsServlet.PATH));
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
