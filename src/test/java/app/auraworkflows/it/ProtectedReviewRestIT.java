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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Require 2FA" on an approval, over real HTTP against the dev host: the reviewer checks, then
 * not active (403), no code / malformed (400), wrong (400), right (200, "twoFactorVerified"), one code one
 * vote across pages, and unprotected steps unchanged for enrolled users.
 */
class ProtectedReviewRestIT {

    @RegisterExtension
    static DevHostExtension host = DevHostExtension.withDemoData();

    @Test
    void aProtectedApprovalNeedsAnActiveSetupAndOneValidCodePerVote() {
        long workflowId = workflow("Protected " + System.nanoTime(), true);
        long first = inReviewPage(host, workflowId, "Protected");
        long second = inReviewPage(host, workflowId, "Protected");
        JsonNode status = host.get("alice", page(first) + "/workflow").json();
        assertTrue(status.get("approval").get("requireTwoFactor").asBoolean(), status.toString());
        // Editors see which named reviewers cannot vote yet (alice never sets up 2FA here; bob not yet).
        String notReady = host.get("admin", page(first) + "/workflow").json().get("reviewersWithoutTwoFactor").toString();
        assertTrue(notReady.contains("\"Alice Archer\"") && notReady.contains("\"Bob Baker\""), notReady);

        // alice has no 2FA: refused whatever she sends, nothing recorded
        for (Object code : new Object[] {null, "123456"}) {
            HttpResult r = review("alice", first, code);
            assertEquals(403, r.status(), r.toString());
            assertEquals("TWO_FACTOR_NOT_ACTIVE", r.json().get("error").asText());
            assertFalse(r.json().get("message").asText().isBlank());
        }
        assertEquals(2, host.get("admin", page(first) + "/history").json().get("total").asInt(),
                "APPLIED and the submit TRANSITION only");

        String manualKey = activateTwoFactor(host, "bob");
        String afterBob = host.get("admin", page(first) + "/workflow").json().get("reviewersWithoutTwoFactor").toString();
        assertTrue(afterBob.contains("\"Alice Archer\"") && !afterBob.contains("Bob Baker"), "bob is ready: " + afterBob);
        HttpResult none = review("bob", first, null);
        assertEquals(400, none.status(), none.toString());
        assertEquals("CODE_REQUIRED", none.json().get("error").asText());
        HttpResult malformed = review("bob", first, "12a456");
        assertEquals(400, malformed.status(), malformed.toString());
        assertEquals("INVALID_INPUT", malformed.json().get("error").asText());
        HttpResult wrong = review("bob", first, AuthenticatorApp.wrongCode(manualKey));
        assertEquals(400, wrong.status(), wrong.toString());
        assertEquals("INVALID_CODE", wrong.json().get("error").asText());
        assertEquals(2, host.get("admin", page(first) + "/history").json().get("total").asInt(), "nothing recorded");

        String code = AuthenticatorApp.nextStepCode(manualKey); // the setup code's step is used up
        HttpResult ok = review("bob", first, code);
        assertEquals(200, ok.status(), ok.toString());
        assertTrue(ok.json().get("recorded").asBoolean());
        JsonNode vote = host.get("admin", page(first) + "/history").json().get("entries").get(0);
        assertEquals("VOTE", vote.get("type").asText());
        assertEquals("bob", vote.get("actor").asText());
        assertTrue(vote.get("twoFactorVerified").asBoolean(), vote.toString());

        HttpResult replay = review("bob", second, code);
        assertEquals(400, replay.status(), replay.toString());
        assertEquals("INVALID_CODE", replay.json().get("error").asText(), "one code, one vote, across pages");
        assertEquals(2, host.get("admin", page(second) + "/history").json().get("total").asInt());
    }

    @Test
    void anUnprotectedApprovalRecordsAnEnrolledReviewersVoteWithoutACode() {
        activateTwoFactor(host, "carol");
        long pageId = inReviewPage(host, workflow("Unprotected " + System.nanoTime(), false), "Protected");
        assertTrue(host.get("admin", page(pageId) + "/workflow").json().get("reviewersWithoutTwoFactor").isNull(),
                "an unprotected step names nobody");
        HttpResult ok = review("carol", pageId, null);
        assertEquals(200, ok.status(), ok.toString());
        assertTrue(ok.json().get("recorded").asBoolean());
        JsonNode vote = host.get("admin", page(pageId) + "/history").json().get("entries").get(0);
        assertEquals("carol", vote.get("actor").asText());
        assertFalse(vote.get("twoFactorVerified").asBoolean(), vote.toString());
    }

    @Test
    void tenWrongCodesLockTheReviewerWith429AndRetryAfterEvenForTheRightCode() {
        long pageId = inReviewPage(host, workflow("Lockout " + System.nanoTime(), true), "Protected");
        String manualKey = activateTwoFactor(host, "dave");
        for (int i = 0; i < 10; i++) {
            HttpResult wrong = review("dave", pageId, AuthenticatorApp.wrongCode(manualKey));
            assertEquals(400, wrong.status(), i + " " + wrong);
            assertEquals("INVALID_CODE", wrong.json().get("error").asText());
        }
        HttpResult locked = review("dave", pageId, AuthenticatorApp.nextStepCode(manualKey));
        assertEquals(429, locked.status(), locked.toString());
        assertEquals("LOCKED", locked.json().get("error").asText());
        long retryAfter = locked.json().get("retryAfterSeconds").asLong();
        assertTrue(retryAfter > 0 && retryAfter <= 15 * 60, locked.toString());
        assertEquals(String.valueOf(retryAfter), locked.header("Retry-After").orElse(null));
        assertTrue(locked.json().get("message").asText().matches("Too many wrong codes\\. Try again in 15 minutes, at"
                        + " (\\d{4}-\\d{2}-\\d{2} )?\\d{2}:\\d{2} UTC, or ask a Confluence administrator to unlock your 2FA\\."),
                locked.json().get("message").asText() + ": the same wording as on the setup screen, in minutes, with the"
                        + " time of day in the user's zone (the demo users' zone is UTC), and the date when the lock ends on"
                        + " another day");
        assertEquals(2, host.get("admin", page(pageId) + "/history").json().get("total").asInt(), "nothing recorded");
    }

    @Test
    void aSignatureRecordsTheHashOfTheSignedBodyAndAnEditAfterApprovalIsReportedAsChangedSince() throws Exception {
        String signer = "s" + System.nanoTime() % 1_000_000_000;
        var users = host.host().users();
        users.addMember(UserStore.USERS, users.create(signer, "Sam Signer", signer + "@example.com", signer));
        long workflowId = WorkflowFixtures.reviewWorkflow(host, "Signed " + System.nanoTime(), List.of(signer),
                List.of(), 1, true);
        long pageId = inReviewPage(host, workflowId, "Signed");
        JsonNode v1 = host.get("admin", "/rest/api/content/" + pageId + "?expand=body.storage,version").json();
        assertEquals(1, v1.get("version").get("number").asInt());
        String v1Hash = sha256(v1.get("body").get("storage").get("value").asText());
        JsonNode before = host.get(signer, page(pageId) + "/workflow").json();
        assertTrue(before.get("lastApproval").isNull(), before.toString());
        assertFalse(before.get("changedSinceApproval").asBoolean());

        String manualKey = activateTwoFactor(host, signer);
        // A protected review that names no version is refused before its code is looked at.
        Map<String, Object> unnamed = new HashMap<>(Map.of("decision", "APPROVE", "round", 1,
                "code", AuthenticatorApp.nextStepCode(manualKey)));
        HttpResult refused = host.postJson(signer, page(pageId) + "/reviews", unnamed);
        assertEquals(400, refused.status(), refused.toString());
        assertEquals("INVALID_INPUT", refused.json().get("error").asText());
        assertEquals(2, host.get("admin", page(pageId) + "/history").json().get("total").asInt(), "nothing recorded");

        HttpResult ok = review(signer, pageId, AuthenticatorApp.nextStepCode(manualKey));
        assertEquals(200, ok.status(), ok.toString());
        assertTrue(ok.json().get("transitioned").asBoolean(), ok.toString());
        JsonNode vote = host.get("admin", page(pageId) + "/history").json().get("entries").get(1);
        assertEquals("VOTE", vote.get("type").asText(), vote.toString());
        assertEquals(v1Hash, vote.get("signature").get("contentSha256").asText(), vote.toString());
        assertEquals(1, vote.get("signature").get("pageVersion").asInt());
        JsonNode approved = host.get(signer, page(pageId) + "/workflow").json();
        assertEquals(1, approved.get("lastApproval").get("pageVersion").asInt(), approved.toString());
        assertEquals(v1Hash, approved.get("lastApproval").get("contentSha256").asText());
        assertEquals(1, approved.get("lastApproval").get("round").asInt());
        assertFalse(approved.get("lastApproval").get("at").asText().isBlank());
        assertFalse(approved.get("changedSinceApproval").asBoolean(), approved.toString());
        assertTrue(approved.get("inApprovedState").asBoolean(), approved.toString());

        String panel = "/plugins/servlet/aura-workflows/page-panel?pageId=" + pageId;
        var browser = host.browser();
        browser.login(signer, signer);
        assertFalse(browser.get(panel).body().contains("aura-wf-changed-since"), "approved and unchanged");

        HttpResult edited = host.putJson("admin", "/rest/api/content/" + pageId, Map.of("type", "page",
                "title", v1.get("title").asText(), "version", Map.of("number", 2),
                "body", Map.of("storage", Map.of("value", "<p>Not what was signed</p>", "representation", "storage"))));
        assertEquals(200, edited.status(), edited.toString());
        JsonNode changed = host.get(signer, page(pageId) + "/workflow").json();
        assertTrue(changed.get("changedSinceApproval").asBoolean(), changed.toString());
        assertEquals(1, changed.get("lastApproval").get("pageVersion").asInt());
        assertEquals(v1Hash, changed.get("lastApproval").get("contentSha256").asText(), "what was signed stays named");
        String fragment = browser.get(panel).body();
        assertTrue(fragment.contains("Approved version 1 \u00b7 changed since, now version 2"), fragment);
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static HttpResult review(String user, long pageId, Object code) {
        // The panel sends the version it shows; these pages are never edited, so it is version 1.
        Map<String, Object> body = new HashMap<>(Map.of("decision", "APPROVE", "round", 1, "comment", "ok",
                "pageVersion", 1));
        if (code != null) {
            body.put("code", code);
        }
        return host.postJson(user, page(pageId) + "/reviews", body);
    }
    /** Draft → In Review ⇒ Published / Draft; named reviewers alice, bob, carol, dave; Min. approvals 3. */
    private static long workflow(String name, boolean requireTwoFactor) {
        long id = WorkflowFixtures.reviewWorkflow(host, name, List.of("alice", "bob", "carol", "dave"), List.of(), 3,
                requireTwoFactor);
        JsonNode saved = host.get("admin", REST + "/workflows/" + id).json();
        assertEquals(requireTwoFactor, saved.toString().contains("\"requireTwoFactor\":true"), saved.toString());
        return id;
    }
}
