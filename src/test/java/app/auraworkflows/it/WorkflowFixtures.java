package app.auraworkflows.it;

import app.auraworkflows.devhost.junit.DevHostExtension;
import app.auraworkflows.devhost.junit.HttpResult;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What the workflow ITs need, made over real HTTP: fresh pages (Confluence's content REST, as the admin)
 * and a Basic Approval workflow (the Workflow Builder's {@code POST /workflows}, the same definition JSON as
 * the demo data). Each test makes its own pages, so the tests do not depend on each other.
 */
final class WorkflowFixtures {
    static final String REST = "/rest/aura-workflows/1.0";
    private static final AtomicInteger PAGES = new AtomicInteger();

    private WorkflowFixtures() {
    }

    /** A new page in {@code spaceKey}, made by the admin; its id. */
    static long newPage(DevHostExtension host, String spaceKey, String titlePrefix) {
        String title = titlePrefix + " " + PAGES.incrementAndGet() + " " + System.nanoTime();
        HttpResult r = host.postJson("admin", "/rest/api/content", Map.of("type", "page", "title", title,
                "space", Map.of("key", spaceKey),
                "body", Map.of("storage", Map.of("value", "<p>" + title + "</p>", "representation", "storage"))));
        assertEquals(200, r.status(), r.toString());
        return Long.parseLong(r.json().get("id").asText());
    }

    /** Basic Approval (reviewers: group {@code reviewers}) as a new workflow; its id. */
    static long basicApproval(DevHostExtension host, String name) {
        HttpResult r = host.postJson("admin", REST + "/workflows", basicApprovalDefinition(name));
        assertEquals(201, r.status(), r.toString());
        JsonNode id = r.json().get("id");
        return id.asLong();
    }

    static Map<String, Object> basicApprovalDefinition(String name) {
        return Map.of(
                "name", name,
                "description", "Draft, then review, then published.",
                "initialState", "draft",
                "states", List.of(
                        Map.of("key", "draft", "name", "Draft", "colour", "#6B778C"),
                        Map.of("key", "in-review", "name", "In Review", "colour", "#0052CC"),
                        Map.of("key", "published", "name", "Published", "colour", "#00875A")),
                "transitions", List.of(
                        Map.of("key", "submit", "type", "SELECTION", "from", "draft", "to", "in-review",
                                "label", "Submit for review"),
                        Map.of("key", "review", "type", "APPROVAL", "from", "in-review", "approveTo", "published",
                                "rejectTo", "draft", "reviewers", Map.of("users", List.of(), "groups", List.of("reviewers")),
                                "minApprovals", 1, "minRejections", 1, "requireAll", false)));
    }

    static String page(long pageId) {
        return REST + "/pages/" + pageId;
    }

    /** A new DEMO page with the workflow applied and submitted by the admin: its round 1 is open. */
    static long inReviewPage(DevHostExtension host, long workflowId, String titlePrefix) {
        long pageId = newPage(host, "DEMO", titlePrefix);
        assertEquals(201, host.postJson("admin", page(pageId) + "/workflow", Map.of("workflowId", workflowId)).status());
        assertEquals(200, host.postJson("admin", page(pageId) + "/transitions", Map.of("transitionKey", "submit")).status());
        return pageId;
    }

    /**
     * The admin enrols the user, who confirms setup with the current code as their authenticator app would;
     * returns the manual key. Failure messages name the status only (never a key, URI or setup body).
     */
    static String activateTwoFactor(DevHostExtension host, String user) {
        HttpResult added = host.postJson("admin", REST + "/2fa/users", Map.of("usernames", List.of(user)));
        assertEquals(200, added.status(), "enrol " + user + ": " + added.status());
        String manualKey = host.get(user, REST + "/2fa/me").json().get("manualKey").asText();
        HttpResult confirmed = host.postJson(user, REST + "/2fa/me/confirm",
                Map.of("code", AuthenticatorApp.currentCode(manualKey)));
        assertEquals(200, confirmed.status(), "setup of " + user + ": " + confirmed.status());
        return manualKey;
    }

    /**
     * Draft → In Review ⇒ Published / Draft with the given reviewers and thresholds (Min. approvals = Min.
     * rejections = {@code minVotes}) and "Require 2FA" as given, created by the admin; its id.
     */
    static long reviewWorkflow(DevHostExtension host, String name, List<String> users, List<String> groups,
                               int minVotes, boolean requireTwoFactor) {
        Map<String, Object> approval = new java.util.HashMap<>();
        approval.put("key", "review");
        approval.put("type", "APPROVAL");
        approval.put("from", "in-review");
        approval.put("approveTo", "published");
        approval.put("rejectTo", "draft");
        approval.put("reviewers", Map.of("users", users, "groups", groups));
        approval.put("minApprovals", minVotes);
        approval.put("minRejections", minVotes);
        approval.put("requireAll", false);
        approval.put("requireTwoFactor", requireTwoFactor);
        HttpResult r = host.postJson("admin", REST + "/workflows", Map.of(
                "name", name, "description", "", "initialState", "draft",
                "states", List.of(Map.of("key", "draft", "name", "Draft"),
                        Map.of("key", "in-review", "name", "In Review"),
                        Map.of("key", "published", "name", "Published")),
                "transitions", List.of(Map.of("key", "submit", "type", "SELECTION", "from", "draft", "to", "in-review"),
                        approval)));
        assertEquals(201, r.status(), r.toString());
        return r.json().get("id").asLong();
    }
}
