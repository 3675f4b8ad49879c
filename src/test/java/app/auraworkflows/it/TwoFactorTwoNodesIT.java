package app.auraworkflows.it;

import static app.auraworkflows.it.WorkflowFixtures.REST;
import static app.auraworkflows.it.WorkflowFixtures.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import app.auraworkflows.devhost.DevHost;
import app.auraworkflows.devhost.junit.HttpResult;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The cluster and concurrency tests of 2FA-protected approvals: two dev-host nodes on one
 * PostgreSQL database ({@link TwoNodeCluster}) running the real plugin JAR, reviewers enrolled and activated
 * over REST and codes computed by {@link AuthenticatorApp}. A used code, the failure count and the lockout
 * live in the database, so a code used on one node is spent on the other, failures on both nodes add up to
 * one lockout, and one code sent many times at once still records one vote.
 *
 * <p>Every test uses its own reviewers (the lockout and the used steps are per user). Codes and keys are
 * never printed: messages name users, nodes and status codes only. Without PostgreSQL the class is skipped
 * with a loud message, except on CI ({@code CI=true}), where it fails.
 */
class TwoFactorTwoNodesIT {
    private static final String USERS = REST + "/2fa/users";
    private static final String ME = REST + "/2fa/me";
    /** Seconds a step must still have before a test computes codes whose outcome it asserts. */
    private static final int SECONDS_LEFT = 8;
    /** Threads for setup work (pages, activations); the machine has few cores, more would only queue. */
    private static final int SETUP_THREADS = 4;

    private static TwoNodeCluster cluster;

    @BeforeAll
    static void startTwoNodesOnOneFreshDatabase() {
        cluster = TwoNodeCluster.start("tfa_cluster_it_", "two-node 2FA approval test");
    }

    @AfterAll
    static void stopNodesAndDropTheDatabase() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void aCodeAcceptedOnNodeAIsRefusedOnNodeBForAnotherPageAndRecordsNothingThere() throws Exception {
        String reviewer = cluster.newUsers("once", 1).get(0);
        long workflowId = cluster.workflow("Replay across nodes", List.of(reviewer), 1, 1, true);
        long first = cluster.pageInReview(workflowId, "Replay first", reviewer);
        long second = cluster.pageInReview(workflowId, "Replay second", reviewer);
        // The code must still be valid when node B sees it, so that B's refusal can only mean "already used".
        AuthenticatorApp.awaitSecondsLeftInStep(SECONDS_LEFT);
        String manualKey = activateAll(List.of(reviewer)).get(reviewer);
        String code = AuthenticatorApp.nextStepCode(manualKey); // activation used up the current step

        HttpResult accepted = review(cluster.nodeA(), reviewer, first, code);
        assertEquals(200, accepted.status(), reviewer + " on node A: " + accepted);
        assertTrue(accepted.json().get("recorded").asBoolean(), accepted.toString());
        HttpResult replayed = review(cluster.nodeB(), reviewer, second, code);
        assertEquals(400, replayed.status(), reviewer + " on node B: " + replayed);
        assertEquals("INVALID_CODE", replayed.json().get("error").asText(), replayed.toString());

        for (DevHost node : cluster.nodes()) {
            String where = "history of the first page on node " + node.config().nodeId();
            List<JsonNode> votes = votes(node, first);
            assertEquals(1, votes.size(), where + ": " + votes);
            assertEquals(reviewer, votes.get(0).get("actor").asText(), where);
            assertTrue(votes.get(0).get("twoFactorVerified").asBoolean(), where + ": " + votes);
            assertEquals(List.of(), votes(node, second),
                    "history of the second page on node " + node.config().nodeId());
        }
        cluster.assertStateOnBothNodes(first, "published");
        cluster.assertStateOnBothNodes(second, "in-review");
    }

    @Test
    void wrongCodesOnNodeAAndNodeBAddUpToOneLockoutThatRefusesEvenTheRightCodeOnBothNodes() throws Exception {
        String reviewer = cluster.newUsers("lock", 1).get(0);
        long pageId = cluster.pageInReview(cluster.workflow("Lockout across nodes", List.of(reviewer), 1, 1, true),
                "Lockout", reviewer);
        // The right code sent last must be valid, so that its 429 can only come from the lockout.
        AuthenticatorApp.awaitSecondsLeftInStep(SECONDS_LEFT);
        String manualKey = activateAll(List.of(reviewer)).get(reviewer);

        // Ten wrong codes, alternating nodes: five on each, none of them alone reaches the limit of ten.
        for (int i = 0; i < 10; i++) {
            HttpResult wrong = review(cluster.node(i), reviewer, pageId, AuthenticatorApp.wrongCode(manualKey));
            String who = "wrong code " + (i + 1) + " on node " + TwoNodeCluster.nodeName(i) + ": " + wrong;
            assertEquals(400, wrong.status(), who);
            assertEquals("INVALID_CODE", wrong.json().get("error").asText(), who);
        }
        String right = AuthenticatorApp.nextStepCode(manualKey);
        for (DevHost node : cluster.nodes()) {
            HttpResult locked = review(node, reviewer, pageId, right);
            String who = "right code on node " + node.config().nodeId() + ": " + locked;
            assertEquals(429, locked.status(), who);
            assertEquals("LOCKED", locked.json().get("error").asText(), who);
            long retryAfter = locked.json().get("retryAfterSeconds").asLong();
            assertTrue(retryAfter > 0 && retryAfter <= 15 * 60, who);
            assertEquals(String.valueOf(retryAfter), locked.header("Retry-After").orElse(null), who);
        }

        for (DevHost node : cluster.nodes()) {
            assertEquals(List.of(), votes(node, pageId), "nothing recorded, node " + node.config().nodeId());
        }
        cluster.assertStateOnBothNodes(pageId, "in-review");
    }

    @Test
    void oneCodeSentToTwentyPagesAtOnceOnBothNodesRecordsExactlyOneVote() throws Exception {
        int n = 20;
        String reviewer = cluster.newUsers("burst", 1).get(0);
        long workflowId = cluster.workflow("One code, twenty pages", List.of(reviewer), 1, 1, true);
        List<Callable<Long>> newPages = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String title = "Burst " + i;
            newPages.add(() -> cluster.pageInReview(workflowId, title, reviewer));
        }
        List<Long> pages = TwoNodeCluster.inParallel(SETUP_THREADS, newPages);
        // All twenty checks must happen while the code is valid, so that every refusal means "already used".
        AuthenticatorApp.awaitSecondsLeftInStep(SECONDS_LEFT);
        String code = AuthenticatorApp.nextStepCode(activateAll(List.of(reviewer)).get(reviewer));

        List<Callable<HttpResult>> submissions = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            DevHost node = cluster.node(i);
            long pageId = pages.get(i);
            submissions.add(() -> review(node, reviewer, pageId, code));
        }
        List<HttpResult> responses = TwoNodeCluster.atOnce(submissions);

        Map<String, Integer> outcomes = new TreeMap<>();
        long acceptedPage = 0;
        for (int i = 0; i < n; i++) {
            HttpResult r = responses.get(i);
            String who = "page " + i + " on node " + TwoNodeCluster.nodeName(i) + ": " + r;
            switch (r.status()) {
                case 200 -> {
                    assertTrue(r.json().get("recorded").asBoolean(), who);
                    acceptedPage = pages.get(i);
                    outcomes.merge("200", 1, Integer::sum);
                }
                case 400, 429 -> outcomes.merge(r.status() + " " + r.json().get("error").asText(), 1, Integer::sum);
                default -> fail("only 200, 400 or 429 expected, " + who);
            }
        }
        System.out.println("One code on " + n + " pages at once: " + outcomes);
        // The checks of one user queue on the user's row lock, so the first one is accepted and the 19 others
        // are replays. Replays count toward the lockout like wrong codes (docs/twofactor-core.md, one answer,
        // no oracle), and the success cleared the run: replays 1-10 are INVALID_CODE, replays 11-19 LOCKED.
        assertEquals(Map.of("200", 1, "400 INVALID_CODE", 10, "429 LOCKED", 9), outcomes);

        for (DevHost node : cluster.nodes()) {
            List<String> voted = new ArrayList<>();
            for (long pageId : pages) {
                votes(node, pageId).forEach(v -> voted.add(pageId + " " + v.get("actor").asText()));
            }
            assertEquals(List.of(acceptedPage + " " + reviewer), voted,
                    "one VOTE over all twenty pages, on the accepted page, node " + node.config().nodeId());
        }
    }

    @Test
    void fiftyProtectedApprovalsAtOnceOnBothNodesAreAllVerifiedAndStoredAndPublishThePageOnce() throws Exception {
        int n = 50;
        List<String> reviewers = cluster.newUsers("v", n);
        long workflowId = cluster.workflow("Fifty protected", reviewers, n, n + 1, true);
        long pageId = cluster.pageInReview(workflowId, "Fifty protected", reviewers.get(1));
        Map<String, String> manualKeys = activateAll(reviewers);
        // Every vote's code must still be valid when its (page-serialized) review gets to check it.
        AuthenticatorApp.awaitSecondsLeftInStep(SECONDS_LEFT);

        List<Callable<HttpResult>> votes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            DevHost node = cluster.node(i);
            String reviewer = reviewers.get(i);
            String code = AuthenticatorApp.nextStepCode(manualKeys.get(reviewer)); // before the start signal
            votes.add(() -> review(node, reviewer, pageId, code));
        }
        List<HttpResult> responses = TwoNodeCluster.atOnce(votes);

        int transitioned = 0;
        for (int i = 0; i < n; i++) {
            HttpResult r = responses.get(i);
            String who = reviewers.get(i) + " on node " + TwoNodeCluster.nodeName(i) + ": " + r;
            assertEquals(200, r.status(), who);
            assertTrue(r.json().get("recorded").asBoolean(), who);
            if (r.json().get("transitioned").asBoolean()) {
                transitioned++;
            }
        }
        assertEquals(1, transitioned, "exactly the fiftieth approval closes the round: " + responses);

        cluster.assertStateOnBothNodes(pageId, "published");
        for (DevHost node : cluster.nodes()) {
            String where = "node " + node.config().nodeId();
            List<JsonNode> stored = votes(node, pageId);
            Set<String> actors = new HashSet<>();
            for (JsonNode vote : stored) {
                actors.add(vote.get("actor").asText());
                assertTrue(vote.get("twoFactorVerified").asBoolean(), where + ": " + vote);
                assertEquals("APPROVE", vote.get("decision").asText(), where + ": " + vote);
            }
            assertEquals(n, stored.size(), where + ": every vote stored once");
            assertEquals(new HashSet<>(reviewers), actors, where + ": one vote per reviewer");
            assertEquals(1, TwoNodeCluster.historyCounts(node, pageId).get("TRANSITION"), where + ": one transition");
        }
    }

    // ---------- helpers ----------

    /** {@code user} approves round 1 of {@code pageId} through {@code node} with {@code code}. */
    private static HttpResult review(DevHost node, String user, long pageId, String code) {
        Map<String, Object> body = new HashMap<>(Map.of("decision", "APPROVE", "round", 1,
                "comment", "approved on node " + node.config().nodeId()));
        body.put("code", code);
        body.put("pageVersion", 1); // the version shown: these pages are never edited
        return TwoNodeCluster.as(node, user).postJson(page(pageId) + "/reviews", body);
    }

    /**
     * The admin enrols all {@code users} in one request through node A; then each user reads the setup key
     * and confirms it with the current code, user i through node i % 2 (so a setup made on one node counts
     * on the other), a few users at a time to keep the setup short. Activation uses up the current step, so
     * a user's first review code must be a next-step code. The manual keys by username, kept out of every
     * message.
     */
    private static Map<String, String> activateAll(List<String> users) throws Exception {
        HttpResult added = TwoNodeCluster.as(cluster.nodeA(), "admin").postJson(USERS, Map.of("usernames", users));
        assertEquals(200, added.status(), added.toString()); // usernames only
        assertEquals(users.size(), added.json().get("added").size(), added.toString());
        List<Callable<String>> setups = new ArrayList<>();
        for (int i = 0; i < users.size(); i++) {
            String user = users.get(i);
            DevHost node = cluster.node(i);
            setups.add(() -> {
                HttpResult setup = TwoNodeCluster.as(node, user).get(ME);
                assertEquals(200, setup.status(), "GET /2fa/me for " + user + " (body not printed: it holds the key)");
                String manualKey = setup.json().get("manualKey").asText();
                assertFalse(manualKey.isBlank(), "a setup key for " + user);
                HttpResult confirmed = TwoNodeCluster.as(node, user).postJson(ME + "/confirm",
                        Map.of("code", AuthenticatorApp.currentCode(manualKey)));
                assertEquals(200, confirmed.status(), "confirm for " + user + " on node " + node.config().nodeId()
                        + ": status " + confirmed.status());
                return manualKey;
            });
        }
        List<String> keys = TwoNodeCluster.inParallel(SETUP_THREADS, setups);
        Map<String, String> manualKeys = new LinkedHashMap<>();
        for (int i = 0; i < users.size(); i++) {
            manualKeys.put(users.get(i), keys.get(i));
        }
        return manualKeys;
    }

    /** The VOTE entries of the page's history as read through {@code node}. */
    private static List<JsonNode> votes(DevHost node, long pageId) {
        return TwoNodeCluster.history(node, pageId).stream().filter(e -> "VOTE".equals(e.get("type").asText())).toList();
    }
}
