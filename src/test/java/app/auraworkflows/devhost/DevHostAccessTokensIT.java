package app.auraworkflows.devhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.auraworkflows.devhost.junit.DevHostClient;
import app.auraworkflows.devhost.junit.DevHostExtension;
import app.auraworkflows.devhost.junit.HttpResult;
import app.auraworkflows.twofactor.MutableClock;
import java.net.http.HttpRequest;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Personal access tokens on the dev host as in Confluence Data Center: {@code Authorization: Bearer}
 * for REST (GET and JSON POST), 401 for unknown, revoked or expired tokens, the profile screen that
 * creates (secret shown once), lists and revokes them, hashed storage and the documented demo tokens.
 */
class DevHostAccessTokensIT {

    private static final String REST = "/rest/fixture/1.0/hello";
    private static final String SCREEN = "/plugins/personalaccesstokens/usertokens.action";
    private static final String ALICE_TOKEN = "YtwARVKpaTXKWNVTtamdDvx6zmz86tY4IBvqMJ_kckBw";
    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2025-03-01T09:00:00Z"));

    @RegisterExtension
    static DevHostExtension host = DevHostExtension.withDemoData().pluginJar(TestPluginJar::standard)
            .configure(b -> b.clock(CLOCK));

    @Test
    void demoTokenAuthenticatesGetAndJsonPostWithoutASession() {
        DevHostClient alice = host.bearer(ALICE_TOKEN);
        HttpResult get = alice.get(REST);
        assertEquals(200, get.status(), get.toString());
        assertEquals("Hello, Alice Archer", get.json().get("greeting").asText());
        assertEquals("alice", get.header("X-AUSERNAME").orElseThrow());
        assertTrue(get.header("Set-Cookie").isEmpty(), "a token request starts no session");
        HttpResult post = alice.postJson(REST + "/echo", Map.of("x", 2));
        assertEquals(200, post.status(), post.toString());
        assertEquals(2, post.json().get("echo").get("x").asInt());
    }

    @Test
    void tokenRequestsFollowTheXsrfRulesLikeAnyOther() {
        DevHostClient alice = host.bearer(ALICE_TOKEN);
        assertEquals(403, alice.send(alice.request(REST + "/action").POST(HttpRequest.BodyPublishers.noBody())).status());
        assertEquals(200, alice.send(alice.request(REST + "/action").header("X-Atlassian-Token", "no-check")
                .POST(HttpRequest.BodyPublishers.noBody())).status());
    }

    @Test
    void unknownOrMalformedTokensGet401AndNeverFallBackToTheSession() {
        HttpResult unknown = host.bearer("A".repeat(44)).get(REST);
        assertEquals(401, unknown.status());
        assertEquals("UNAUTHORIZED", unknown.json().get("error").asText());
        assertEquals(401, host.bearer("short").get(REST).status());
        DevHostClient browser = host.browser();
        browser.login("alice", "alice");
        HttpResult mixed = browser.send(browser.request(REST).header("Authorization", "Bearer " + "B".repeat(44)).GET());
        assertEquals(401, mixed.status(), "a wrong token is refused even with a valid session cookie");
    }

    @Test
    void tokensAreStoredHashedOnly() throws Exception {
        try (var c = host.host().database().connect();
             PreparedStatement ps = c.prepareStatement("SELECT TOKEN_HASH FROM DEVHOST_ACCESS_TOKEN");
             ResultSet rs = ps.executeQuery()) {
            int rows = 0;
            while (rs.next()) {
                rows++;
                assertFalse(rs.getString(1).contains(ALICE_TOKEN));
                assertEquals(64, rs.getString(1).length(), "SHA-256 hex");
            }
            assertTrue(rows >= 6, "one demo token per demo user");
        }
    }

    @Test
    void profileScreenCreatesATokenShownOnceThatWorksUntilRevoked() {
        DevHostClient browser = host.browser();
        browser.login("bob", "bob");
        HttpResult screen = browser.get(SCREEN);
        assertEquals(200, screen.status(), screen.toString());
        assertTrue(screen.body().contains("Demo token"), "the seeded demo token is listed");
        HttpResult created = browser.postForm(SCREEN, Map.of("action", "create", "name", "CI script", "expiryDays", "",
                "atl_token", DevHostLoginIT.token(screen.body())));
        assertEquals(200, created.status(), created.toString());
        assertEquals("no-store", created.header("Cache-Control").orElseThrow());
        String secret = secret(created.body());
        assertEquals(44, secret.length());

        assertEquals("bob", host.bearer(secret).get(REST).header("X-AUSERNAME").orElseThrow());
        HttpResult list = browser.get(SCREEN);
        assertTrue(list.body().contains("CI script"));
        assertFalse(list.body().contains(secret), "the secret is shown once only");

        String id = tokenId(list.body(), "CI script");
        HttpResult revoked = browser.postForm(SCREEN, Map.of("action", "revoke", "id", id,
                "atl_token", DevHostLoginIT.token(list.body())));
        assertEquals(302, revoked.status(), revoked.toString());
        assertEquals(401, host.bearer(secret).get(REST).status(), "a revoked token is refused");
        assertFalse(browser.get(SCREEN).body().contains("CI script"));
    }

    @Test
    void expiringTokensAreRefusedAfterTheirDays() {
        DevHostClient browser = host.browser();
        browser.login("carol", "carol");
        HttpResult created = browser.postForm(SCREEN, Map.of("action", "create", "name", "Short-lived", "expiryDays", "1",
                "atl_token", DevHostLoginIT.token(browser.get(SCREEN).body())));
        String secret = secret(created.body());
        assertEquals(200, host.bearer(secret).get(REST).status());
        CLOCK.advance(Duration.ofDays(1).plusMinutes(1));
        assertEquals(401, host.bearer(secret).get(REST).status());
        assertTrue(browser.get(SCREEN).body().contains("Expired"));
    }

    @Test
    void profileScreenNeedsTheAtlTokenAndALoginSession() {
        DevHostClient browser = host.browser();
        browser.login("dave", "dave");
        browser.get(SCREEN);
        HttpResult forged = browser.postForm(SCREEN, Map.of("action", "create", "name", "forged", "atl_token", "nope"));
        assertEquals(403, forged.status());
        assertFalse(forged.body().contains("id=\"token-secret\""));
        HttpResult viaToken = host.bearer("XgCoA7WaUOtlHdIA1gMxoD5O9cyGGqc-iUcSBNqa5cRw").get(SCREEN);
        assertEquals(302, viaToken.status(), "a token cannot manage tokens");
        assertTrue(viaToken.location().contains("/login.action"), viaToken.location());
        assertEquals(302, host.anonymous().get(SCREEN).status());
    }

    @Test
    void aUserCannotRevokeAnotherUsersToken() {
        DevHostClient erin = host.browser();
        erin.login("erin", "erin");
        String erinsId = tokenId(erin.get(SCREEN).body(), "Demo token");
        DevHostClient alice = host.browser();
        alice.login("alice", "alice");
        HttpResult attempt = alice.postForm(SCREEN, Map.of("action", "revoke", "id", erinsId,
                "atl_token", DevHostLoginIT.token(alice.get(SCREEN).body())));
        assertEquals(404, attempt.status());
        assertEquals(200, host.bearer("HjhykMNL4KqyFZxA5tU1F4CJ1o8fdBPNWWdwrt-ZA1Zw").get(REST).status());
    }

    private static String secret(String html) {
        Matcher m = Pattern.compile("id=\"token-secret\" type=\"text\" readonly value=\"([A-Za-z0-9_-]+)\"").matcher(html);
        assertTrue(m.find(), "no token secret on the page");
        return m.group(1);
    }

    private static String tokenId(String html, String name) {
        Matcher m = Pattern.compile("data-token-id=\"([0-9a-f]+)\">\\s*<td>" + Pattern.quote(name) + "</td>").matcher(html);
        assertTrue(m.find(), "no token row " + name);
        return m.group(1);
    }
}
