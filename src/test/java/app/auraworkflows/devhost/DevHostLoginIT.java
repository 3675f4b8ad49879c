package app.auraworkflows.devhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.auraworkflows.devhost.junit.DevHostClient;
import app.auraworkflows.devhost.junit.DevHostExtension;
import app.auraworkflows.devhost.junit.HttpResult;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Authentication on the dev host as a browser and a REST client meet it: form login/logout, HTTP
 * Basic, personal access tokens, WebSudo for admin servlets and REST (Atlassian's 401), XSRF for forms
 * and REST (no-check header, Origin/Referer for browsers), access annotations.
 */
class DevHostLoginIT {

    private static final String REST = "/rest/fixture/1.0/hello";
    /** admin's documented demo token (amps-config/demo-data.json). */
    static final String ADMIN_TOKEN = "e4WQKO04vidTIZhy0p-CzpSBMx8Bw_0cdgOLLCFuWCdw";

    @RegisterExtension
    static DevHostExtension host = DevHostExtension.withDemoData().pluginJar(TestPluginJar::standard);

    @Test
    void anonymousRestRequestGets401Json() {
        HttpResult r = host.anonymous().get(REST);
        assertEquals(401, r.status(), r.toString());
        assertEquals("UNAUTHORIZED", r.json().get("error").asText());
    }

    @Test
    void wrongBasicCredentialsGet401() {
        HttpResult r = host.as("alice", "wrong").get(REST);
        assertEquals(401, r.status());
        assertEquals("UNAUTHORIZED", r.json().get("error").asText());
    }

    @Test
    void basicAuthReachesResourceWithInjectedComponentsAndIsoDates() {
        HttpResult r = host.get("alice", REST);
        assertEquals(200, r.status(), r.toString());
        assertEquals("Hello, Alice Archer", r.json().get("greeting").asText());
        assertEquals("Hello REST, it's a <fixture>", r.json().get("title").asText());
        assertEquals("2025-01-02T03:04:05Z", r.json().get("at").asText());
        assertEquals("plugin-jar", r.json().get("origin").asText());
        assertEquals("alice", r.header("X-AUSERNAME").orElseThrow());
    }

    @Test
    void latestVersionAliasServesTheSameResource() {
        assertEquals(200, host.get("bob", "/rest/fixture/latest/hello").status());
    }

    @Test
    void adminOnlyRefusesAnonymousWith401AndNonAdminsWith403() {
        assertEquals(401, host.anonymous().get(REST + "/admin").status());
        HttpResult bob = host.get("bob", REST + "/admin");
        assertEquals(403, bob.status());
        assertEquals("FORBIDDEN", bob.json().get("error").asText());
        assertEquals(200, host.get("admin", REST + "/admin").status());
    }

    @Test
    void unrestrictedAccessAllowsAnonymous() {
        assertEquals(200, host.anonymous().get(REST + "/public").status());
    }

    @Test
    void licensedOnlyRefusesDeactivatedUsers() {
        host.host().users().create("frank", "Frank Fired", "frank@example.com", "frank");
        assertEquals(200, host.get("frank", REST + "/licensed").status());
        host.host().users().setActive("frank", false);
        assertEquals(401, host.get("frank", REST + "/licensed").status(), "deactivated users cannot authenticate");
    }

    @Test
    void formEncodedRestPostNeedsTheNoCheckHeader() {
        DevHostClient alice = host.as("alice");
        HttpResult blocked = alice.postForm(REST + "/form", Map.of("a", "b"));
        assertEquals(403, blocked.status());
        assertEquals("XSRF_CHECK_FAILED", blocked.json().get("error").asText());
        assertEquals(200, alice.postForm(REST + "/form", Map.of("a", "b"), Map.of("X-Atlassian-Token", "no-check")).status());
    }

    @Test
    void jsonRestPostNeedsNoXsrfHeader() {
        HttpResult r = host.postJson("alice", REST + "/echo", Map.of("x", 1));
        assertEquals(200, r.status(), r.toString());
        assertEquals(1, r.json().get("echo").get("x").asInt());
    }

    @Test
    void malformedJsonGets400Json() {
        HttpResult r = host.postJson("alice", REST + "/echo", "{not json");
        assertEquals(400, r.status(), r.toString());
        assertEquals("INVALID_JSON", r.json().get("error").asText());
    }

    @Test
    void unknownRestPathGets404JsonAndFailuresGet500WithoutInternals() {
        HttpResult missing = host.get("alice", REST + "/nope");
        assertEquals(404, missing.status());
        assertEquals("NOT_FOUND", missing.json().get("error").asText());
        HttpResult boom = host.get("alice", REST + "/boom");
        assertEquals(500, boom.status());
        assertEquals("INTERNAL_ERROR", boom.json().get("error").asText());
        assertFalse(boom.body().contains("internal detail"));
    }

    @Test
    void webSudoRequiredRestRefusesSessionsWithoutWebSudoWithAtlassians401Body() {
        DevHostClient browser = host.browser();
        assertEquals(302, browser.login("admin", "admin").status());
        HttpResult withoutSudo = browser.get(REST + "/sudo");
        assertEquals(401, withoutSudo.status(), withoutSudo.toString());
        assertEquals(401, withoutSudo.json().get("status-code").asInt());
        assertEquals("This resource requires WebSudo.", withoutSudo.json().get("message").asText());
        assertEquals(2, withoutSudo.json().size(), withoutSudo.body());
        authenticate(browser, "admin", "/");
        assertEquals(200, browser.get(REST + "/sudo").status());
    }

    @Test
    void webSudoIsNotCheckedForBasicAuthOrPersonalAccessTokens() {
        assertEquals(200, host.get("admin", REST + "/sudo").status());
        assertEquals(200, host.bearer(ADMIN_TOKEN).get(REST + "/sudo").status());
    }

    @Test
    void webSudoRequiredRestRefusesAnonymousWith401() {
        assertEquals(401, host.anonymous().get(REST + "/sudo").status());
    }

    @Test
    void bodylessSessionPostWithoutTheNoCheckHeaderIsRefusedAsXsrf() {
        DevHostClient browser = host.browser();
        browser.login("alice", "alice");
        HttpResult blocked = browser.send(browser.request(REST + "/action").POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(403, blocked.status(), blocked.toString());
        assertEquals("XSRF_CHECK_FAILED", blocked.json().get("error").asText());
        HttpResult allowed = browser.send(browser.request(REST + "/action").header("X-Atlassian-Token", "no-check")
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, allowed.status(), allowed.toString());
    }

    @Test
    void bodylessBasicPostNeedsTheNoCheckHeaderToo() {
        DevHostClient alice = host.as("alice");
        assertEquals(403, alice.send(alice.request(REST + "/action").POST(HttpRequest.BodyPublishers.noBody())).status());
        assertEquals(200, alice.send(alice.request(REST + "/action").header("X-Atlassian-Token", "nocheck")
                .POST(HttpRequest.BodyPublishers.noBody())).status());
    }

    @Test
    void bodylessDeleteWithoutTheNoCheckHeaderIsRefusedDeliberatelyStricterThanConfluence() {
        DevHostClient alice = host.as("alice");
        HttpResult blocked = alice.send(alice.request(REST + "/action").DELETE());
        assertEquals(403, blocked.status(), blocked.toString());
        assertEquals(200, alice.delete(REST + "/action").status(), "the test client sends no-check with DELETE");
    }

    @Test
    void crossOriginSessionPostIsRefusedEvenAsJson() {
        DevHostClient browser = host.browser();
        browser.login("alice", "alice");
        HttpResult forged = browser.send(browser.request(REST + "/echo").header("Origin", "https://evil.example")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"x\":1}")));
        assertEquals(403, forged.status(), forged.toString());
        assertEquals("XSRF_CHECK_FAILED", forged.json().get("error").asText());
        HttpResult sameSite = browser.postJson(REST + "/echo", Map.of("x", 1));
        assertEquals(200, sameSite.status(), "the browser client sends this site's Origin: " + sameSite);
    }

    @Test
    void sessionPostWithoutOriginOrRefererIsRefused() {
        DevHostClient browser = host.browser();
        browser.login("alice", "alice");
        HttpRequest.Builder noOrigin = browser.request(REST + "/echo").header("Content-Type", "application/json")
                .header("Origin", "null").POST(HttpRequest.BodyPublishers.ofString("{}"));
        assertEquals(403, browser.send(noOrigin).status());
        HttpRequest.Builder referer = browser.request(REST + "/echo").header("Content-Type", "application/json")
                .header("Origin", "null").header("Referer", host.baseUrl() + "/display/DEMO?x=1")
                .POST(HttpRequest.BodyPublishers.ofString("{}"));
        assertEquals(200, browser.send(referer).status(), "a same-site Referer passes");
    }

    @Test
    void browserUserAgentPostIsOriginCheckedWhateverTheAuthentication() {
        DevHostClient alice = host.as("alice");
        String chrome = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36";
        HttpResult forged = alice.send(alice.request(REST + "/echo").header("User-Agent", chrome)
                .header("Origin", "https://evil.example").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertEquals(403, forged.status(), forged.toString());
        HttpResult extension = alice.send(alice.request(REST + "/echo").header("User-Agent", chrome)
                .header("Origin", "chrome-extension://abcdef").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertEquals(200, extension.status(), "browser extensions pass, as in Atlassian REST");
    }

    @Test
    void loginFormStartsASessionAndRedirectsToTheDestination() {
        DevHostClient browser = host.browser();
        HttpResult form = browser.get("/login.action?os_destination=%2Fplugins%2Fservlet%2Ffixture%2Fhello");
        assertEquals(200, form.status());
        assertTrue(form.body().contains("name=\"os_username\""));
        HttpResult login = browser.postForm("/login.action", Map.of("os_username", "alice", "os_password", "alice",
                "os_destination", "/plugins/servlet/fixture/hello"));
        assertEquals(302, login.status());
        assertTrue(login.location().endsWith("/confluence/plugins/servlet/fixture/hello"), login.location());
        HttpResult page = browser.get("/plugins/servlet/fixture/hello");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("Hello, Alice Archer"));
    }

    @Test
    void loginRefusesWrongPasswordsAndOffSiteDestinations() {
        DevHostClient browser = host.browser();
        HttpResult wrong = browser.postForm("/login.action", Map.of("os_username", "alice", "os_password", "nope"));
        assertEquals(200, wrong.status());
        assertEquals("AUTHENTICATED_FAILED", wrong.header("X-Seraph-LoginReason").orElseThrow());
        assertTrue(wrong.body().contains("incorrect"));
        HttpResult offSite = browser.postForm("/login.action", Map.of("os_username", "alice", "os_password", "alice",
                "os_destination", "//evil.example/"));
        assertTrue(offSite.location().endsWith("/confluence/"), offSite.location());
    }

    @Test
    void logoutEndsTheSession() {
        DevHostClient browser = host.browser();
        browser.login("bob", "bob");
        assertEquals(200, browser.get("/plugins/servlet/fixture/hello").status());
        HttpResult logout = browser.get("/logout.action");
        assertEquals(302, logout.status());
        HttpResult after = browser.get("/plugins/servlet/fixture/hello");
        assertEquals(302, after.status());
        assertTrue(after.location().contains("/login.action?os_destination="), after.location());
    }

    @Test
    void adminServletRedirectsToWebSudoAndServesAfterPasswordReentry() {
        DevHostClient browser = host.browser();
        browser.login("admin", "admin");
        HttpResult first = browser.get("/plugins/servlet/fixture/admin");
        assertEquals(302, first.status());
        assertTrue(first.location().contains("/confluence/authenticate.action?destination=%2Fplugins%2Fservlet%2Ffixture%2Fadmin"),
                first.location());
        HttpResult form = browser.get(first.location());
        assertTrue(form.body().contains("Administrator Access"));
        String token = token(form.body());
        HttpResult wrong = browser.postForm("/authenticate.action", Map.of("password", "nope", "atl_token", token,
                "destination", "/plugins/servlet/fixture/admin"));
        assertEquals(200, wrong.status());
        assertTrue(wrong.body().contains("incorrect"));
        HttpResult ok = browser.postForm("/authenticate.action", Map.of("password", "admin", "atl_token", token,
                "destination", "/plugins/servlet/fixture/admin"));
        assertEquals(302, ok.status());
        HttpResult page = browser.get("/plugins/servlet/fixture/admin");
        assertEquals(200, page.status(), page.toString());
        assertTrue(page.body().contains("websudo-banner"));
    }

    @Test
    void adminServletIsRefusedToNonAdmins() {
        DevHostClient browser = host.browser();
        browser.login("carol", "carol");
        HttpResult page = browser.get("/plugins/servlet/fixture/admin");
        assertEquals(403, page.status());
        assertTrue(page.body().contains("not-permitted"));
    }

    @Test
    void servletFormPostNeedsTheSessionsAtlToken() {
        DevHostClient browser = host.browser();
        browser.login("admin", "admin");
        authenticate(browser, "admin", "/plugins/servlet/fixture/admin");
        String token = token(browser.get("/plugins/servlet/fixture/admin").body());
        assertEquals(403, browser.postForm("/plugins/servlet/fixture/admin", Map.of("atl_token", "forged")).status());
        HttpResult saved = browser.postForm("/plugins/servlet/fixture/admin", Map.of("atl_token", token));
        assertEquals(200, saved.status());
        assertEquals("saved", saved.body());
    }

    static void authenticate(DevHostClient browser, String password, String destination) {
        HttpResult form = browser.get("/authenticate.action?destination=" + destination);
        assertEquals(200, form.status(), form.toString());
        HttpResult r = browser.postForm("/authenticate.action", Map.of("password", password, "atl_token", token(form.body()),
                "destination", destination));
        assertEquals(302, r.status(), r.toString());
    }

    static String token(String html) {
        Matcher m = Pattern.compile("name=\"atl_token\" value=\"([0-9a-f]+)\"").matcher(html);
        assertTrue(m.find(), "no atl_token in page");
        return m.group(1);
    }
}
