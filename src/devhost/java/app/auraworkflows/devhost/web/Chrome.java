package app.auraworkflows.devhost.web;

import app.auraworkflows.devhost.HostUrls;
import app.auraworkflows.devhost.directory.HostUser;
import app.auraworkflows.devhost.http.CurrentRequest;
import app.auraworkflows.devhost.http.WebResourceCollector;
import app.auraworkflows.devhost.sal.DevGlobalSettingsManager;
import app.auraworkflows.devhost.sal.DevUserManager;
import app.auraworkflows.devhost.sal.DevWebSudoManager;
import app.auraworkflows.devhost.sal.DevXsrfTokens;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.soy.renderer.SoyTemplateRenderer;
import com.google.template.soy.data.SanitizedContent;
import com.google.template.soy.data.UnsafeSanitizedContentOrdainer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders the Confluence-like page chrome around content: the header (site title, Spaces, the Apps
 * menu of {@code system.header*} web-items, Administration, user menu with Log out), the admin
 * sidebar of {@code system.admin*} web-items for {@code atl.admin}, the {@code ajs-*} meta tags
 * Confluence pages carry (context path, atl_token, remote user, base URL), AUI, and the web-resources
 * the request required (plus those in the {@code atl.general}/{@code atl.admin} contexts).
 */
public final class Chrome {

    /** What to wrap: decorator name, title, extra head HTML, body HTML and body attributes. */
    public record Content(String decorator, String title, String headHtml, String bodyHtml, String bodyClass,
            Map<String, String> metas) {
        public static Content of(String decorator, String title, String bodyHtml) {
            return new Content(decorator, title, "", bodyHtml, null, Map.of());
        }
    }

    private final SoyTemplateRenderer soy;
    private final WebInterface webInterface;
    private final WebResourceResolver resources;
    private final DevGlobalSettingsManager settings;
    private final DevUserManager userManager;
    private final DevXsrfTokens xsrf;
    private final DevWebSudoManager webSudo;
    private final HostUrls urls;
    private final boolean auiAvailable;

    public Chrome(SoyTemplateRenderer soy, WebInterface webInterface, WebResourceResolver resources,
            DevGlobalSettingsManager settings, DevUserManager userManager, DevXsrfTokens xsrf, DevWebSudoManager webSudo,
            HostUrls urls, boolean auiAvailable) {
        this.soy = soy;
        this.webInterface = webInterface;
        this.resources = resources;
        this.settings = settings;
        this.userManager = userManager;
        this.xsrf = xsrf;
        this.webSudo = webSudo;
        this.urls = urls;
        this.auiAvailable = auiAvailable;
    }

    public boolean auiAvailable() {
        return auiAvailable;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, Content content) throws IOException {
        String html = render(request, response, content);
        response.setContentType("text/html;charset=UTF-8");
        byte[] bytes = html.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    public String render(HttpServletRequest request, HttpServletResponse response, Content content) {
        HostUser user = CurrentRequest.userOf(request);
        boolean isAdmin = user != null && userManager.isAdmin(new UserKey(user.key()));
        String decorator = content.decorator();
        String siteTitle = settings.siteTitle();

        Map<String, Object> data = new HashMap<>();
        data.put("title", content.title() == null ? "" : content.title());
        data.put("siteTitle", siteTitle);
        data.put("contextPath", urls.contextPath());
        data.put("decorator", decorator);
        data.put("headHtml", html(content.headHtml()));
        data.put("bodyHtml", html(content.bodyHtml()));
        data.put("bodyClass", content.bodyClass());
        if (user != null) {
            data.put("user", Map.of("username", user.username(), "fullName", user.fullName(), "isAdmin", isAdmin));
        }
        data.put("headerItems", user == null ? List.of() : items(ConfluenceLocations.HEADER_LEFT, user));
        // Confluence's admin decorator highlights the item named by the page's selectedWebItem content block
        data.put("adminSections", "atl.admin".equals(decorator)
                ? sections(ConfluenceLocations.ADMIN, user, content.metas().get("page.selectedWebItem"), request) : List.of());
        String token = user == null ? null : xsrf.getXsrfToken(request, response, CurrentRequest.authOf(request)
                == CurrentRequest.AuthMethod.SESSION);
        data.put("atlToken", token);
        data.put("websudoActive", "atl.admin".equals(decorator) && webSudo.enabled() && webSudo.isLive(request));
        data.put("aui", auiAvailable);

        List<Map<String, String>> metas = new ArrayList<>();
        metas.add(meta("ajs-context-path", urls.contextPath()));
        metas.add(meta("ajs-base-url", urls.baseUrl()));
        metas.add(meta("ajs-site-title", siteTitle));
        metas.add(meta("ajs-version-number", "10.2.0"));
        metas.add(meta("ajs-remote-user", user == null ? "" : user.username()));
        metas.add(meta("ajs-remote-user-key", user == null ? "" : user.key()));
        metas.add(meta("ajs-current-user-fullname", user == null ? "" : user.fullName()));
        metas.add(meta("ajs-is-admin", String.valueOf(isAdmin)));
        if (token != null) {
            metas.add(meta("ajs-atl-token", token));
            metas.add(meta("atlassian-token", token));
        }
        // The page's own ajs-* metas (e.g. ajs-page-id on page view), sorted so the head is stable
        content.metas().entrySet().stream().filter(m -> m.getKey().startsWith("ajs-")).sorted(Map.Entry.comparingByKey())
                .forEach(m -> metas.add(meta(m.getKey(), m.getValue())));
        data.put("metas", metas);

        WebResourceCollector collector = CurrentRequest.get().map(CurrentRequest.State::resources)
                .orElseGet(WebResourceCollector::new);
        Set<String> contexts = new LinkedHashSet<>(collector.contexts());
        contexts.add("atl.general");
        if ("atl.admin".equals(decorator)) {
            contexts.add("atl.admin");
        }
        List<String> css = new ArrayList<>();
        List<String> js = new ArrayList<>();
        for (WebResourceResolver.Tag tag : resources.tags(collector.webResources(), contexts, collector.excluded())) {
            (tag.kind().equals("css") ? css : js).add(tag.url());
        }
        List<String> scripts = new ArrayList<>();
        if (auiAvailable) {
            scripts.add(urls.path("/devhost/static/aui/jquery.min.js"));
            scripts.add(urls.path("/devhost/static/host/ajs-pre.js"));
            scripts.add(urls.path("/devhost/static/aui/aui-prototyping.js"));
        } else {
            scripts.add(urls.path("/devhost/static/host/ajs-pre.js"));
            scripts.add(urls.path("/devhost/static/host/devhost-fallback.js"));
        }
        scripts.add(urls.path("/devhost/static/host/ajs-post.js"));
        scripts.addAll(js);
        data.put("cssUrls", css);
        // script URLs are built here from known prefixes; strict Soy only accepts them as trusted resource URIs
        data.put("jsUrls", scripts.stream().map(u -> UnsafeSanitizedContentOrdainer.ordainAsSafe(u,
                SanitizedContent.ContentKind.TRUSTED_RESOURCE_URI)).toList());
        return soy.render(WebResourceResolver.HOST_TEMPLATES, "devhost.chrome.page", data);
    }

    /** Renders a host template body (not the chrome). */
    public String renderBody(String template, Map<String, Object> data) {
        return soy.render(WebResourceResolver.HOST_TEMPLATES, template, data);
    }

    /** A flat location's web-items as template data (key, label, url, linkId, styleClass, tooltip). */
    public List<Map<String, Object>> items(String location, HostUser user) {
        return webInterface.items(location, user).stream().map(Chrome::itemData).toList();
    }

    /** One web-item as template data; the templates read these keys. */
    private static Map<String, Object> itemData(WebInterface.Item i) {
        Map<String, Object> item = new HashMap<>();
        item.put("key", i.key());
        item.put("label", i.label());
        item.put("url", i.url());
        item.put("linkId", i.linkId());
        item.put("styleClass", i.styleClass());
        item.put("tooltip", i.tooltip());
        return item;
    }

    private List<Map<String, Object>> sections(String prefix, HostUser user, String activeTab, HttpServletRequest request) {
        String current = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        List<Map<String, Object>> out = new ArrayList<>();
        for (WebInterface.Section s : webInterface.sections(prefix, user)) {
            List<Map<String, Object>> items = new ArrayList<>();
            for (WebInterface.Item i : s.items()) {
                Map<String, Object> item = itemData(i);
                boolean selected = activeTab != null ? activeTab.equals(i.key())
                        : current.equals(i.url()) || current.startsWith(i.url() + "?") || current.startsWith(i.url() + "/");
                item.put("selected", selected);
                items.add(item);
            }
            Map<String, Object> section = new HashMap<>();
            section.put("id", s.id());
            section.put("label", s.label());
            section.put("items", items);
            out.add(section);
        }
        return out;
    }

    private static Map<String, String> meta(String name, String content) {
        return Map.of("name", name, "content", content == null ? "" : content);
    }

    /** Trusted HTML (the plugin's own page, or host templates' output) for the strict chrome template. */
    public static SanitizedContent html(String html) {
        return UnsafeSanitizedContentOrdainer.ordainAsSafe(html == null ? "" : html, SanitizedContent.ContentKind.HTML);
    }
}
