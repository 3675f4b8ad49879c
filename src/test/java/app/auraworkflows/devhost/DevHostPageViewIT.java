package app.auraworkflows.devhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.auraworkflows.devhost.content.HostPage;
import app.auraworkflows.devhost.junit.DevHostClient;
import app.auraworkflows.devhost.junit.DevHostExtension;
import app.auraworkflows.devhost.junit.HttpResult;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Page view as a browser meets it: the byline web-panels and the context they receive, the resources
 * they require, space permissions on the host pages, and the editor that makes page versions change.
 */
class DevHostPageViewIT {

    private static final String WR = "/download/resources/devhost.fixture.plugin:";

    @RegisterExtension
    static DevHostExtension host = DevHostExtension.withDemoData().pluginJar(TestPluginJar::standard);

    private static DevHostClient loggedIn(String user) {
        DevHostClient browser = host.browser();
        assertEquals(302, browser.login(user, user).status());
        return browser;
    }

    private static HostPage page(String space, String title) {
        return host.host().content().page(space, title).orElseThrow();
    }

    private static String value(String html, String inputName) {
        Matcher m = Pattern.compile("name=\"" + inputName + "\" value=\"([^\"]*)\"").matcher(html);
        assertTrue(m.find(), inputName + " in " + html);
        return m.group(1);
    }

    @Test
    void macrosInTheBodyAreRenderedByThePluginsXhtmlMacroAndUnknownOrDisabledOnesShowThePlaceholder() {
        String body = "<p>Before</p><ac:structured-macro ac:name=\"fixture-title\" ac:schema-version=\"1\">"
                + "<ac:parameter ac:name=\"colour\">red &amp; blue</ac:parameter>"
                + "<ac:plain-text-body><![CDATA[plain <body>]]></ac:plain-text-body></ac:structured-macro>"
                + "<ac:structured-macro ac:name=\"no-such-macro\"/><ac:structured-macro ac:name=\"fixture\"/><p>After</p>";
        HostPage page = host.host().content().createPage("DEMO", "Macro page", body, null, "alice");
        String html = loggedIn("bob").get("/pages/viewpage.action?pageId=" + page.id()).body();
        assertTrue(html.contains("<p>Before</p><span id=\"fixture-title-macro\" data-title=\"Macro page\""
                + " data-colour=\"red &amp; blue\" data-body=\"plain &lt;body>\" data-greeter=\"true\"></span>"), html);
        assertTrue(html.contains("<span class=\"error\">Unknown macro: {no-such-macro}</span>"), html);
        assertTrue(html.contains("<span class=\"error\">Unknown macro: {fixture}</span>"),
                "a macro whose class is missing is disabled, so it is unknown\n" + html);
        assertFalse(html.contains("ac:structured-macro"), html);
    }

    @Test
    void confluencesOwnPanelMacrosRenderAsPanels() {
        HostPage page = host.host().content().createPage("DEMO", "Panel page", "<ac:structured-macro ac:name=\"info\">"
                + "<ac:rich-text-body><p>Heads up</p></ac:rich-text-body></ac:structured-macro>", null, "alice");
        String html = loggedIn("bob").get("/pages/viewpage.action?pageId=" + page.id()).body();
        assertTrue(html.contains("<div class=\"confluence-information-macro confluence-information-macro-information\">"
                + "<div class=\"confluence-information-macro-body\"><p>Heads up</p></div></div>"), html);
    }

    @Test
    void classWebPanelReceivesThePageSpaceAndUserObjects() {
        HostPage travel = page("DEMO", "Travel Policy");
        String html = loggedIn("bob").get("/pages/viewpage.action?pageId=" + travel.id()).body();
        assertTrue(html.contains("<span id=\"fixture-class-panel\" data-page-class=\"com.atlassian.confluence.pages.Page\""
                + " data-title=\"Travel Policy\" data-version=\"" + travel.version() + "\" data-space=\"DEMO\""
                + " data-url=\"/display/DEMO/Travel+Policy\" data-user=\"bob\" data-thread-user=\"bob\">page " + travel.id()
                + " [content, page, remoteUser, space, user]</span>"), "only Confluence's context keys\n" + html);
    }

    @Test
    void pageBannerShowsTheDisplayableWebItemsOfPageMetadataBannerLikeThePageBannerPlugin() {
        HostPage travel = page("DEMO", "Travel Policy");
        String html = loggedIn("bob").get("/pages/viewpage.action?pageId=" + travel.id()).body();
        assertTrue(html.contains("<li class=\"page-metadata-item noprint has-button\" id=\"fixture-banner-link-wrapper\">"
                + "<a href=\"/confluence/plugins/servlet/fixture/hello\" title=\"What the fixture knows about this page\""
                + " id=\"fixture-banner-link\" class=\"aui-button aui-button-subtle fixture-banner\"><span>Fixture status</span></a>"),
                html);
        int banner = html.indexOf("id=\"page-metadata-banner\"");
        assertTrue(banner > 0 && html.indexOf("fixture-banner-link") > banner
                && html.indexOf("fixture-banner-link") < html.indexOf("id=\"main-content\""), "in the byline, above the content");
        assertFalse(html.contains("fixture-banner-admin-link"), "its condition (administrators) does not hold for bob");

        String admin = loggedIn("admin").get("/pages/viewpage.action?pageId=" + travel.id()).body();
        assertTrue(admin.indexOf("id=\"fixture-banner-admin-link\"") > 0
                && admin.indexOf("id=\"fixture-banner-admin-link\"") < admin.indexOf("id=\"fixture-banner-link\""), "by weight");
        assertFalse(loggedIn("bob").get("/dashboard.action").body().contains("fixture-banner-link"), "page view only");
    }

    @Test
    void pageScreensCarryThePageIdMetaAndThePageContextResourcesOtherScreensDoNot() {
        HostPage travel = page("DEMO", "Travel Policy");
        DevHostClient alice = loggedIn("alice");
        for (String path : new String[] {"/pages/viewpage.action?pageId=" + travel.id(), "/display/DEMO/Travel+Policy",
                "/pages/editpage.action?pageId=" + travel.id()}) {
            String html = alice.get(path).body();
            String head = html.substring(0, html.indexOf("</head>"));
            assertTrue(head.contains("<meta name=\"ajs-page-id\" content=\"" + travel.id() + "\">"), path + "\n" + head);
            assertTrue(html.contains(WR + "fixture-page-context/page.js"), path + "\n" + html);
        }
        for (String path : new String[] {"/dashboard.action", "/display/DEMO", "/spacedirectory/view.action",
                "/plugins/servlet/fixture/hello"}) {
            String html = alice.get(path).body();
            assertFalse(html.contains("fixture-page-context"), path);
            assertFalse(html.contains("ajs-page-id"), path);
        }
    }

    @Test
    void soyWebPanelSeesTheContextObjectsAsBeanProperties() {
        HostPage travel = page("DEMO", "Travel Policy");
        String html = loggedIn("bob").get("/pages/viewpage.action?pageId=" + travel.id()).body();
        assertTrue(html.contains("<span id=\"fixture-soy-panel\">Travel Policy v" + travel.version() + " in DEMO for Bob Baker</span>"), html);
        assertTrue(html.indexOf("fixture-soy-panel") < html.indexOf("fixture-class-panel"), "panels by weight");
        int byline = html.indexOf("id=\"page-metadata-banner\"");
        assertTrue(byline > 0 && html.indexOf("fixture-soy-panel") > byline && html.indexOf("fixture-soy-panel") < html.indexOf("id=\"main-content\""),
                "panels in the metadata banner, above the content");
    }

    @Test
    void resourcesRequiredWhileRenderingAPanelAndAtlGeneralContextResourcesAreInTheHead() {
        String html = loggedIn("bob").get("/pages/viewpage.action?pageId=" + page("DEMO", "Travel Policy").id()).body();
        String head = html.substring(0, html.indexOf("</head>"));
        assertTrue(head.contains(WR + "fixture-panel-resources/panel.css"), head);
        assertTrue(head.contains(WR + "fixture-general-context/general.js"), head);
        String dashboard = loggedIn("bob").get("/dashboard.action").body();
        assertFalse(dashboard.contains("fixture-panel-resources"), "only where the panel rendered");
        assertEquals(200, host.anonymous().get(WR + "fixture-panel-resources/panel.css").status());
    }

    @Test
    void pageViewShowsTitleSpaceVersionBodyAndAnEditLinkForEditors() {
        HostPage travel = page("DEMO", "Travel Policy");
        String html = loggedIn("dave").get("/display/DEMO/Travel+Policy").body();
        assertTrue(html.contains("<h1 id=\"title-text\">Travel Policy</h1>"), html);
        assertTrue(html.contains("<span id=\"page-space-key\">DEMO</span>"));
        assertTrue(html.contains("<span id=\"page-version\">" + travel.version() + "</span>"));
        assertTrue(html.contains("<li>Book economy class.</li>"));
        assertTrue(html.contains("id=\"editPageLink\""));
    }

    @Test
    void restrictedSpaceIsInvisibleToUsersWithoutViewPermission() {
        DevHostClient dave = loggedIn("dave");
        String spaces = dave.get("/spacedirectory/view.action").body();
        assertTrue(spaces.contains(">Demo Space</a>"));
        assertFalse(spaces.contains("RESTRICTED"), spaces);
        assertEquals(404, dave.get("/display/RESTRICTED").status());
        assertEquals(404, dave.get("/pages/viewpage.action?pageId=" + page("RESTRICTED", "Budget 2026").id()).status());
        assertEquals(404, dave.get("/display/RESTRICTED/Budget+2026").status());
        assertEquals(404, dave.get("/pages/editpage.action?pageId=" + page("RESTRICTED", "Budget 2026").id()).status());
        assertTrue(loggedIn("alice").get("/spacedirectory/view.action").body().contains(">Leadership</a>"));
    }

    @Test
    void viewersWithoutEditPermissionSeeNoEditLinkAndCannotOpenTheEditor() {
        DevHostClient erin = loggedIn("erin");
        HostPage budget = page("RESTRICTED", "Budget 2026");
        HttpResult view = erin.get("/pages/viewpage.action?pageId=" + budget.id());
        assertEquals(200, view.status());
        assertFalse(view.body().contains("editPageLink"));
        assertEquals(403, erin.get("/pages/editpage.action?pageId=" + budget.id()).status());
    }

    @Test
    void editingAPageInTheBrowserStoresTheNextVersion() {
        HostPage created = host.host().content().createPage("DEMO", "Browser edit", "<p>one</p>", null, null);
        DevHostClient alice = loggedIn("alice");
        String form = alice.get("/pages/editpage.action?pageId=" + created.id()).body();
        assertEquals("1", value(form, "originalVersion"));
        HttpResult saved = alice.postForm("/pages/doeditpage.action", Map.of("pageId", String.valueOf(created.id()),
                "originalVersion", "1", "title", "Browser edit v2", "content", "<p>two</p>", "atl_token", value(form, "atl_token")));
        assertEquals(302, saved.status(), saved.toString());
        assertTrue(saved.location().endsWith("/pages/viewpage.action?pageId=" + created.id()));
        String view = alice.get(saved.location()).body();
        assertTrue(view.contains("<h1 id=\"title-text\">Browser edit v2</h1>"), view);
        assertTrue(view.contains("<span id=\"page-version\">2</span>"));
        assertTrue(view.contains("<p>two</p>"));
        assertTrue(view.contains("Browser edit v2 v2 in DEMO for Alice Archer"), "panels see the new version");
    }

    @Test
    void anEditStartedFromAnOlderVersionIsRefusedWith409AndKeepsTheText() {
        HostPage created = host.host().content().createPage("DEMO", "Contested", "<p>one</p>", null, null);
        DevHostClient alice = loggedIn("alice");
        String token = value(alice.get("/pages/editpage.action?pageId=" + created.id()).body(), "atl_token");
        host.host().content().updatePage(created.id(), 1, "Contested", "<p>bob's</p>", null);
        HttpResult stale = alice.postForm("/pages/doeditpage.action", Map.of("pageId", String.valueOf(created.id()),
                "originalVersion", "1", "title", "Contested", "content", "<p>alice's</p>", "atl_token", token));
        assertEquals(409, stale.status());
        assertTrue(stale.body().contains("it is now at version 2"), stale.body());
        assertTrue(stale.body().contains("&lt;p&gt;alice&#39;s&lt;/p&gt;"), "the user's text is kept in the form");
        assertEquals("<p>bob's</p>", host.host().content().page(created.id()).orElseThrow().body());
    }

    @Test
    void editFormPostsNeedTheXsrfTokenAndEditPermission() {
        HostPage travel = page("DEMO", "Travel Policy");
        DevHostClient alice = loggedIn("alice");
        HttpResult noToken = alice.postForm("/pages/doeditpage.action", Map.of("pageId", String.valueOf(travel.id()),
                "originalVersion", String.valueOf(travel.version()), "title", "Hijacked", "content", ""));
        assertEquals(403, noToken.status());
        DevHostClient erin = loggedIn("erin");
        HostPage budget = page("RESTRICTED", "Budget 2026");
        String token = value(erin.get("/pages/editpage.action?pageId=" + travel.id()).body(), "atl_token");
        HttpResult notEditor = erin.postForm("/pages/doeditpage.action", Map.of("pageId", String.valueOf(budget.id()),
                "originalVersion", String.valueOf(budget.version()), "title", "Budget 2026", "content", "", "atl_token", token));
        assertEquals(403, notEditor.status());
        HttpResult blankTitle = erin.postForm("/pages/doeditpage.action", Map.of("pageId", String.valueOf(travel.id()),
                "originalVersion", String.valueOf(travel.version()), "title", " ", "content", "", "atl_token", token));
        assertEquals(400, blankTitle.status());
        assertEquals(travel.version(), page("DEMO", "Travel Policy").version());
        assertEquals(302, host.anonymous().postForm("/pages/doeditpage.action", Map.of()).status(), "anonymous: to the login page");
    }
}
