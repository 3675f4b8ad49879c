package app.auraworkflows.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.auraworkflows.devhost.directory.UserStore;
import app.auraworkflows.devhost.junit.DevHostExtension;
import app.auraworkflows.devhost.junit.HttpResult;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every 2FA enrolment endpoint and every status it answers with, over real HTTP against the dev host running
 * the built plugin JAR. Each test uses its own users so the tests do not depend on each other.
 */
class TwoFactorRestIT {
    private static final String USERS = "/rest/aura-workflows/1.0/2fa/users";
    private static final String ME = "/rest/aura-workflows/1.0/2fa/me";

    @RegisterExtension
    static DevHostExtension host = DevHostExtension.withDemoData();

    // ---------- access ----------

    @Test
    void anonymousCallersGet401WithAJsonError() {
        for (String path : List.of(USERS + "?status=PENDING", ME, ME + "/qr.png")) {
            HttpResult r = host.anonymous().get(path);
            assertEquals(401, r.status(), path + " " + r);
        }
        HttpResult confirm = host.anonymous().postJson(ME + "/confirm", Map.of("code", "123456"));
        assertEquals(401, confirm.status(), confirm.toString());
    }

    @Test
    void nonAdminsGet403FromEveryAdminEndpoint() {
        assertEquals(403, host.get("erin", USERS + "?status=PENDING").status());
        assertEquals(403, host.postJson("erin", USERS, Map.of("usernames", List.of("erin"))).status());
        assertEquals(403, host.delete("erin", USERS + "/dave").status());
        assertEquals(403, host.get("erin", "/rest/aura-workflows/1.0/2fa/user-search?q=al").status());
    }

    @Test
    void formEncodedStateChangesAreRejectedAndChangeNothing() {
        // A cross-site form can only send form/text content types: the endpoint consumes JSON only, so media-type
        // matching refuses it (415) before any resource filter or method runs, and no forged add happens.
        host.host().users().create("gina", "Gina Gray", "gina@example.com", "gina");
        HttpResult r = host.as("admin").postForm(USERS, Map.of("usernames", "gina"));
        assertEquals(415, r.status(), r.toString());
        assertEquals(0, host.get("admin", USERS + "?status=PENDING&q=gina").json().get("total").asInt());
    }

    // ---------- admin: the "Add 2FA user" search ----------

    private static final String SEARCH = "/rest/aura-workflows/1.0/2fa/user-search";

    @Test
    void searchWithOneCharacterAnswers400InvalidInputAndBlankAnswersNoUsers() {
        HttpResult one = host.get("admin", SEARCH + "?q=a");
        assertEquals(400, one.status(), one.toString());
        assertEquals("INVALID_INPUT", one.json().get("error").asText());
        assertTrue(one.json().get("message").asText().contains("2"), one.toString());

        HttpResult blank = host.get("admin", SEARCH + "?q=%20");
        assertEquals(200, blank.status(), blank.toString());
        assertEquals(0, blank.json().get("users").size());
        assertFalse(blank.json().get("moreResults").asBoolean());
    }

    @Test
    void searchOnABulkDirectoryReturnsAtMostTheLimitFlagsMoreResultsAndMatchesPrefixes() {
        List<UserStore.NewUser> bulk = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String name = String.format(Locale.ROOT, "bulkq%03d", i);
            bulk.add(new UserStore.NewUser(name, "Bulk Person" + i + " Quarry" + i, name + "@bulk.example.com"));
        }
        host.host().users().createAll(bulk, "unused-password");

        JsonNode limited = okSearch("?q=BULKQ&limit=25");
        assertEquals(25, limited.get("users").size());
        assertTrue(limited.get("moreResults").asBoolean(), "300 match, 25 shown");
        JsonNode byDefault = okSearch("?q=bulkq");
        assertEquals(20, byDefault.get("users").size(), "the default limit");
        assertTrue(byDefault.get("moreResults").asBoolean());

        JsonNode one = okSearch("?q=bulkq29");
        assertEquals(List.of("bulkq290", "bulkq291", "bulkq292", "bulkq293", "bulkq294", "bulkq295",
                "bulkq296", "bulkq297", "bulkq298", "bulkq299"), usernames(one));
        assertFalse(one.get("moreResults").asBoolean(), "10 matches fit in 20");

        assertEquals(List.of("bulkq007"), usernames(okSearch("?q=%20Quarry7%20%20")).subList(0, 1), "last name prefix, trimmed");
        assertEquals(List.of("bulkq222"), usernames(okSearch("?q=quarry222")), "last name prefix");
        assertEquals(List.of("bulkq150"), usernames(okSearch("?q=bulk%20person150")), "display name prefix");
        assertEquals(List.of(), usernames(okSearch("?q=ulkq")), "not a substring match");
    }

    @Test
    void searchStillReturnsDeactivatedUsersMarkedInactive() {
        host.host().users().create("searchdeact", "Searchable Deactivated", "sd@example.com", "searchdeact");
        host.host().users().setActive("searchdeact", false);

        JsonNode found = okSearch("?q=searchdeact");

        assertEquals(List.of("searchdeact"), usernames(found));
        assertFalse(found.get("users").get(0).get("active").asBoolean(), "shown, but not selectable");
    }

    @Test
    void searchMarksUsersWhoAreEnrolledAlready() {
        host.host().users().create("searchenrol1", "Searchenrol One", "se1@example.com", "searchenrol1");
        host.host().users().create("searchenrol2", "Searchenrol Two", "se2@example.com", "searchenrol2");
        assertEquals(200, host.postJson("admin", USERS, Map.of("usernames", List.of("searchenrol1"))).status());

        JsonNode found = okSearch("?q=searchenrol");

        assertEquals(List.of("searchenrol1", "searchenrol2"), usernames(found));
        assertEquals("PENDING", found.get("users").get(0).get("enrolment").asText(), "added: setup pending");
        assertTrue(found.get("users").get(1).get("enrolment").isNull(), "not enrolled");
    }

    private static JsonNode okSearch(String query) {
        HttpResult r = host.get("admin", SEARCH + query);
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    private static List<String> usernames(JsonNode found) {
        List<String> names = new ArrayList<>();
        found.get("users").forEach(u -> names.add(u.get("username").asText()));
        return names;
    }

    // ---------- admin: add, list, revoke ----------

    @Test
    void addingReportsAddedAlreadyEnrolledAndUnknownUsersWithoutDuplicates() {
        HttpResult first = host.postJson("admin", USERS, Map.of("usernames", List.of("carol", "nobody-here")));
        assertEquals(200, first.status(), first.toString());
        assertEquals(List.of("carol"), texts(first.json().get("added")));
        assertEquals(List.of("nobody-here"), texts(first.json().get("unknown")));

        HttpResult again = host.postJson("admin", USERS, Map.of("usernames", List.of("carol")));
        assertEquals(List.of("carol"), texts(again.json().get("alreadyEnrolled")));
        assertEquals(List.of(), texts(again.json().get("added")));
        assertEquals(1, host.get("admin", USERS + "?status=PENDING&q=carol").json().get("total").asInt());
    }

    @Test
    void deactivatedUsersAreRefused() {
        host.host().users().setActive("erin", false);
        try {
            HttpResult r = host.postJson("admin", USERS, Map.of("usernames", List.of("erin")));
            assertEquals(List.of("erin"), texts(r.json().get("unknown")));
        } finally {
            host.host().users().setActive("erin", true);
        }
    }

    @Test
    void invalidAddRequestsGet400() {
        assertEquals(400, host.postJson("admin", USERS, Map.of("usernames", List.of())).status());
        assertEquals(400, host.postJson("admin", USERS, Map.of()).status());
        HttpResult blank = host.postJson("admin", USERS, Map.of("usernames", List.of(" ")));
        assertEquals(400, blank.status());
        assertEquals("INVALID_INPUT", blank.json().get("error").asText());
        assertFalse(blank.json().get("message").asText().isBlank());
        String[] many = new String[101];
        Arrays.fill(many, "x");
        assertEquals(400, host.postJson("admin", USERS, Map.of("usernames", List.of(many))).status());
    }

    @Test
    void listAnswersTheDocumentedShapeAndPages() {
        host.postJson("admin", USERS, Map.of("usernames", List.of("alice", "bob")));
        HttpResult r = host.get("admin", USERS + "?status=PENDING&q=&limit=1");
        assertEquals(200, r.status(), r.toString());
        JsonNode body = r.json();
        assertTrue(body.get("total").asInt() >= 2);
        assertEquals(1, body.get("users").size());
        JsonNode row = body.get("users").get(0);
        for (String field : List.of("username", "userKey", "fullName", "status", "addedBy", "addedAt",
                "activatedAt", "lastUsedAt", "lockedUntil")) {
            assertTrue(row.has(field), "missing " + field + " in " + row);
        }
        assertEquals("PENDING", row.get("status").asText());
        assertEquals("admin", row.get("addedBy").asText());
        assertFalse(r.body().contains("ecret"), "no secret in the admin list");

        assertTrue(body.get("totalExact").asBoolean());
        assertTrue(body.get("previous").isNull(), "the first page has no previous page");
        HttpResult second = host.get("admin", USERS + "?status=PENDING&limit=1&after="
                + body.get("next").asText());
        assertEquals(200, second.status(), second.toString());
        assertNotEquals(row.get("username").asText(), second.json().get("users").get(0).get("username").asText());
        HttpResult back = host.get("admin", USERS + "?status=PENDING&limit=1&before="
                + second.json().get("previous").asText());
        assertEquals(row.get("username").asText(), back.json().get("users").get(0).get("username").asText(),
                "before the second page is the first");
    }

    @Test
    void invalidListParametersGet400() {
        for (String query : List.of("?status=BOGUS", "?status=PENDING&start=0", "?status=PENDING&limit=0",
                "?status=PENDING&limit=1000", "?status=PENDING&after=abc", "?status=PENDING&after=YQ.YQ&before=YQ.YQ")) {
            HttpResult r = host.get("admin", USERS + query);
            assertEquals(400, r.status(), query + " " + r);
            assertEquals("INVALID_INPUT", r.json().get("error").asText(), query);
        }
    }

    @Test
    void revokeAnswers204ThenNotEnrolled404() {
        host.postJson("admin", USERS, Map.of("usernames", List.of("dave")));
        assertEquals(204, host.delete("admin", USERS + "/dave").status());
        HttpResult again = host.delete("admin", USERS + "/dave");
        assertEquals(404, again.status());
        assertEquals("NOT_ENROLLED", again.json().get("error").asText());
    }

    // ---------- the user's own setup ----------

    @Test
    void aUserNotAddedByAnAdminIsNotEnabledAndHasNoQrCode() throws Exception {
        HttpResult me = host.get("admin", ME);
        assertEquals(200, me.status());
        assertEquals("NOT_ENABLED", me.json().get("status").asText());
        assertFalse(me.json().has("manualKey"));
        assertEquals(404, bytes("admin", ME + "/qr.png").statusCode());
        HttpResult confirm = host.postJson("admin", ME + "/confirm", Map.of("code", "123456"));
        assertEquals(409, confirm.status());
        assertEquals("NOT_PENDING", confirm.json().get("error").asText());
    }

    @Test
    void pendingUserSeesTheSetupOnlyThenConfirmsAndNeverSeesTheSecretAgain() throws Exception {
        host.postJson("admin", USERS, Map.of("usernames", List.of("bob")));
        HttpResult me = host.get("bob", ME);
        assertEquals("PENDING", me.json().get("status").asText());
        assertTrue(me.header("Cache-Control").orElse("").contains("no-store"));
        assertEquals("Aura Workflows (Aura Demo)", me.json().get("issuer").asText());
        assertEquals("bob", me.json().get("accountName").asText());
        String manualKey = me.json().get("manualKey").asText();
        String uri = me.json().get("otpauthUri").asText();
        String secret = manualKey.replace(" ", "");
        assertTrue(uri.startsWith("otpauth://totp/Aura%20Workflows%20%28Aura%20Demo%29:bob?secret=" + secret), "otpauth label and secret (URI not printed: it holds the secret)");
        assertTrue(uri.contains("issuer=Aura%20Workflows%20%28Aura%20Demo%29") && uri.contains("algorithm=SHA1")
                && uri.contains("digits=6") && uri.contains("period=30"), "otpauth parameters (URI not printed: it holds the secret)");

        HttpResponse<byte[]> qr = bytes("bob", ME + "/qr.png");
        assertEquals(200, qr.statusCode());
        assertEquals("image/png", qr.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(qr.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(qr.body(), 4));

        AuthenticatorApp.awaitSecondsLeftInStep(10);
        String code = AuthenticatorApp.currentCode(manualKey);
        HttpResult ok = host.postJson("bob", ME + "/confirm", Map.of("code", code));
        assertEquals(200, ok.status(), ok.toString());
        assertEquals("ACTIVE", ok.json().get("status").asText());
        for (int i = 0; i < 12; i++) {
            HttpResult replay = host.postJson("bob", ME + "/confirm", Map.of("code", code));
            assertEquals(200, replay.status(), "a double submission answers like the confirmation: " + replay);
            assertEquals(ok.body(), replay.body(), "with the same body");
        }

        HttpResult after = host.get("bob", ME);
        assertEquals("ACTIVE", after.json().get("status").asText());
        assertFalse(after.body().contains(secret), "the secret is never re-displayed");
        assertFalse(after.json().has("otpauthUri"));
        assertEquals(404, bytes("bob", ME + "/qr.png").statusCode());
        assertFalse(after.json().has("lockedUntil"), "the replays did not lock bob out");
        assertEquals("127.0.0.1", after.json().get("activatedFromIp").asText(), "where the setup was confirmed");
        assertTrue(after.json().hasNonNull("activatedUserAgent"), after.toString());
        assertTrue(after.json().hasNonNull("activatedAt"), after.toString());
        HttpResult again = host.postJson("bob", ME + "/confirm", Map.of("code", AuthenticatorApp.wrongCode(manualKey)));
        assertEquals(409, again.status(), "an active setup cannot be confirmed (or reset) again");

        JsonNode activated = host.get("admin", "/rest/aura-workflows/1.0/2fa/audit?user=bob&outcome=USER_ACTIVATED").json();
        assertEquals(1, activated.get("total").asInt(), "activated once, whatever the replays: " + activated);
        assertEquals("127.0.0.1", activated.get("events").get(0).get("clientIp").asText());
        assertTrue(activated.get("events").get(0).hasNonNull("userAgent"), activated.toString());
        JsonNode listed = host.get("admin", USERS + "?status=ACTIVE&q=bob").json().get("users").get(0);
        assertEquals("127.0.0.1", listed.get("activatedFromIp").asText(), listed.toString());
    }

    @Test
    void confirmRefusesMalformedWrongAndLockedCodesWithDistinctStatuses() {
        host.host().users().create("carol2", "Carol Second", "carol2@example.com", "carol2");
        host.postJson("admin", USERS, Map.of("usernames", List.of("carol2")));
        String manualKey = host.get("carol2", ME).json().get("manualKey").asText();
        String right = AuthenticatorApp.currentCode(manualKey);

        for (Object bad : List.of("12345", "1234567", "１２３４５６", "12a456", "x".repeat(100_000))) {
            HttpResult r = host.postJson("carol2", ME + "/confirm", Map.of("code", bad));
            assertEquals(400, r.status());
            assertEquals("INVALID_INPUT", r.json().get("error").asText());
        }
        HttpResult missing = host.postJson("carol2", ME + "/confirm", Map.of());
        assertEquals(400, missing.status());
        assertEquals("INVALID_INPUT", missing.json().get("error").asText());

        String wrong = right.equals("000000") ? "111111" : "000000";
        HttpResult invalid = null;
        for (int i = 0; i < 10; i++) {
            invalid = host.postJson("carol2", ME + "/confirm", Map.of("code", wrong));
            assertEquals(400, invalid.status(), "attempt " + (i + 1));
            assertEquals("INVALID_CODE", invalid.json().get("error").asText());
        }
        HttpResult locked = host.postJson("carol2", ME + "/confirm", Map.of("code", right));
        assertEquals(429, locked.status(), "after 10 wrong codes even the right code is locked out");
        assertEquals("LOCKED", locked.json().get("error").asText());
        assertTrue(locked.json().get("retryAfterSeconds").asLong() > 0);
        assertTrue(locked.header("Retry-After").isPresent());
        assertEquals("PENDING", host.get("carol2", ME).json().get("status").asText());
        JsonNode row = host.get("admin", USERS + "?status=PENDING&q=carol2").json().get("users").get(0);
        assertFalse(row.get("lockedUntil").isNull(), "the admin list shows the lock");
    }

    @Test
    void revokeThenReAddStartsAFreshSetupWithANewSecret() {
        host.host().users().create("frank", "Frank Fresh", "frank@example.com", "frank");
        host.postJson("admin", USERS, Map.of("usernames", List.of("frank")));
        String first = host.get("frank", ME).json().get("manualKey").asText();
        assertEquals(204, host.delete("admin", USERS + "/frank").status());
        assertEquals("NOT_ENABLED", host.get("frank", ME).json().get("status").asText());
        host.postJson("admin", USERS, Map.of("usernames", List.of("frank")));
        String second = host.get("frank", ME).json().get("manualKey").asText();
        assertNotEquals(first, second);
    }

    private static HttpResponse<byte[]> bytes(String user, String path) throws Exception {
        return HttpClient.newHttpClient().send(host.as(user).request(path).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new java.util.ArrayList<>();
        array.forEach(n -> values.add(n.asText()));
        return values;
    }
}
