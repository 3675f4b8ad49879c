package app.auraworkflows.devhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.auraworkflows.devhost.content.HostPage;
import app.auraworkflows.devhost.junit.DevHostClient;
import app.auraworkflows.devhost.junit.DevHostExtension;
import app.auraworkflows.devhost.junit.HttpResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a plugin's pages look like on the dev host: decoration of servlet pages (header links, admin
 * sidebar, web-resources in the head, ajs meta tags), Soy with getText/contextPath, downloads with
 * the jsI18n transformer, web-panels on page view, host pages behind login.
 */
class DevHostChromeIT {

    private static final String WR = "/download/resources/devhost.fixture.plugin:";

    @RegisterExtension
    static DevHostExtension host = DevHostExtension.withDemoData().pluginJar(TestPluginJar::standard);

    private static DevHostClient loggedIn(String user) {
        DevHostClient browser = host.browser();
        assertEquals(302, browser.login(user, user).status());
        return browser;
    }

    @Test
    void servletPageIsWrappedInTheChromeWithTheHeaderLinksOfTheApps() {
        HttpResult page = loggedIn("alice").get("/plugins/servlet/fixture/hello?name=%3Cb%3E");
        assertEquals(200, page.status(), page.toString());
        String html = page.body();
        assertTrue(html.contains("<title>Hello &lt;b&gt;, it&#39;s a &lt;fixture&gt; - Aura Demo</title>"), html);
        assertTrue(html.matches("(?s).*<li><a href=\"/confluence/plugins/servlet/fixture/hello\" id=\"fixture-user-link\">"
                + "[^<]+</a></li>.*"), "system.header/left items are header links: " + html);
        assertFalse(html.contains("id=\"apps-menu\""), "Confluence has no Apps menu location");
        assertFalse(html.contains("fixture-admin-link"), "admin item hidden from non-admins");
        assertTrue(html.contains("Alice Archer"));
        assertTrue(html.contains("class=\"aui-layout aui-theme-default devhost-general fixture-page\""), "body class kept");
        assertFalse(html.contains("aui-navgroup-vertical"), "no admin sidebar on atl.general");
    }

    @Test
    void soyTemplatesRenderWithGetTextContextPathAndCalledTemplates() {
        String html = loggedIn("alice").get("/plugins/servlet/fixture/hello?name=%3Cb%3E").body();
        assertTrue(html.contains("<h1 id=\"fixture-heading\">Hello &lt;b&gt;, it&#39;s a &lt;fixture&gt;</h1>"), html);
        assertTrue(html.contains("<p id=\"context-path\">/confluence</p>"));
        assertTrue(html.contains("<li>one=1</li><li>two=2</li>"));
        assertTrue(html.contains("<p id=\"greeting\">Hello, Alice Archer</p>"), "embedded library and injected component");
        assertTrue(html.contains("<p id=\"origin\">plugin-jar</p>"), "plugin classes come from the JAR");
    }

    @Test
    void requiredWebResourcesAndTheirDependenciesAreLinkedInTheHead() {
        String html = loggedIn("alice").get("/plugins/servlet/fixture/hello").body();
        int base = html.indexOf(WR + "fixture-base/base.css");
        int own = html.indexOf(WR + "fixture-resources/fixture.css");
        assertTrue(base > 0 && own > base, "dependency first");
        assertTrue(html.contains("<script src=\"/confluence" + WR + "fixture-resources/fixture.js\"></script>"), html);
        assertFalse(html.contains("fixture-admin-context"), "atl.admin context resources only on admin pages");
        assertTrue(html.contains("<meta name=\"ajs-context-path\" content=\"/confluence\">"));
        assertTrue(html.matches("(?s).*<meta name=\"ajs-atl-token\" content=\"[0-9a-f]{40}\">.*"));
        assertTrue(html.contains("<meta name=\"ajs-remote-user\" content=\"alice\">"));
    }

    @Test
    void adminPageShowsTheAdminSidebarWithTheActiveItem() {
        DevHostClient admin = loggedIn("admin");
        DevHostLoginIT.authenticate(admin, "admin", "/plugins/servlet/fixture/admin");
        String html = admin.get("/plugins/servlet/fixture/admin").body();
        assertTrue(html.contains("<nav class=\"aui-navgroup aui-navgroup-vertical\" aria-label=\"Administration\">"), html);
        assertTrue(html.contains("<strong>Fixture App</strong>"));
        assertTrue(html.matches("(?s).*<li class=\"aui-nav-selected\">\\s*<a href=\"/confluence/plugins/servlet/fixture/admin\""
                + " id=\"fixture-admin-sidebar-link\" aria-current=\"page\">Administration \u2192 Fixture</a>.*"), html);
        assertTrue(html.contains(WR + "fixture-admin-context/admin.css"), "atl.admin context resources");
        assertFalse(html.contains("id=\"fixture-admin-link\""), "personal-settings items are not in the header");
        String settings = admin.get("/users/viewmysettings.action").body();
        assertTrue(settings.contains("id=\"fixture-admin-link\""), "admins see the item under Your settings: " + settings);
        assertFalse(loggedIn("alice").get("/users/viewmysettings.action").body().contains("fixture-admin-link"),
                "its condition hides it from others");
    }

    @Test
    void nonHtmlServletResponsesPassThroughUndecorated() {
        HttpResult raw = loggedIn("alice").get("/plugins/servlet/fixture/hello?mode=raw");
        assertEquals("raw plugin-jar", raw.body());
        assertTrue(raw.header("Content-Type").orElseThrow().startsWith("text/plain"));
    }

    @Test
    void downloadsServeDeclaredResourcesWithJsI18nApplied() {
        DevHostClient anonymous = host.anonymous();
        HttpResult css = anonymous.get(WR + "fixture-resources/fixture.css");
        assertEquals(200, css.status());
        assertTrue(css.header("Content-Type").orElseThrow().startsWith("text/css"));
        String js = anonymous.get(WR + "fixture-resources/fixture.js").body();
        assertTrue(js.contains("window.fixtureText = \"From JS i18n\";"), js);
        assertTrue(js.contains("AJS.format(\"Hello {0}, it''s a \\u003cfixture>\", 'JS')"), js);
        assertEquals(200, anonymous.get("/download/resources/devhost.fixture.plugin/images/icon.svg").status());
    }

    @Test
    void downloadsRefuseUndeclaredEntriesAndTraversal() {
        DevHostClient anonymous = host.anonymous();
        assertEquals(404, anonymous.get(WR + "fixture-resources/devhostfixture/plugin/HelloServlet.class").status());
        assertEquals(404, anonymous.get("/download/resources/devhost.fixture.plugin/images/../atlassian-plugin.xml").status());
        assertEquals(404, anonymous.get(WR + "nope/fixture.css").status());
    }

    @Test
    void pageViewRendersTheWebPanelsInTheByline() {
        HostPage page = host.host().content().page("DEMO", "Travel Policy").orElseThrow();
        String html = loggedIn("bob").get("/pages/viewpage.action?pageId=" + page.id()).body();
        assertTrue(html.contains("<h1 id=\"title-text\">Travel Policy</h1>"), html);
        assertTrue(html.contains("<span id=\"fixture-soy-panel\">Travel Policy v1 in DEMO for Bob Baker</span>"), html);
        assertTrue(html.contains("data-thread-user=\"bob\">page " + page.id() + " [content, page, remoteUser, space, user]</span>"),
                html);
        assertTrue(html.indexOf("fixture-soy-panel") < html.indexOf("fixture-class-panel"), "panels by weight");
        assertTrue(html.contains("<li>Book economy class.</li>"));
    }

    @Test
    void hostPagesSendAnonymousUsersToTheLoginPage() {
        HttpResult r = host.anonymous().get("/spacedirectory/view.action");
        assertEquals(302, r.status());
        assertTrue(r.location().endsWith("/confluence/login.action?os_destination=%2Fspacedirectory%2Fview.action"), r.location());
        String spaces = loggedIn("dave").get("/spacedirectory/view.action").body();
        assertTrue(spaces.contains("<a href=\"/confluence/display/DEMO\">Demo Space</a>"), spaces);
    }

    @Test
    void adminConsoleNeedsAdminAndWebSudo() {
        assertEquals(403, loggedIn("erin").get("/admin/console.action").status());
        DevHostClient admin = loggedIn("admin");
        HttpResult first = admin.get("/admin/console.action");
        assertEquals(302, first.status());
        assertTrue(first.location().contains("/authenticate.action"));
        DevHostLoginIT.authenticate(admin, "admin", "/admin/console.action");
        String html = admin.get("/admin/console.action").body();
        assertTrue(html.contains("Dev Host Fixture (devhost.fixture.plugin) 1.2.3"), html);
        assertTrue(html.contains("<strong>Fixture App</strong>"));
    }

    @Test
    void realAuiIsServedWhenTheBuildUnpackedIt() {
        String html = loggedIn("alice").get("/dashboard.action").body();
        if (html.contains("/devhost/static/aui/aui-prototyping.css")) {
            assertEquals(200, host.anonymous().get("/devhost/static/aui/aui-prototyping.css").status());
            assertEquals(200, host.anonymous().get("/devhost/static/aui/jquery.min.js").status());
        } else {
            assertEquals(200, host.anonymous().get("/devhost/static/host/aui-fallback.css").status());
        }
    }
}
