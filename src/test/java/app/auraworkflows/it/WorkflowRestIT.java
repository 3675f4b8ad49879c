package app.auraworkflows.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.auraworkflows.devhost.junit.DevHostClient;
import app.auraworkflows.devhost.junit.DevHostExtension;
import app.auraworkflows.devhost.junit.HttpResult;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every workflow-definition endpoint ({@code /workflows}, {@code /workflow-templates}) and every status it
 * answers with, over real HTTP against the dev host running the built plugin JAR. Each test
 * creates its own workflows, so the tests do not depend on each other's order.
 */
class WorkflowRestIT {
    private static final String WORKFLOWS = "/rest/aura-workflows/1.0/workflows";
    private static final String TEMPLATES = "/rest/aura-workflows/1.0/workflow-templates";

    @RegisterExtension
    static DevHostExtension host = DevHostExtension.withDemoData();

    /** A valid definition in the documented JSON: Draft → (approval) → Done, rejection back to Draft. */
    static Map<String, Object> definition(String name) {
        Map<String, Object> approval = new LinkedHashMap<>();
        approval.put("key", "review");
        approval.put("type", "APPROVAL");
        approval.put("from", "draft");
        approval.put("approveTo", "done");
        approval.put("rejectTo", "draft");
        approval.put("reviewers", Map.of("users", List.of("alice", "bob"), "groups", List.of()));
        approval.put("minApprovals", 2);
        approval.put("minRejections", 1);
        approval.put("requireAll", false);
        approval.put("approveLabel", "Looks good");
        approval.put("rejectLabel", "Needs work");
        approval.put("requireTwoFactor", false);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("name", name);
        d.put("description", "Two named reviewers");
        d.put("initialState", "draft");
        d.put("states", List.of(Map.of("key", "draft", "name", "Draft", "colour", "#6B778C"),
                Map.of("key", "done", "name", "Done", "colour", "#00875A")));
        d.put("transitions", List.of(approval, Map.of("key", "reopen", "type", "SELECTION", "from", "done", "to", "draft")));
        return d;
    }

    private static long create(Map<String, Object> definition) {
        HttpResult r = host.postJson("admin", WORKFLOWS, definition);
        assertEquals(201, r.status(), r.toString());
        return r.json().get("id").asLong();
    }

    // ---------- access ----------

    @Test
    void theGroupPickerFindsGroupsByTheStartOfTheirNameForAdministratorsOnly() {
        String search = "/rest/aura-workflows/1.0/group-search";
        HttpResult found = host.get("admin", search + "?q=REV");
        assertEquals(200, found.status(), found.toString());
        assertEquals(List.of("reviewers"), texts(found.json().get("groups")), "any case, the start of the name");
        assertFalse(found.json().get("moreResults").asBoolean());
        HttpResult one = host.get("admin", search + "?q=confluence&limit=1");
        assertEquals(1, one.json().get("groups").size());
        assertTrue(one.json().get("moreResults").asBoolean(), "two confluence-* groups, one shown: " + one.body());
        assertEquals(0, host.get("admin", search + "?q=").json().get("groups").size(), "nothing for no text");
        for (String bad : List.of("?q=a&limit=0", "?q=a&limit=26", "?q=a&limit=x", "?q=" + "g".repeat(101), "?q=%01")) {
            HttpResult refused = host.get("admin", search + bad);
            assertEquals(400, refused.status(), bad + ": " + refused);
            assertEquals("INVALID_INPUT", refused.json().get("error").asText(), bad);
        }
        assertEquals(403, host.get("alice", search + "?q=rev").status());
        assertEquals(401, host.anonymous().get(search + "?q=rev").status());
    }

    @Test
    void anonymousCallersGet401() {
        for (String path : List.of(WORKFLOWS, WORKFLOWS + "/1", TEMPLATES)) {
            assertEquals(401, host.anonymous().get(path).status(), path);
        }
        assertEquals(401, host.anonymous().postJson(WORKFLOWS, definition("x")).status());
        assertEquals(401, host.anonymous().putJson(WORKFLOWS + "/1", definition("x")).status());
        assertEquals(401, host.anonymous().delete(WORKFLOWS + "/1").status());
    }

    @Test
    void nonAdminsMayListButNotReadOneOrChangeAnything() {
        long id = create(definition("Access check"));
        assertEquals(200, host.get("erin", WORKFLOWS).status());
        for (HttpResult r : List.of(host.get("erin", WORKFLOWS + "/" + id), host.get("erin", TEMPLATES),
                host.postJson("erin", WORKFLOWS, definition("By erin")),
                host.putJson("erin", WORKFLOWS + "/" + id, definition("By erin")),
                host.delete("erin", WORKFLOWS + "/" + id))) {
            assertEquals(403, r.status(), r.toString());
            assertEquals("FORBIDDEN", r.json().get("error").asText());
        }
        assertEquals("Access check", host.get("admin", WORKFLOWS + "/" + id).json().get("name").asText());
    }

    // ---------- list, get, templates ----------

    @Test
    void listShowsEverySignedInUserTheNamesAndStatesOnly() {
        long id = create(definition("Listed"));
        HttpResult r = host.get("dave", WORKFLOWS);
        assertEquals(200, r.status(), r.toString());
        JsonNode row = null;
        for (JsonNode candidate : r.json().get("workflows")) {
            if (candidate.get("id").asLong() == id) {
                row = candidate;
            }
        }
        assertTrue(row != null, r.body());
        assertEquals("Listed", row.get("name").asText());
        assertEquals("Two named reviewers", row.get("description").asText());
        assertEquals("draft", row.get("initialState").asText());
        assertEquals("Draft", row.get("states").get(0).get("name").asText());
        assertEquals("#00875A", row.get("states").get(1).get("colour").asText());
        assertEquals(Set.of("id", "name", "description", "initialState", "states"), fieldNames(row));
    }

    @Test
    void getReturnsTheDefinitionJsonAsItWasSent() {
        Map<String, Object> sent = definition("Round trip");
        long id = create(sent);
        HttpResult r = host.get("admin", WORKFLOWS + "/" + id);
        assertEquals(200, r.status(), r.toString());
        JsonNode body = r.json();
        assertEquals(id, body.get("id").asLong());
        assertEquals("Round trip", body.get("name").asText());
        JsonNode approval = body.get("transitions").get(0);
        assertEquals("APPROVAL", approval.get("type").asText());
        assertEquals("done", approval.get("approveTo").asText());
        assertEquals("draft", approval.get("rejectTo").asText());
        assertEquals(List.of("alice", "bob"), texts(approval.get("reviewers").get("users")));
        assertEquals(2, approval.get("minApprovals").asInt());
        assertEquals(1, approval.get("minRejections").asInt());
        assertFalse(approval.get("requireAll").asBoolean());
        assertEquals("Looks good", approval.get("approveLabel").asText());
        assertEquals("Needs work", approval.get("rejectLabel").asText());
        assertFalse(approval.get("requireTwoFactor").asBoolean());
        JsonNode selection = body.get("transitions").get(1);
        assertEquals(Set.of("key", "type", "from", "to"), fieldNames(selection));
        assertEquals("SELECTION", selection.get("type").asText());
    }

    @Test
    void unknownAndMalformedIdsAre404() {
        for (String id : List.of("999999", "abc", "0", "-1")) {
            HttpResult get = host.get("admin", WORKFLOWS + "/" + id);
            assertEquals(404, get.status(), id + " " + get);
            assertEquals("NOT_FOUND", get.json().get("error").asText());
            assertEquals(404, host.putJson("admin", WORKFLOWS + "/" + id, definition("x")).status(), id);
            assertEquals(404, host.delete("admin", WORKFLOWS + "/" + id).status(), id);
        }
    }

    @Test
    void templatesAreBasicApprovalAndBlank() {
        HttpResult r = host.get("admin", TEMPLATES);
        assertEquals(200, r.status(), r.toString());
        JsonNode templates = r.json().get("templates");
        assertEquals("basic-approval", templates.get(0).get("key").asText());
        JsonNode basic = templates.get(0).get("definition");
        assertEquals("Basic Approval", basic.get("name").asText());
        assertEquals(List.of("Draft", "In Review", "Published"),
                List.of(basic.get("states").get(0).get("name").asText(), basic.get("states").get(1).get("name").asText(),
                        basic.get("states").get(2).get("name").asText()));
        assertEquals(List.of("reviewers"), texts(basic.get("transitions").get(1).get("reviewers").get("groups")));
        assertEquals("blank", templates.get(1).get("key").asText());
        // A template is a valid definition: saving it works once it has a name of its own (the demo data already
        // holds a workflow called "Basic Approval", and names are unique).
        HttpResult twin = host.postJson("admin", WORKFLOWS, objectMap(basic));
        assertEquals(400, twin.status(), twin.toString());
        assertEquals("NAME_DUPLICATE", twin.json().get("problems").get(0).get("code").asText());
        Map<String, Object> named = objectMap(basic);
        named.put("name", "Basic Approval " + System.nanoTime());
        create(named);
    }

    // ---------- create ----------

    @Test
    void createAnswers201WithTheIdAndNoWarnings() {
        HttpResult r = host.postJson("admin", WORKFLOWS, definition("Created"));
        assertEquals(201, r.status(), r.toString());
        assertTrue(r.json().get("id").asLong() > 0);
        assertEquals(0, r.json().get("warnings").size());
    }

    @Test
    void createListsEveryProblemWithItsFieldAndATranslatedMessage() {
        Map<String, Object> d = definition("");
        d.put("initialState", "nowhere");
        Map<String, Object> approval = new LinkedHashMap<>(transition(d, 0));
        approval.put("approveTo", "missing-state");
        approval.remove("rejectTo");
        approval.put("minApprovals", 0);
        approval.put("minRejections", 0);
        Map<String, Object> odd = Map.of("key", "odd", "type", "TELEPORT", "from", "draft", "to", "done");
        d.put("transitions", List.of(approval, transition(d, 1), odd));

        HttpResult r = host.postJson("admin", WORKFLOWS, d);

        assertEquals(400, r.status(), r.toString());
        JsonNode body = r.json();
        assertEquals("INVALID_WORKFLOW", body.get("error").asText());
        assertFalse(body.get("message").asText().isBlank());
        Map<String, String> byField = new LinkedHashMap<>();
        for (JsonNode p : body.get("problems")) {
            byField.put(p.get("field").asText() + " " + p.get("code").asText(), p.get("message").asText());
            assertEquals("ERROR", p.get("severity").asText());
        }
        assertEquals(new TreeSet<>(List.of(
                "name NAME_MISSING",
                "initialState INITIAL_STATE_UNKNOWN",
                "transitions[0].approveTo APPROVE_TARGET_UNKNOWN",
                "transitions[0].rejectTo REJECT_TARGET_MISSING",
                "transitions[0].minApprovals MIN_APPROVALS_BELOW_ONE",
                "transitions[0].minRejections MIN_REJECTIONS_BELOW_ONE",
                "transitions[2].type TRANSITION_TYPE_UNKNOWN")), new TreeSet<>(byField.keySet()));
        // Messages come from the bundle, with their arguments filled in.
        assertEquals("The initial state \"nowhere\" does not exist.", byField.get("initialState INITIAL_STATE_UNKNOWN"));
        assertEquals("Min. approvals must be at least 1.", byField.get("transitions[0].minApprovals MIN_APPROVALS_BELOW_ONE"));
        assertEquals("Unknown transition type \"TELEPORT\".", byField.get("transitions[2].type TRANSITION_TYPE_UNKNOWN"));
        assertEquals(0, countNamed(""), "nothing was stored");
    }

    @Test
    void warningsDoNotBlockSaving() {
        Map<String, Object> d = definition("Too many approvals");
        Map<String, Object> approval = new LinkedHashMap<>(transition(d, 0));
        approval.put("minApprovals", 3); // two named users, no group: can never be reached
        d.put("transitions", List.of(approval, transition(d, 1)));

        HttpResult r = host.postJson("admin", WORKFLOWS, d);

        assertEquals(201, r.status(), r.toString());
        JsonNode warning = r.json().get("warnings").get(0);
        assertEquals("transitions[0].minApprovals", warning.get("field").asText());
        assertEquals("MIN_APPROVALS_ABOVE_NAMED_USERS", warning.get("code").asText());
        assertEquals("WARNING", warning.get("severity").asText());
        assertEquals("Min. approvals (3) is more than the 2 named reviewers; add reviewers or a group.",
                warning.get("message").asText());
    }

    // ---------- definition rules: shortcuts, limits, reviewers ----------

    /** "field CODE" of every entry of {@code array} (problems or warnings), each with the expected severity. */
    private static List<String> fieldsAndCodes(JsonNode array, String severity) {
        List<String> found = new ArrayList<>();
        for (JsonNode p : array) {
            assertEquals(severity, p.get("severity").asText(), p.toString());
            assertFalse(p.get("message").asText().isBlank(), p.toString());
            found.add(p.get("field").asText() + " " + p.get("code").asText());
        }
        return found;
    }

    /** {@link #definition} with "Require 2FA" as given and a selection from Draft straight to Done. */
    private static Map<String, Object> withShortcut(String name, boolean requireTwoFactor) {
        Map<String, Object> d = definition(name);
        Map<String, Object> approval = new LinkedHashMap<>(transition(d, 0));
        approval.put("requireTwoFactor", requireTwoFactor);
        d.put("transitions", List.of(approval, transition(d, 1),
                Map.of("key", "skip", "type", "SELECTION", "from", "draft", "to", "done")));
        return d;
    }

    @Test
    void aSelectionSkippingATwoFactorApprovalIs400AtItsTargetAndNotStored() {
        HttpResult r = host.postJson("admin", WORKFLOWS, withShortcut("Signed shortcut", true));

        assertEquals(400, r.status(), r.toString());
        assertEquals(List.of("transitions[2].to SELECTION_SKIPS_TWO_FACTOR"), fieldsAndCodes(r.json().get("problems"), "ERROR"));
        assertTrue(r.json().get("problems").get(0).get("message").asText().contains("\"review\""), r.toString());
        assertEquals(0, countNamed("Signed shortcut"), "nothing was stored");
    }

    @Test
    void aSelectionSkippingAnUnprotectedApprovalSavesWithAWarningAtItsTarget() {
        HttpResult r = host.postJson("admin", WORKFLOWS, withShortcut("Unsigned shortcut", false));

        assertEquals(201, r.status(), r.toString());
        assertEquals(List.of("transitions[2].to SELECTION_SKIPS_APPROVAL"), fieldsAndCodes(r.json().get("warnings"), "WARNING"));
        long id = r.json().get("id").asLong();
        HttpResult put = host.putJson("admin", WORKFLOWS + "/" + id, withShortcut("Unsigned shortcut", false));
        assertEquals(200, put.status(), put.toString());
        assertEquals(List.of("transitions[2].to SELECTION_SKIPS_APPROVAL"), fieldsAndCodes(put.json().get("warnings"), "WARNING"));
        // Turning "Require 2FA" on for the stored workflow is refused while the shortcut exists.
        HttpResult protect = host.putJson("admin", WORKFLOWS + "/" + id, withShortcut("Unsigned shortcut", true));
        assertEquals(400, protect.status(), protect.toString());
        assertFalse(host.get("admin", WORKFLOWS + "/" + id).json().get("transitions").get(0).get("requireTwoFactor").asBoolean());
    }

    @Test
    void oversizedDefinitionsAre400AtTheFieldOverItsLimit() {
        Map<String, Object> d = definition("n".repeat(256));
        d.put("description", "d".repeat(2001));
        List<Object> states = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            states.add(Map.of("key", "s" + i, "name", "S" + i));
        }
        d.put("states", states);
        HttpResult r = host.postJson("admin", WORKFLOWS, d);
        assertEquals(400, r.status(), r.toString());
        assertEquals(List.of("name NAME_TOO_LONG", "description DESCRIPTION_TOO_LONG", "states STATES_TOO_MANY"),
                fieldsAndCodes(r.json().get("problems"), "ERROR"));
        assertTrue(r.body().length() < 5_000, "a refused value is not echoed back whole: " + r.body().length());

        Map<String, Object> rows = definition("Rows too long");
        Map<String, Object> approval = new LinkedHashMap<>(transition(rows, 0));
        List<String> users = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            users.add("user" + i);
        }
        approval.put("reviewers", Map.of("users", users, "groups", List.of()));
        approval.put("approveLabel", "l".repeat(101));
        approval.put("key", "has space");
        rows.put("states", List.of(Map.of("key", "draft", "name", "n".repeat(101)), Map.of("key", "done", "name", "Done")));
        rows.put("transitions", List.of(approval, transition(rows, 1)));
        HttpResult r2 = host.postJson("admin", WORKFLOWS, rows);
        assertEquals(400, r2.status(), r2.toString());
        assertEquals(List.of("states[0].name STATE_NAME_TOO_LONG", "transitions[0].key TRANSITION_KEY_INVALID",
                        "transitions[0].approveLabel APPROVE_LABEL_TOO_LONG", "transitions[0].reviewers REVIEWERS_TOO_MANY"),
                fieldsAndCodes(r2.json().get("problems"), "ERROR"));
        assertEquals(0, countNamed("Rows too long"));
    }

    @Test
    void definitionsAtTheLimitsAreSaved() {
        Map<String, Object> d = definition("n".repeat(255));
        d.put("description", "d".repeat(2000));
        List<Object> states = new ArrayList<>(List.of(Map.of("key", "draft", "name", "n".repeat(100)),
                Map.of("key", "done", "name", "Done")));
        for (int i = 2; i < 50; i++) {
            states.add(Map.of("key", "k".repeat(60) + i, "name", "S" + i));
        }
        d.put("states", states);
        HttpResult r = host.postJson("admin", WORKFLOWS, d);
        assertEquals(201, r.status(), r.toString());
    }

    @Test
    void unknownReviewersAre400AtTheirFieldsAndNothingIsStored() {
        Map<String, Object> d = definition("Ghost reviewers");
        Map<String, Object> approval = new LinkedHashMap<>(transition(d, 0));
        approval.put("reviewers", Map.of("users", List.of("ghost"), "groups", List.of("no-such-group")));
        approval.put("minApprovals", 1);
        d.put("transitions", List.of(approval, transition(d, 1)));

        HttpResult r = host.postJson("admin", WORKFLOWS, d);

        assertEquals(400, r.status(), r.toString());
        assertEquals(List.of("transitions[0].reviewers.users[0] REVIEWER_USER_UNKNOWN",
                        "transitions[0].reviewers.groups[0] REVIEWER_GROUP_UNKNOWN"),
                fieldsAndCodes(r.json().get("problems"), "ERROR"));
        assertEquals("There is no active user \"ghost\"; they cannot review.",
                r.json().get("problems").get(0).get("message").asText());
        assertEquals(0, countNamed("Ghost reviewers"), "nothing was stored");

        // Known reviewers (demo users and the demo "reviewers" group) save, with no warning.
        approval.put("reviewers", Map.of("users", List.of("alice"), "groups", List.of("reviewers")));
        d.put("transitions", List.of(approval, transition(d, 1)));
        HttpResult known = host.postJson("admin", WORKFLOWS, d);
        assertEquals(201, known.status(), known.toString());
        assertEquals(0, known.json().get("warnings").size(), known.toString());
    }

    @Test
    void missingThresholdsTakeTheDefaults() {
        Map<String, Object> d = definition("Defaults");
        Map<String, Object> approval = new LinkedHashMap<>(transition(d, 0));
        approval.remove("minApprovals");
        approval.remove("minRejections");
        approval.remove("requireAll");
        d.put("transitions", List.of(approval));
        long id = create(d);
        JsonNode stored = host.get("admin", WORKFLOWS + "/" + id).json().get("transitions").get(0);
        assertEquals(1, stored.get("minApprovals").asInt());
        assertEquals(1, stored.get("minRejections").asInt());
        assertFalse(stored.get("requireAll").asBoolean());
    }

    @Test
    void badBodiesAre400() {
        HttpResult notJson = host.as("admin").send(host.as("admin").request(WORKFLOWS)
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{not json")));
        assertEquals(400, notJson.status(), notJson.toString());
        HttpResult nullBody = host.as("admin").send(host.as("admin").request(WORKFLOWS)
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("null")));
        assertEquals(400, nullBody.status(), nullBody.toString());
    }

    // ---------- update ----------

    @Test
    void updateReplacesTheDefinition() {
        long id = create(definition("Before"));
        Map<String, Object> changed = definition("After");
        Map<String, Object> approval = new LinkedHashMap<>(transition(changed, 0));
        approval.put("minApprovals", 1);
        approval.put("reviewers", Map.of("users", List.of("carol"), "groups", List.of("reviewers")));
        changed.put("transitions", List.of(approval));

        HttpResult r = host.putJson("admin", WORKFLOWS + "/" + id, changed);

        assertEquals(200, r.status(), r.toString());
        assertEquals(id, r.json().get("id").asLong());
        JsonNode stored = host.get("admin", WORKFLOWS + "/" + id).json();
        assertEquals("After", stored.get("name").asText());
        assertEquals(1, stored.get("transitions").size());
        assertEquals(List.of("reviewers"), texts(stored.get("transitions").get(0).get("reviewers").get("groups")));
    }

    @Test
    void invalidUpdateIs400AndChangesNothing() {
        long id = create(definition("Unchanged"));
        Map<String, Object> broken = definition("Broken");
        broken.put("states", List.of());

        HttpResult r = host.putJson("admin", WORKFLOWS + "/" + id, broken);

        assertEquals(400, r.status(), r.toString());
        assertEquals("INVALID_WORKFLOW", r.json().get("error").asText());
        List<String> fields = new ArrayList<>();
        r.json().get("problems").forEach(p -> fields.add(p.get("field").asText()));
        assertTrue(fields.contains("states"), fields.toString());
        assertTrue(fields.contains("transitions[0].from"), fields.toString());
        assertEquals("Unchanged", host.get("admin", WORKFLOWS + "/" + id).json().get("name").asText());
    }

    // ---------- delete ----------

    @Test
    void deleteAnswers204ThenTheWorkflowIsGone() {
        long id = create(definition("Short-lived"));
        assertEquals(204, host.delete("admin", WORKFLOWS + "/" + id).status());
        assertEquals(404, host.get("admin", WORKFLOWS + "/" + id).status());
        assertEquals(404, host.delete("admin", WORKFLOWS + "/" + id).status());
    }

    @Test
    void deletingAWorkflowInUseIs409AndKeepsIt() throws Exception {
        long id = create(definition("In use"));
        HttpResult page = host.postJson("alice", "/rest/api/content", Map.of("type", "page", "title", "Uses a workflow",
                "space", Map.of("key", "DEMO"), "body", Map.of("storage", Map.of("value", "<p>x</p>", "representation", "storage"))));
        assertEquals(200, page.status(), page.toString());
        HttpResult applied = host.postJson("alice", "/rest/aura-workflows/1.0/pages/" + page.json().get("id").asText()
                + "/workflow", Map.of("workflowId", id));
        assertEquals(201, applied.status(), applied.toString());

        HttpResult r = host.delete("admin", WORKFLOWS + "/" + id);

        assertEquals(409, r.status(), r.toString());
        assertEquals("IN_USE", r.json().get("error").asText());
        assertEquals(200, host.get("admin", WORKFLOWS + "/" + id).status());
    }

    // ---------- screens (same host: starting another one per class would double the run time) ----------

    @Test
    void screensAreForAdministratorsWithWebSudoAndRenderTheCards() {
        String list = "/plugins/servlet/aura-workflows/workflows";
        String builder = "/plugins/servlet/aura-workflows/workflows/edit";
        long id = create(definition("Shown as a card"));

        DevHostClient erin = loggedIn("erin");
        assertEquals(403, erin.get(list).status());
        assertEquals(403, erin.get(builder + "?id=" + id).status());
        assertEquals(302, host.browser().get(list).status(), "anonymous: to the login page");

        DevHostClient admin = loggedIn("admin");
        HttpResult first = admin.get(list);
        assertEquals(302, first.status());
        assertTrue(first.location().contains("authenticate.action"), first.location());
        admin.postForm("/authenticate.action", Map.of("password", "admin", "destination", list,
                "atl_token", token(admin.get("/authenticate.action?destination=" + list).body())));

        HttpResult page = admin.get(list);
        assertEquals(200, page.status(), page.toString());
        assertTrue(page.header("Cache-Control").orElse("").contains("no-store"));
        assertTrue(page.body().contains("data-workflow-id=\"" + id + "\""), "the workflow is a card");
        assertTrue(page.body().contains("Shown as a card"));
        assertTrue(page.body().contains("aura-wf-create-dialog"));

        HttpResult edit = admin.get(builder + "?id=" + id);
        assertEquals(200, edit.status());
        assertTrue(edit.body().contains("data-workflow-id=\"" + id + "\""));
        HttpResult fromTemplate = admin.get(builder + "?template=basic-approval&name=New");
        assertEquals(200, fromTemplate.status());
        assertTrue(fromTemplate.body().contains("data-template-key=\"basic-approval\""));
        assertEquals(404, admin.get(builder + "?id=999999").status());
        assertEquals(404, admin.get(builder + "?template=nope").status());
        assertEquals(404, admin.get(builder).status());
    }

    private static DevHostClient loggedIn(String user) {
        DevHostClient browser = host.browser();
        browser.login(user, user);
        return browser;
    }

    private static String token(String html) {
        Matcher m = Pattern.compile("name=\"atl_token\" value=\"([^\"]+)\"").matcher(html);
        assertTrue(m.find(), "no atl_token in the form");
        return m.group(1);
    }

    // ---------- helpers ----------

    @SuppressWarnings("unchecked")
    private static Map<String, Object> transition(Map<String, Object> definition, int index) {
        return (Map<String, Object>) ((List<Object>) definition.get("transitions")).get(index);
    }

    private static int countNamed(String name) {
        int count = 0;
        for (JsonNode row : host.get("admin", WORKFLOWS).json().get("workflows")) {
            if (row.get("name").asText().equals(name)) {
                count++;
            }
        }
        return count;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> objectMap(JsonNode node) {
        return new com.fasterxml.jackson.databind.ObjectMapper().convertValue(node, Map.class);
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
