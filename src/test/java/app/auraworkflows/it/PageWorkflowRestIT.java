package app.auraworkflows.it;

import static app.auraworkflows.it.WorkflowFixtures.REST;
import static app.auraworkflows.it.WorkflowFixtures.basicApproval;
import static app.auraworkflows.it.WorkflowFixtures.newPage;
import static app.auraworkflows.it.WorkflowFixtures.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.auraworkflows.devhost.junit.DevHostClient;
import app.auraworkflows.devhost.junit.DevHostExtension;
import app.auraworkflows.devhost.junit.HttpResult;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every page-workflow endpoint ({@code /pages/{id}/workflow|reviews|transitions|history}, {@code /tasks}) and
 * every status it answers with (removal included), over real HTTP against the dev host running the built plugin
 * JAR. Workflows are made through {@code POST /workflows} ({@link WorkflowFixtures}); a missing endpoint fails.
 */
@SuppressWarnings("unchecked")
class PageWorkflowRestIT {
    @RegisterExtension
    static DevHostExtension host = DevHostExtension.withDemoData();

    // ---------- access and pages (no workflow needed) ----------

    @Test
    void anonymousCallersGet401Everywhere() {
        long pageId = newPage(host, "DEMO", "Anonymous");
        for (String path : List.of(page(pageId) + "/workflow", page(pageId) + "/history", REST + "/tasks")) {
            HttpResult r = host.anonymous().get(path);
            assertEquals(401, r.status(), path + " " + r);
            assertEquals("UNAUTHORIZED", r.json().get("error").asText());
        }
        for (String path : List.of("/workflow", "/reviews", "/transitions")) {
            assertEquals(401, host.anonymous().postJson(page(pageId) + path, Map.of()).status(), path);
        }
    }

    @Test
    void pagesTheCallerCannotViewAnswer404LikeMissingOnes() {
        long restricted = newPage(host, "RESTRICTED", "Hidden");
        for (String path : List.of(page(restricted) + "/workflow", page(restricted) + "/history",
                page(999_999_999) + "/workflow", REST + "/pages/not-a-number/workflow")) {
            HttpResult r = host.get("dave", path);
            assertEquals(404, r.status(), path + " " + r);
            assertEquals("PAGE_NOT_FOUND", r.json().get("error").asText(), path);
        }
        HttpResult apply = host.postJson("dave", page(restricted) + "/workflow", Map.of("workflowId", 1));
        assertEquals(404, apply.status(), apply.toString());
        HttpResult review = host.postJson("dave", page(restricted) + "/reviews",
                Map.of("decision", "APPROVE", "round", 1));
        assertEquals(404, review.status(), review.toString());
    }

    @Test
    void aPageWithoutAWorkflowAnswersNoWorkflowAndAnEmptyHistory() {
        long pageId = newPage(host, "DEMO", "Plain");
        HttpResult status = host.get("alice", page(pageId) + "/workflow");
        assertEquals(404, status.status(), status.toString());
        assertEquals("NO_WORKFLOW", status.json().get("error").asText());
        assertFalse(status.json().get("message").asText().isBlank());

        HttpResult history = host.get("alice", page(pageId) + "/history");
        assertEquals(200, history.status(), history.toString());
        assertEquals(0, history.json().get("entries").size());
        assertEquals(0, history.json().get("total").asInt());
        assertFalse(history.json().get("hasMore").asBoolean());

        HttpResult review = host.postJson("alice", page(pageId) + "/reviews", Map.of("decision", "APPROVE", "round", 1));
        assertEquals(409, review.status(), review.toString());
        assertEquals("NO_PENDING_APPROVAL", review.json().get("error").asText());

        HttpResult select = host.postJson("admin", page(pageId) + "/transitions", Map.of("transitionKey", "submit"));
        assertEquals(404, select.status(), select.toString());
        assertEquals("NO_WORKFLOW", select.json().get("error").asText());
    }

    @Test
    void applyingRefusesViewersMissingInputAndUnknownWorkflows() {
        long restricted = newPage(host, "RESTRICTED", "Read only for erin");
        HttpResult viewer = host.postJson("erin", page(restricted) + "/workflow", Map.of("workflowId", 1));
        assertEquals(403, viewer.status(), viewer.toString());
        assertEquals("NOT_PERMITTED", viewer.json().get("error").asText());

        long pageId = newPage(host, "DEMO", "Apply input");
        HttpResult missing = host.postJson("admin", page(pageId) + "/workflow", Map.of());
        assertEquals(400, missing.status(), missing.toString());
        assertEquals("INVALID_INPUT", missing.json().get("error").asText());

        HttpResult unknown = host.postJson("admin", page(pageId) + "/workflow", Map.of("workflowId", 987_654_321));
        assertEquals(404, unknown.status(), unknown.toString());
        assertEquals("WORKFLOW_NOT_FOUND", unknown.json().get("error").asText());
        assertEquals(404, host.get("admin", page(pageId) + "/workflow").status(), "nothing was applied");
    }

    @Test
    void invalidReviewsTransitionsAndHistoryParametersGet400() {
        long pageId = newPage(host, "DEMO", "Bad input");
        HttpResult decision = host.postJson("alice", page(pageId) + "/reviews", Map.of("decision", "MAYBE", "round", 1));
        assertEquals(400, decision.status(), decision.toString());
        assertEquals("INVALID_INPUT", decision.json().get("error").asText());

        HttpResult noKey = host.postJson("admin", page(pageId) + "/transitions", Map.of());
        assertEquals(400, noKey.status(), noKey.toString());
        assertEquals("INVALID_INPUT", noKey.json().get("error").asText());

        for (String query : List.of("?start=-1", "?limit=0", "?limit=101", "?start=abc")) {
            HttpResult r = host.get("alice", page(pageId) + "/history" + query);
            assertEquals(400, r.status(), query + " " + r);
            assertEquals("INVALID_INPUT", r.json().get("error").asText(), query);
        }
    }

    @Test
    void selectionNeedsAnEditor() {
        long restricted = newPage(host, "RESTRICTED", "Erin selects");
        HttpResult r = host.postJson("erin", page(restricted) + "/transitions", Map.of("transitionKey", "submit"));
        assertEquals(403, r.status(), r.toString());
        assertEquals("NOT_PERMITTED", r.json().get("error").asText());
    }

    @Test
    void tasksAreTheCallersOwnAndEmptyWhenNothingIsPending() {
        HttpResult r = host.get("dave", REST + "/tasks");
        assertEquals(200, r.status(), r.toString());
        assertTrue(r.json().get("tasks").isArray());
        assertEquals(0, r.json().get("tasks").size());
    }

    @Test
    void formEncodedReviewsAreRefused() {
        long pageId = newPage(host, "DEMO", "Forged");
        HttpResult r = host.as("alice").postForm(page(pageId) + "/reviews", Map.of("decision", "APPROVE", "round", "1"));
        assertEquals(415, r.status(), "a JSON-only endpoint: media-type matching refuses a form post: " + r);
    }

    // ---------- with a workflow (needs the Workflow Builder's POST /workflows) ----------

    @Test
    void applyAnswers201WithTheInitialStateThenAlreadyApplied() {
        long workflowId = basicApproval(host, "Apply " + System.nanoTime());
        long pageId = newPage(host, "DEMO", "Apply");

        HttpResult applied = host.postJson("carol", page(pageId) + "/workflow", Map.of("workflowId", workflowId));
        assertEquals(201, applied.status(), applied.toString());
        assertEquals("draft", applied.json().get("state").get("key").asText());
        assertEquals("Draft", applied.json().get("state").get("name").asText());
        assertEquals(workflowId, applied.json().get("workflowId").asLong());

        HttpResult again = host.postJson("admin", page(pageId) + "/workflow", Map.of("workflowId", workflowId));
        assertEquals(409, again.status(), again.toString());
        assertEquals("ALREADY_APPLIED", again.json().get("error").asText());
    }

    @Test
    void statusHasTheDocumentedShapeAndTheViewersRights() {
        long pageId = inReview();

        JsonNode alice = host.get("alice", page(pageId) + "/workflow").json();
        for (String field : List.of("workflowId", "state", "approval", "previous", "next", "selections", "canReview",
                "canEdit", "myVote")) {
            assertTrue(alice.has(field), "missing " + field + " in " + alice);
        }
        assertEquals("in-review", alice.get("state").get("key").asText());
        assertEquals("draft", alice.get("previous").get("key").asText());
        JsonNode approval = alice.get("approval");
        for (String field : List.of("round", "transitionKey", "reviewers", "approvals", "rejections", "minApprovals",
                "minRejections", "requireAll", "requireTwoFactor")) {
            assertTrue(approval.has(field), "missing approval." + field + " in " + approval);
        }
        assertEquals("review", approval.get("transitionKey").asText());
        assertEquals(1, approval.get("minApprovals").asInt());
        assertEquals(0, approval.get("approvals").asInt());
        assertTrue(alice.get("canReview").asBoolean(), "alice is in the reviewers group");

        JsonNode dave = host.get("dave", page(pageId) + "/workflow").json();
        assertFalse(dave.get("canReview").asBoolean(), "dave is not a reviewer");
    }

    @Test
    void aSelectionMovesThePageAndOneNotAvailableFromTheStateIs409() {
        long workflowId = basicApproval(host, "Select " + System.nanoTime());
        long pageId = newPage(host, "DEMO", "Select");
        host.postJson("admin", page(pageId) + "/workflow", Map.of("workflowId", workflowId));
        JsonNode selections = host.get("admin", page(pageId) + "/workflow").json().get("selections");
        assertEquals(1, selections.size(), selections.toString());
        assertEquals("submit", selections.get(0).get("transitionKey").asText());
        assertEquals("in-review", selections.get(0).get("to").get("key").asText());
        assertEquals("Submit for review", selections.get(0).get("label").asText(), "the workflow's button label");

        HttpResult bogus = host.postJson("admin", page(pageId) + "/transitions", Map.of("transitionKey", "review"));
        assertEquals(409, bogus.status(), "an approval is not a selection: " + bogus);
        assertEquals("TRANSITION_NOT_AVAILABLE", bogus.json().get("error").asText());

        HttpResult moved = host.postJson("admin", page(pageId) + "/transitions", Map.of("transitionKey", "submit"));
        assertEquals(200, moved.status(), moved.toString());
        assertEquals("in-review", moved.json().get("state").get("key").asText());
        assertEquals(1, moved.json().get("approval").get("round").asInt());
    }

    @Test
    void aReviewerApprovesAndThePageIsPublished() {
        long pageId = inReview();
        int round = host.get("alice", page(pageId) + "/workflow").json().get("approval").get("round").asInt();

        HttpResult r = host.postJson("alice", page(pageId) + "/reviews",
                Map.of("decision", "APPROVE", "comment", "Looks good", "round", round));
        assertEquals(200, r.status(), r.toString());
        assertTrue(r.json().get("recorded").asBoolean());
        assertTrue(r.json().get("transitioned").asBoolean());
        assertEquals("published", r.json().get("state").get("key").asText());

        JsonNode status = host.get("alice", page(pageId) + "/workflow").json();
        assertEquals("published", status.get("state").get("key").asText());
        assertTrue(status.get("approval").isNull(), "no round in a terminal state");

        HttpResult late = host.postJson("bob", page(pageId) + "/reviews", Map.of("decision", "REJECT", "round", round));
        assertEquals(409, late.status(), late.toString());
        assertEquals("NO_PENDING_APPROVAL", late.json().get("error").asText());
    }

    @Test
    void nonReviewersAre403AndOldRoundsAreStale() {
        long pageId = inReview();
        HttpResult dave = host.postJson("dave", page(pageId) + "/reviews", Map.of("decision", "APPROVE", "round", 1));
        assertEquals(403, dave.status(), dave.toString());
        assertEquals("NOT_A_REVIEWER", dave.json().get("error").asText());

        // bob rejects round 1: back to Draft; submitted again, the page is in round 2.
        HttpResult reject = host.postJson("bob", page(pageId) + "/reviews", Map.of("decision", "REJECT", "round", 1));
        assertEquals(200, reject.status(), reject.toString());
        assertEquals("draft", reject.json().get("state").get("key").asText());
        host.postJson("admin", page(pageId) + "/transitions", Map.of("transitionKey", "submit"));

        HttpResult stale = host.postJson("carol", page(pageId) + "/reviews", Map.of("decision", "APPROVE", "round", 1));
        assertEquals(409, stale.status(), stale.toString());
        assertEquals("STALE_ROUND", stale.json().get("error").asText());
    }

    @Test
    void historyIsNewestFirstWithEveryKindOfEntryAndPages() {
        long pageId = inReview();
        host.postJson("alice", page(pageId) + "/reviews", Map.of("decision", "REJECT", "comment", "Fix the intro", "round", 1));

        JsonNode history = host.get("admin", page(pageId) + "/history").json();
        List<String> types = new ArrayList<>();
        history.get("entries").forEach(e -> types.add(e.get("type").asText()));
        // Newest first: the rejection's transition, alice's vote, the submit selection, the apply.
        assertEquals(List.of("TRANSITION", "VOTE", "TRANSITION", "APPLIED"), types);
        // Dates are ISO-8601 strings the app formats, not whatever the host's Jackson makes of an Instant.
        history.get("entries").forEach(e -> assertIsoInstant(e.get("at")));
        JsonNode transition = history.get("entries").get(0);
        assertEquals("REJECTION", transition.get("trigger").asText());
        assertEquals("in-review", transition.get("from").asText());
        assertEquals("draft", transition.get("to").asText());
        assertEquals("In Review", transition.get("fromName").asText());
        JsonNode vote = history.get("entries").get(1);
        assertEquals("alice", vote.get("actor").asText());
        assertEquals("REJECT", vote.get("decision").asText());
        assertEquals("Fix the intro", vote.get("comment").asText());
        assertEquals(1, vote.get("round").asInt());
        assertFalse(vote.get("twoFactorVerified").asBoolean());
        assertEquals(4, history.get("total").asInt());

        JsonNode first = host.get("admin", page(pageId) + "/history?start=0&limit=3").json();
        assertEquals(3, first.get("entries").size());
        assertTrue(first.get("hasMore").asBoolean());
        JsonNode rest = host.get("admin", page(pageId) + "/history?start=3&limit=3").json();
        assertEquals("APPLIED", rest.get("entries").get(0).get("type").asText());
        assertFalse(rest.get("hasMore").asBoolean());
    }

    @Test
    void openTasksListPagesWithAPendingReviewUntilTheReviewerVotes() {
        long pageId = inReview();
        assertTrue(taskPageIds("carol").contains(pageId), "carol has a pending review");
        assertFalse(taskPageIds("dave").contains(pageId), "dave is not a reviewer");
        JsonNode task = task("carol", pageId);
        assertEquals("In Review", task.get("state").get("name").asText());
        assertTrue(task.get("link").asText().startsWith("/"), task.toString());
        assertFalse(task.get("title").asText().isBlank());
        assertIsoInstant(task.get("since"));

        Map<String, Object> approve = new HashMap<>(Map.of("decision", "APPROVE", "round", 1));
        host.postJson("carol", page(pageId) + "/reviews", approve);
        assertFalse(taskPageIds("carol").contains(pageId), "no task once the round closed");
    }

    @Test
    void aReviewerGroupTypedInAnotherCaseGivesItsMembersTheTaskAsConfluenceGroupNamesAreCaseInsensitive() {
        long workflowId = WorkflowFixtures.reviewWorkflow(host, "Group case " + System.nanoTime(), List.of(),
                List.of("Reviewers"), 1, false);
        long pageId = WorkflowFixtures.inReviewPage(host, workflowId, "Group case");
        assertTrue(taskPageIds("carol").contains(pageId), "carol is in the group Confluence names 'reviewers'");
        assertFalse(taskPageIds("dave").contains(pageId), "dave is not");
    }

    // ---------- removing a workflow ----------

    @Test
    void removingIsForSpaceAndConfluenceAdministratorsAndAnswers404WithoutAWorkflow() {
        long workflowId = basicApproval(host, "Remove rights " + System.nanoTime());
        long pageId = newPage(host, "DEMO", "Remove rights");
        HttpResult none = host.delete("admin", page(pageId) + "/workflow");
        assertEquals(404, none.status(), none.toString());
        assertEquals("NO_WORKFLOW", none.json().get("error").asText());
        host.postJson("alice", page(pageId) + "/workflow", Map.of("workflowId", workflowId));

        for (String editor : List.of("alice", "dave")) {
            HttpResult refused = host.delete(editor, page(pageId) + "/workflow");
            assertEquals(403, refused.status(), editor + " only edits the page: " + refused);
            assertEquals("NOT_PERMITTED", refused.json().get("error").asText());
            assertFalse(host.get(editor, page(pageId) + "/workflow").json().get("canRemove").asBoolean(), editor);
        }
        assertTrue(host.get("carol", page(pageId) + "/workflow").json().get("canRemove").asBoolean(),
                "carol administers the DEMO space");
        assertTrue(host.get("admin", page(pageId) + "/workflow").json().get("canRemove").asBoolean());

        HttpResult bySpaceAdmin = host.delete("carol", page(pageId) + "/workflow");
        assertEquals(204, bySpaceAdmin.status(), bySpaceAdmin.toString());
        assertEquals("NO_WORKFLOW", host.get("alice", page(pageId) + "/workflow").json().get("error").asText());

        host.postJson("alice", page(pageId) + "/workflow", Map.of("workflowId", workflowId));
        HttpResult byConfluenceAdmin = host.delete("admin", page(pageId) + "/workflow");
        assertEquals(204, byConfluenceAdmin.status(), byConfluenceAdmin.toString());
    }

    @Test
    void aBodylessRemovalWithoutTheXsrfTokenIsRefused() {
        long pageId = inReview();
        DevHostClient admin = host.as("admin");
        HttpResult forged = admin.send(admin.request(page(pageId) + "/workflow").DELETE()
                .header("Accept", "application/json"));
        assertEquals(403, forged.status(), "no X-Atlassian-Token on a bodyless DELETE: " + forged);
        assertEquals(200, host.get("admin", page(pageId) + "/workflow").status(), "the workflow is still there");
    }

    @Test
    void removalRecordsRemovedClosesTheRoundAndTheHistoryStaysReadableWhenAWorkflowIsAddedAgain() {
        long second = inReview();
        long workflowId = host.get("alice", page(second) + "/workflow").json().get("workflowId").asLong();

        assertEquals(204, host.delete("carol", page(second) + "/workflow").status());

        JsonNode history = host.get("dave", page(second) + "/history").json();
        JsonNode removed = history.get("entries").get(0);
        assertEquals("REMOVED", removed.get("type").asText());
        assertEquals("carol", removed.get("actor").asText());
        assertIsoInstant(removed.get("at"));
        assertEquals("in-review", removed.get("from").asText());
        assertEquals(1, removed.get("round").asInt(), "the open round it closed");
        assertEquals(3, history.get("total").asInt(), "APPLIED, TRANSITION, REMOVED: " + history);
        HttpResult late = host.postJson("alice", page(second) + "/reviews", Map.of("decision", "APPROVE", "round", 1));
        assertEquals(409, late.status(), "no round once removed: " + late);

        HttpResult again = host.postJson("alice", page(second) + "/workflow", Map.of("workflowId", workflowId));
        assertEquals(201, again.status(), again.toString());
        assertEquals("draft", again.json().get("state").get("key").asText(), "a new instance starts in its initial state");
        host.postJson("alice", page(second) + "/transitions", Map.of("transitionKey", "submit"));
        JsonNode status = host.get("alice", page(second) + "/workflow").json();
        assertEquals(2, status.get("approval").get("round").asInt(), "rounds continue after the removed instance");
        assertEquals(0, status.get("approval").get("approvals").asInt());

        List<String> types = new ArrayList<>();
        host.get("dave", page(second) + "/history").json().get("entries").forEach(e -> types.add(e.get("type").asText()));
        assertEquals(List.of("TRANSITION", "APPLIED", "REMOVED", "TRANSITION", "APPLIED"), types);
    }

    // ---------- reviewers cannot approve their own changes ----------

    @Test
    void withExcludeAuthorsTheCreatorAndTheEditorOfTheVersionGet403SelfReviewAndOthersDecide() {
        Map<String, Object> definition = new HashMap<>(WorkflowFixtures.basicApprovalDefinition(
                "Exclude authors " + System.nanoTime()));
        List<Object> transitions = new ArrayList<>();
        for (Object t : (List<?>) definition.get("transitions")) {
            Map<String, Object> copy = new HashMap<>((Map<String, Object>) t);
            if ("APPROVAL".equals(copy.get("type"))) {
                copy.put("excludeAuthors", true);
            }
            transitions.add(copy);
        }
        definition.put("transitions", transitions);
        HttpResult created = host.postJson("admin", REST + "/workflows", definition);
        assertEquals(201, created.status(), created.toString());
        long workflowId = created.json().get("id").asLong();
        JsonNode stored = host.get("admin", REST + "/workflows/" + workflowId).json();
        assertTrue(stored.get("transitions").get(1).get("excludeAuthors").asBoolean(), stored.toString());

        // alice creates the page, bob saves version 2: both are authors of the version under review.
        String title = "Self review " + System.nanoTime();
        HttpResult page = host.postJson("alice", "/rest/api/content", Map.of("type", "page", "title", title,
                "space", Map.of("key", "DEMO"), "body", Map.of("storage", Map.of("value", "<p>v1</p>",
                        "representation", "storage"))));
        assertEquals(200, page.status(), page.toString());
        long pageId = Long.parseLong(page.json().get("id").asText());
        HttpResult edit = host.putJson("bob", "/rest/api/content/" + pageId, Map.of("type", "page", "title", title,
                "version", Map.of("number", 2), "body", Map.of("storage", Map.of("value", "<p>v2</p>",
                        "representation", "storage"))));
        assertEquals(200, edit.status(), edit.toString());
        assertEquals(201, host.postJson("admin", page(pageId) + "/workflow", Map.of("workflowId", workflowId)).status());
        assertEquals(200, host.postJson("admin", page(pageId) + "/transitions", Map.of("transitionKey", "submit")).status());

        assertTrue(host.get("alice", page(pageId) + "/workflow").json().get("selfReview").asBoolean());
        assertFalse(host.get("carol", page(pageId) + "/workflow").json().get("selfReview").asBoolean());
        for (String author : List.of("alice", "bob")) {
            HttpResult refused = host.postJson(author, page(pageId) + "/reviews",
                    Map.of("decision", "APPROVE", "round", 1, "pageVersion", 2));
            assertEquals(403, refused.status(), author + ": " + refused);
            assertEquals("SELF_REVIEW", refused.json().get("error").asText());
            assertFalse(refused.json().get("message").asText().isBlank());
        }
        assertEquals(0, host.get("admin", page(pageId) + "/workflow").json().get("approval").get("approvals").asInt(),
                "no vote was recorded");
        HttpResult carol = host.postJson("carol", page(pageId) + "/reviews",
                Map.of("decision", "APPROVE", "round", 1, "pageVersion", 2));
        assertEquals(200, carol.status(), carol.toString());
        assertEquals("published", carol.json().get("state").get("key").asText());
    }

    @Test
    void withoutTheOptionAnAuthorReviewsAsBefore() {
        long pageId = inReview(); // admin created the page
        HttpResult stored = host.get("admin", REST + "/workflows/"
                + host.get("admin", page(pageId) + "/workflow").json().get("workflowId").asLong());
        assertFalse(stored.json().get("transitions").get(1).path("excludeAuthors").asBoolean(false), stored.toString());
        assertFalse(host.get("alice", page(pageId) + "/workflow").json().get("selfReview").asBoolean());
    }

    // ---------- helpers ----------

    private static void assertIsoInstant(JsonNode value) {
        assertTrue(value.isTextual(), "not a string: " + value);
        assertEquals(value.asText(), Instant.parse(value.asText()).toString());
    }

    /** A new DEMO page with a new Basic Approval, submitted for review (round 1 open). */
    private static long inReview() {
        long workflowId = basicApproval(host, "Review " + System.nanoTime());
        long pageId = newPage(host, "DEMO", "Review");
        assertEquals(201, host.postJson("admin", page(pageId) + "/workflow", Map.of("workflowId", workflowId)).status());
        assertEquals(200, host.postJson("admin", page(pageId) + "/transitions", Map.of("transitionKey", "submit")).status());
        return pageId;
    }

    private static List<Long> taskPageIds(String user) {
        List<Long> ids = new ArrayList<>();
        host.get(user, REST + "/tasks").json().get("tasks").forEach(t -> ids.add(t.get("pageId").asLong()));
        return ids;
    }

    private static JsonNode task(String user, long pageId) {
        for (JsonNode t : host.get(user, REST + "/tasks").json().get("tasks")) {
            if (t.get("pageId").asLong() == pageId) {
                return t;
            }
        }
        assertNull(pageId, "no task for " + pageId);
        return null;
    }
}
