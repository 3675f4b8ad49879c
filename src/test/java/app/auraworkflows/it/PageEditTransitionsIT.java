package app.auraworkflows.it;

import static app.auraworkflows.it.WorkflowFixtures.REST;
import static app.auraworkflows.it.WorkflowFixtures.activateTwoFactor;
import static app.auraworkflows.it.WorkflowFixtures.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.auraworkflows.devhost.confluence.DevPageManager;
import app.auraworkflows.devhost.junit.DevHostClient;
import app.auraworkflows.devhost.junit.DevHostExtension;
import app.auraworkflows.devhost.junit.HttpResult;
import com.atlassian.confluence.event.events.content.page.PageUpdateEvent;
import com.atlassian.confluence.pages.PageUpdateTrigger;
import com.atlassian.event.api.EventPublisher;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Page-edit transitions over real HTTP, with the real plugin JAR listening to the dev host's page-update events:
 * an edit through {@code PUT /rest/api/content/{id}} or the page editor moves a page in review, or an approved
 * page, back to Draft, once per page version, with the editor as actor; a protected page approved with 2FA and
 * then edited is shown as changed since approval until it is reviewed and signed again.
 *
 * <p>The history is read through {@code GET /history}, which does not catch up missed edits (only the status read
 * does), so these tests see what the event listener did.
 */
class PageEditTransitionsIT {

    @RegisterExtension
    static DevHostExtension host = DevHostExtension.withDemoData();

    private static Map<String, Object> withEdits(Map<String, Object> definition, String approvedState) {
        Map<String, Object> copy = new java.util.LinkedHashMap<>(definition);
        List<Object> transitions = new ArrayList<>((List<?>) definition.get("transitions"));
        transitions.add(Map.of("key", "edit-in-review", "type", "PAGE_EDIT", "from", "in-review", "to", "draft"));
        transitions.add(Map.of("key", "edit-approved", "type", "PAGE_EDIT", "from", approvedState, "to", "draft"));
        copy.put("transitions", transitions);
        return copy;
    }

    private static long workflow(Map<String, Object> definition) {
        HttpResult r = host.postJson("admin", REST + "/workflows", definition);
        assertEquals(201, r.status(), r.toString());
        return r.json().get("id").asLong();
    }

    private static long basicApprovalWithEdits() {
        return workflow(withEdits(WorkflowFixtures.basicApprovalDefinition("Edits " + System.nanoTime()), "published"));
    }

    /** Dave (an editor, not a reviewer) saves a new version through Confluence's REST API; the new version. */
    private static int editThroughRest(long pageId, String text) {
        JsonNode current = host.get("dave", "/rest/api/content/" + pageId + "?expand=version").json();
        int next = current.get("version").get("number").asInt() + 1;
        HttpResult r = host.putJson("dave", "/rest/api/content/" + pageId, Map.of("type", "page",
                "title", current.get("title").asText(), "version", Map.of("number", next),
                "body", Map.of("storage", Map.of("value", "<p>" + text + "</p>", "representation", "storage"))));
        assertEquals(200, r.status(), r.toString());
        return next;
    }

    private static List<JsonNode> edits(long pageId) {
        List<JsonNode> found = new ArrayList<>();
        host.get("admin", page(pageId) + "/history?limit=100").json().get("entries").forEach(e -> {
            if ("PAGE_EDIT".equals(e.path("trigger").asText())) {
                found.add(e);
            }
        });
        return found;
    }

    /**
     * The page-edit entries once the listener has handled the edit: it runs in the plugin's own worker thread (so a
     * save never waits for it), so this waits for it, at most ten seconds; nothing is asserted about how long.
     */
    private static List<JsonNode> editsOnceHandled(long pageId, int expected) throws InterruptedException {
        List<JsonNode> found = edits(pageId);
        for (int i = 0; i < 200 && found.size() < expected; i++) {
            Thread.sleep(50);
            found = edits(pageId);
        }
        return found;
    }

    private static JsonNode status(long pageId) {
        HttpResult r = host.get("admin", page(pageId) + "/workflow");
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    @Test
    void anEditThroughTheRestApiMovesAPageInReviewBackToDraftOnceWithTheEditorAsActor() throws Exception {
        long pageId = WorkflowFixtures.inReviewPage(host, basicApprovalWithEdits(), "Edited in review");
        int version = editThroughRest(pageId, "changed while in review");

        List<JsonNode> edits = editsOnceHandled(pageId, 1);
        assertEquals(1, edits.size(), edits.toString());
        JsonNode edit = edits.get(0);
        assertEquals("TRANSITION", edit.get("type").asText());
        assertEquals("dave", edit.get("actor").asText());
        assertEquals("Dave Dunn", edit.get("actorName").asText());
        assertEquals(version, edit.get("pageVersion").asInt());
        assertEquals("in-review", edit.get("from").asText());
        assertEquals("draft", edit.get("to").asText());
        assertEquals(1, edit.get("round").asInt(), "the round the edit closed");

        JsonNode status = status(pageId);
        assertEquals("draft", status.get("state").get("key").asText(), status.toString());
        assertTrue(status.get("approval").isNull(), "no open round in Draft: " + status);
        HttpResult lateVote = host.postJson("alice", page(pageId) + "/reviews", Map.of("decision", "APPROVE",
                "round", 1, "comment", ""));
        assertEquals(409, lateVote.status(), "round 1 closed with the edit: " + lateVote);
    }

    @Test
    void theSameEditDeliveredAgainChangesNothing() throws Exception {
        long pageId = WorkflowFixtures.inReviewPage(host, basicApprovalWithEdits(), "Delivered twice");
        editThroughRest(pageId, "one edit");
        assertEquals(1, editsOnceHandled(pageId, 1).size());

        // Confluence delivers an event once per node that saved the page; a second delivery (a retry, another
        // node) of the same version must not move the page again.
        EventPublisher events = host.host().services().get(EventPublisher.class);
        DevPageManager pages = new DevPageManager(host.host().content(), host.host().users());
        events.publish(new PageUpdateEvent(this, pages.getPage(pageId), null, false, PageUpdateTrigger.EDIT_PAGE));
        Thread.sleep(300); // give the worker its chance to do the wrong thing
        assertEquals(1, edits(pageId).size());
        int total = host.get("admin", page(pageId) + "/history").json().get("total").asInt();
        assertEquals(3, total, "applied, submitted, edited; nothing else: " + total);
    }

    @Test
    void anEditInThePageEditorMovesAnApprovedPageBackToDraft() throws Exception {
        long pageId = WorkflowFixtures.inReviewPage(host, basicApprovalWithEdits(), "Edited after approval");
        HttpResult approved = host.postJson("alice", page(pageId) + "/reviews", Map.of("decision", "APPROVE",
                "round", 1, "comment", "fine"));
        assertEquals(200, approved.status(), approved.toString());
        assertEquals("published", status(pageId).get("state").get("key").asText());

        DevHostClient dave = host.browser();
        assertEquals(302, dave.login("dave", "dave").status());
        String form = dave.get("/pages/editpage.action?pageId=" + pageId).body();
        HttpResult saved = dave.postForm("/pages/doeditpage.action", Map.of("pageId", String.valueOf(pageId),
                "originalVersion", "1", "title", "Edited after approval " + pageId, "content", "<p>new text</p>",
                "atl_token", field(form, "atl_token")));
        assertEquals(302, saved.status(), saved.toString());

        List<JsonNode> edits = editsOnceHandled(pageId, 1);
        assertEquals(1, edits.size(), edits.toString());
        assertEquals("published", edits.get(0).get("from").asText());
        assertEquals(2, edits.get(0).get("pageVersion").asInt());
        assertTrue(edits.get(0).get("round").isNull(), "no round was open in Published");
        JsonNode status = status(pageId);
        assertEquals("draft", status.get("state").get("key").asText());
        assertEquals(1, status.get("lastApproval").get("pageVersion").asInt(), status.toString());
        assertTrue(status.get("changedSinceApproval").asBoolean(), status.toString());
    }

    @Test
    void aProtectedPageSignedOnVersionOneAndEditedMustBeReviewedAndSignedAgain() throws Exception {
        Map<String, Object> definition = withEdits(WorkflowFixtures.basicApprovalDefinition("Signed " + System.nanoTime()),
                "published");
        List<Object> transitions = new ArrayList<>();
        for (Object t : (List<?>) definition.get("transitions")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> row = new java.util.LinkedHashMap<>((Map<String, Object>) t);
            if ("APPROVAL".equals(row.get("type"))) {
                row.put("reviewers", Map.of("users", List.of("bob", "carol"), "groups", List.of()));
                row.put("requireTwoFactor", true);
            }
            transitions.add(row);
        }
        Map<String, Object> protectedDefinition = new java.util.LinkedHashMap<>(definition);
        protectedDefinition.put("transitions", transitions);
        long pageId = WorkflowFixtures.inReviewPage(host, workflow(protectedDefinition), "Signed then edited");
        String manualKey = activateTwoFactor(host, "bob");
        String carolsKey = activateTwoFactor(host, "carol");

        HttpResult signed = host.postJson("bob", page(pageId) + "/reviews", Map.of("decision", "APPROVE", "round", 1,
                "comment", "v1", "code", AuthenticatorApp.nextStepCode(manualKey), "pageVersion", 1));
        assertEquals(200, signed.status(), signed.toString());
        int version = editThroughRest(pageId, "changed after signing");
        assertEquals(1, editsOnceHandled(pageId, 1).size());

        JsonNode changed = status(pageId);
        assertEquals("draft", changed.get("state").get("key").asText());
        assertEquals(1, changed.get("lastApproval").get("pageVersion").asInt());
        assertTrue(changed.get("changedSinceApproval").asBoolean());

        assertEquals(200, host.postJson("admin", page(pageId) + "/transitions", Map.of("transitionKey", "submit")).status());
        JsonNode again = status(pageId);
        assertEquals(2, again.get("approval").get("round").asInt(), "a new round: " + again);
        // Signed by carol: bob's next code must wait for a newer time step (a code is never older than the last one).
        HttpResult oldVersion = host.postJson("carol", page(pageId) + "/reviews", Map.of("decision", "APPROVE", "round", 2,
                "comment", "", "code", AuthenticatorApp.nextStepCode(carolsKey), "pageVersion", 1));
        assertEquals(409, oldVersion.status(), "a signature names the version its signer saw: " + oldVersion);
        HttpResult resigned = host.postJson("carol", page(pageId) + "/reviews", Map.of("decision", "APPROVE", "round", 2,
                "comment", "v2", "code", AuthenticatorApp.nextStepCode(carolsKey), "pageVersion", version));
        assertEquals(200, resigned.status(), resigned.toString());
        JsonNode published = status(pageId);
        assertEquals("published", published.get("state").get("key").asText());
        assertEquals(version, published.get("lastApproval").get("pageVersion").asInt());
        assertFalse(published.get("changedSinceApproval").asBoolean());
    }

    private static String field(String html, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"" + name + "\"[^>]*value=\"([^\"]*)\"")
                .matcher(html);
        assertTrue(m.find(), name + " in " + html);
        return m.group(1);
    }
}
