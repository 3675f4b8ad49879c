package app.auraworkflows.it;

import static app.auraworkflows.it.WorkflowFixtures.REST;
import static app.auraworkflows.it.WorkflowFixtures.activateTwoFactor;
import static app.auraworkflows.it.WorkflowFixtures.inReviewPage;
import static app.auraworkflows.it.WorkflowFixtures.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.auraworkflows.devhost.directory.UserStore;
import app.auraworkflows.devhost.junit.DevHostExtension;
import app.auraworkflows.devhost.junit.HttpResult;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The 2FA audit log and unlocking over real HTTP on the dev host: the 2FA audit log ({@code GET /2fa/audit}, {@code /2fa/audit.csv}),
 * admin unlock ({@code POST /2fa/users/{username}/unlock}), the reviewer's own 2FA status on a protected step
 * ({@code myTwoFactor}), the signature facts of a verified vote, and a review bound to the page version shown.
 */
class TwoFactorAuditRestIT {
    private static final String AUDIT = REST + "/2fa/audit";

    @RegisterExtension
    static DevHostExtension host = DevHostExtension.withDemoData();

    @Test
    void failedProtectedReviewsAreAuditedWithTheirPageButNeverTheCodeAndCanBeFilteredByUserAndOutcome() {
        long workflowId = workflow(true);
        long first = inReviewPage(host, workflowId, "Audit first");
        long second = inReviewPage(host, workflowId, "Audit second");
        AuthenticatorApp.awaitSecondsLeftInStep(8);
        String dave = activateTwoFactor(host, "dave");
        String wrong = AuthenticatorApp.wrongCode(dave);
        assertEquals(400, review("dave", first, wrong).status());
        String right = AuthenticatorApp.nextStepCode(dave);
        assertEquals(200, review("dave", first, right).status());
        HttpResult replay = review("dave", second, right);
        assertEquals("INVALID_CODE", replay.json().get("error").asText(), "the user is told only that it is invalid");
        assertEquals("TWO_FACTOR_NOT_ACTIVE", review("carol", second, "123456").json().get("error").asText());

        HttpResult page = host.get("admin", AUDIT + "?user=DAVE");
        assertEquals(200, page.status(), page.toString());
        assertEquals(List.of("CODE_REUSED", "INVALID_CODE", "USER_ACTIVATED", "USER_ADDED"), outcomes(page.json()),
                "newest first; the accepted code is in the workflow history, not here");
        JsonNode reused = page.json().get("events").get(0);
        assertEquals(second, reused.get("pageId").asLong());
        assertTrue(reused.get("pageTitle").asText().startsWith("Audit second"), reused.toString());
        assertEquals("dave", reused.get("username").asText());
        assertEquals("Dave Dunn", reused.get("fullName").asText());
        assertEquals("dave", reused.get("actor").asText());
        JsonNode added = page.json().get("events").get(3);
        assertEquals("admin", added.get("actor").asText());
        assertTrue(added.get("pageId").isNull());
        assertFalse(page.body().contains(wrong) || page.body().contains(right), "no code in the audit log");

        JsonNode notActive = host.get("admin", AUDIT + "?outcome=NOT_ACTIVE&user=carol").json();
        assertEquals(1, notActive.get("total").asInt());
        assertEquals(second, notActive.get("events").get(0).get("pageId").asLong());
        JsonNode paged = host.get("admin", AUDIT + "?user=dave&start=1&limit=2").json();
        assertEquals(4, paged.get("total").asInt());
        assertEquals(List.of("INVALID_CODE", "USER_ACTIVATED"), outcomes(paged));
        assertEquals(4, host.get("admin", AUDIT + "?user=DAV").json().get("total").asInt(),
                "the start of a username, any case (no other demo user starts with dav)");
        assertEquals(0, host.get("admin", AUDIT + "?user=ave").json().get("total").asInt(), "not any substring");
        // Failed attempts never reach the page's workflow history.
        assertEquals(List.of("TRANSITION", "APPLIED"), historyTypes(second));
    }

    @Test
    void theAuditApiRefusesBadParametersAnonymousCallersAndNonAdmins() {
        for (String query : List.of("?outcome=WRONG", "?outcome=invalid_code", "?start=-1", "?start=x", "?limit=0",
                "?limit=201", "?user=" + "u".repeat(256), "?from=yesterday", "?to=2026-13-01", "?from=2026-12-03&to=2026-12-01",
                "?from=03.12.2026")) {
            HttpResult r = host.get("admin", AUDIT + query);
            assertEquals(400, r.status(), query + ": " + r);
            assertEquals("INVALID_INPUT", r.json().get("error").asText(), query);
            assertFalse(r.json().get("message").asText().isBlank());
        }
        assertEquals(400, host.get("admin", AUDIT + ".csv?outcome=NOPE").status());
        assertEquals(400, host.get("admin", AUDIT + ".csv?from=2026-12-03&to=2026-12-01").status());
        for (String path : List.of(AUDIT, AUDIT + ".csv")) {
            assertEquals(403, host.get("erin", path).status(), path);
            assertEquals(401, host.anonymous().get(path).status(), path);
        }
    }

    @Test
    void theCsvExportHoldsEveryMatchingEventAndNeutralisesSpreadsheetFormulas() {
        String name = freshUser("=HYPERLINK(\"http://x\",\"y\")");
        assertEquals(200, host.postJson("admin", REST + "/2fa/users", Map.of("usernames", List.of(name))).status());
        assertEquals(204, host.delete("admin", REST + "/2fa/users/" + name).status());

        HttpResult csv = host.get("admin", AUDIT + ".csv?user=" + name);
        assertEquals(200, csv.status(), csv.toString());
        assertTrue(csv.header("Content-Type").orElse("").startsWith("text/csv"), csv.header("Content-Type").toString());
        assertTrue(csv.header("Content-Disposition").orElse("").startsWith("attachment"));
        assertEquals("no-store", csv.header("Cache-Control").orElse(null));
        String[] lines = csv.body().split("\r\n");
        assertEquals("\"time_utc\",\"username\",\"full_name\",\"outcome\",\"page_id\",\"page_title\",\"actor\","
                + "\"client_ip\",\"user_agent\"", lines[0]);
        assertEquals(3, lines.length, csv.body());
        assertTrue(lines[1].contains("\"USER_REVOKED\"") && lines[2].contains("\"USER_ADDED\""), csv.body());
        assertTrue(lines[1].contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""),
                "a formula is prefixed with an apostrophe and quotes are doubled: " + lines[1]);
        assertTrue(lines[2].endsWith(",\"admin\",\"\",\"\""), "actor, then no client for an admin action: " + lines[2]);
    }

    @Test
    void aRangeOfDaysInTheAdminsProfileZoneNarrowsTheListAndTheExport() {
        String name = freshUser("days");
        assertEquals(200, host.postJson("admin", REST + "/2fa/users", Map.of("usernames", List.of(name))).status());
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString(); // the demo admin's zone is UTC
        String tomorrow = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1).toString();
        String yesterday = java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1).toString();
        // (a run across midnight UTC may add the event on the next day: each range below still holds then)
        int todayAndTomorrow = host.get("admin", AUDIT + "?user=" + name + "&from=" + today + "&to=" + tomorrow)
                .json().get("total").asInt();
        assertEquals(1, todayAndTomorrow, "added today");
        assertEquals(0, host.get("admin", AUDIT + "?user=" + name + "&to=" + yesterday).json().get("total").asInt(),
                "nothing up to yesterday");
        assertEquals(1, host.get("admin", AUDIT + "?user=" + name + "&from=" + yesterday).json().get("total").asInt(),
                "from yesterday on, with no end");
        HttpResult csv = host.get("admin", AUDIT + ".csv?user=" + name + "&to=" + yesterday);
        assertEquals(1, csv.body().split("\r\n").length, "the export of the same range: the header only: " + csv.body());
    }

    @Test
    void anAdminUnlockLiftsTheLockoutAtOnceAndIsAudited() {
        long pageId = inReviewPage(host, workflow(true), "Unlock");
        AuthenticatorApp.awaitSecondsLeftInStep(8);
        String bob = activateTwoFactor(host, "bob");
        for (int i = 0; i < 10; i++) {
            assertEquals(400, review("bob", pageId, AuthenticatorApp.wrongCode(bob)).status(), "attempt " + i);
        }
        assertEquals(429, review("bob", pageId, AuthenticatorApp.nextStepCode(bob)).status());
        JsonNode listed = host.get("admin", REST + "/2fa/users?status=ACTIVE&q=bob").json().get("users").get(0);
        assertFalse(listed.get("lockedUntil").isNull(), listed.toString());
        assertEquals(listed.get("lockedUntil").asText(), host.get("bob", REST + "/2fa/me").json().get("lockedUntil").asText(),
                "bob is told he is locked, and until when");

        // Not for non-admins, not for forgeable form posts; nothing changes.
        assertEquals(403, host.postJson("bob", REST + "/2fa/users/bob/unlock", Map.of()).status());
        HttpResult forged = host.as("admin").postForm(REST + "/2fa/users/bob/unlock", Map.of());
        // a bodyless endpoint matches any content type, so the XSRF rule refuses the form post (no no-check header)
        assertEquals(403, forged.status(), forged.toString());
        assertEquals(429, review("bob", pageId, AuthenticatorApp.nextStepCode(bob)).status(), "still locked");

        HttpResult unlocked = host.as("admin").send(host.as("admin").request(REST + "/2fa/users/bob/unlock")
                .header("X-Atlassian-Token", "no-check")
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertEquals(204, unlocked.status(), unlocked.toString());
        assertTrue(host.get("admin", REST + "/2fa/users?status=ACTIVE&q=bob").json().get("users").get(0)
                .get("lockedUntil").isNull());
        assertFalse(host.get("bob", REST + "/2fa/me").json().has("lockedUntil"));
        assertEquals(200, review("bob", pageId, AuthenticatorApp.nextStepCode(bob)).status(), "the right code counts again");
        JsonNode unlock = host.get("admin", AUDIT + "?user=bob&outcome=ADMIN_UNLOCK").json();
        assertEquals(1, unlock.get("total").asInt());
        assertEquals("admin", unlock.get("events").get(0).get("actor").asText());
        assertEquals(1, host.get("admin", AUDIT + "?user=bob&outcome=LOCKOUT_STARTED").json().get("total").asInt());
        assertEquals(2, host.get("admin", AUDIT + "?user=bob&outcome=LOCKED").json().get("total").asInt(),
                "both attempts while locked (the forged unlock changed nothing)");

        HttpResult unknown = host.postJson("admin", REST + "/2fa/users/nobody-here/unlock", Map.of());
        assertEquals(404, unknown.status(), unknown.toString());
        assertEquals("NOT_ENROLLED", unknown.json().get("error").asText());
    }

    @Test
    void theStatusTellsAReviewerTheirOwnSetupOnAProtectedStepOnly() {
        long protectedPage = inReviewPage(host, workflow(true), "Status protected");
        long plainPage = inReviewPage(host, workflow(false), "Status plain");
        assertEquals("NOT_ENABLED", myTwoFactor("erin", protectedPage));
        assertEquals(200, host.postJson("admin", REST + "/2fa/users", Map.of("usernames", List.of("erin"))).status());
        assertEquals("PENDING", myTwoFactor("erin", protectedPage));
        activateTwoFactor(host, "alice");
        assertEquals("ACTIVE", myTwoFactor("alice", protectedPage));
        assertTrue(status("alice", plainPage).get("myTwoFactor").isNull(), "unprotected: not asked");
        assertTrue(status("admin", protectedPage).get("myTwoFactor").isNull(), "not a reviewer: not asked");
    }

    @Test
    void aReviewOfAnOlderPageVersionIsRefusedBeforeItsCodeIsUsedAndAVerifiedVoteCarriesItsSignature() {
        String signer = freshUser("Vera Signer");
        long pageId = inReviewPage(host, workflow(true, signer), "Versioned");
        int version = host.get("admin", "/rest/api/content/" + pageId).json().get("version").get("number").asInt();
        AuthenticatorApp.awaitSecondsLeftInStep(8);
        String manualKey = activateTwoFactor(host, signer);
        String code = AuthenticatorApp.nextStepCode(manualKey);

        Map<String, Object> stale = body(code);
        stale.put("pageVersion", version + 1);
        HttpResult refused = host.postJson(signer, page(pageId) + "/reviews", stale);
        assertEquals(409, refused.status(), refused.toString());
        assertEquals("PAGE_CHANGED", refused.json().get("error").asText());

        Map<String, Object> current = body(code);
        current.put("pageVersion", version);
        HttpResult ok = host.postJson(signer, page(pageId) + "/reviews", current);
        assertEquals(200, ok.status(), "the same code still works: the refused review did not use it; " + ok.status());
        JsonNode vote = host.get("erin", page(pageId) + "/history").json().get("entries").get(0);
        JsonNode signature = vote.get("signature");
        assertEquals("Vera Signer", signature.get("signedBy").asText());
        assertEquals(signer, signature.get("username").asText());
        assertEquals("APPROVE", signature.get("meaning").asText());
        assertEquals(version, signature.get("pageVersion").asInt());
        assertEquals(version, vote.get("pageVersion").asInt());
        assertTrue(signature.get("signedAtUtc").asText().matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} UTC"),
                signature.toString());
    }

    // ---------- helpers ----------

    /** A new user (password = username) who can view DEMO; the username. */
    private static String freshUser(String fullName) {
        String name = "u" + System.nanoTime() % 1_000_000_000;
        var users = host.host().users();
        users.addMember(UserStore.USERS, users.create(name, fullName, name + "@example.com", name));
        return name;
    }

    /** A review as the panel sends it, naming the version shown (these pages are never edited: version 1). */
    private static Map<String, Object> body(String code) {
        Map<String, Object> body = new HashMap<>(Map.of("decision", "APPROVE", "round", 1, "comment", "ok",
                "pageVersion", 1));
        if (code != null) {
            body.put("code", code);
        }
        return body;
    }

    private static HttpResult review(String user, long pageId, String code) {
        return host.postJson(user, page(pageId) + "/reviews", body(code));
    }

    private static JsonNode status(String user, long pageId) {
        HttpResult r = host.get(user, page(pageId) + "/workflow");
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    private static String myTwoFactor(String user, long pageId) {
        return status(user, pageId).get("myTwoFactor").asText();
    }

    private static List<String> outcomes(JsonNode auditPage) {
        List<String> outcomes = new ArrayList<>();
        auditPage.get("events").forEach(e -> outcomes.add(e.get("outcome").asText()));
        return outcomes;
    }

    private static List<String> historyTypes(long pageId) {
        List<String> types = new ArrayList<>();
        host.get("admin", page(pageId) + "/history").json().get("entries").forEach(e -> types.add(e.get("type").asText()));
        return types;
    }
    /** Draft → In Review ⇒ Published / Draft; reviewers alice, bob, carol, dave, erin (+ more); Min. approvals 3. */
    private static long workflow(boolean requireTwoFactor, String... moreReviewers) {
        List<String> reviewers = new ArrayList<>(List.of("alice", "bob", "carol", "dave", "erin"));
        reviewers.addAll(List.of(moreReviewers));
        return WorkflowFixtures.reviewWorkflow(host, "Audit " + System.nanoTime(), reviewers, List.of(), 3,
                requireTwoFactor);
    }
}
