package app.auraworkflows.devhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.auraworkflows.devhost.content.HostPage;
import app.auraworkflows.devhost.junit.DevHostClient;
import app.auraworkflows.devhost.junit.DevHostExtension;
import app.auraworkflows.devhost.junit.HttpResult;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Confluence's content REST API on the dev host ({@code /rest/api/content}), over real HTTP: the JSON
 * shapes a client written for Confluence reads, and every status of list, get, create and update,
 * with the demo permissions (DEMO: everyone edits; RESTRICTED: reviewers edit, erin reads, dave nothing).
 */
class ConfluenceContentRestIT {

    private static final String CONTENT = "/rest/api/content";

    @RegisterExtension
    static DevHostExtension host = DevHostExtension.withDemoData().pluginJar(TestPluginJar::standard);

    private static HostPage page(String space, String title) {
        return host.host().content().page(space, title).orElseThrow();
    }

    private static Map<String, Object> newPage(String space, String title, String storage) {
        return Map.of("type", "page", "title", title, "space", Map.of("key", space),
                "body", Map.of("storage", Map.of("value", storage, "representation", "storage")));
    }

    private static Map<String, Object> edit(int version, String title, String storage) {
        return Map.of("type", "page", "title", title, "version", Map.of("number", version),
                "body", Map.of("storage", Map.of("value", storage, "representation", "storage")));
    }

    private static void assertConfluenceError(HttpResult r, int status) {
        assertEquals(status, r.status(), r.toString());
        JsonNode json = r.json();
        assertEquals(status, json.path("statusCode").asInt(), r.toString());
        assertTrue(json.path("message").isTextual());
        assertTrue(json.path("data").has("errors"));
    }

    @Test
    void searchBySpaceAndTitleAnswersConfluencesShape() {
        HostPage travel = page("DEMO", "Travel Policy");
        HttpResult r = host.get("bob", CONTENT + "?spaceKey=DEMO&title=Travel%20Policy&limit=10");
        assertEquals(200, r.status(), r.toString());
        JsonNode json = r.json();
        assertEquals(1, json.path("size").asInt());
        assertEquals(10, json.path("limit").asInt());
        assertEquals(0, json.path("start").asInt());
        JsonNode result = json.path("results").get(0);
        assertEquals(String.valueOf(travel.id()), result.path("id").asText());
        assertTrue(result.path("id").isTextual(), "ids are strings in Confluence's JSON");
        assertEquals("page", result.path("type").asText());
        assertEquals("current", result.path("status").asText());
        assertEquals("Travel Policy", result.path("title").asText());
        assertEquals("DEMO", result.path("space").path("key").asText());
        assertEquals(travel.version(), result.path("version").path("number").asInt());
        assertEquals("/display/DEMO/Travel+Policy", result.path("_links").path("webui").asText());
        assertFalse(result.has("body"), "body only when expanded");
        assertEquals(host.baseUrl(), json.path("_links").path("base").asText());
        assertEquals("/confluence", json.path("_links").path("context").asText());
    }

    @Test
    void searchMatchesTitlesIgnoringCaseAndFindsNothingForOtherTypes() {
        assertEquals(1, host.get("bob", CONTENT + "?spaceKey=DEMO&title=travel%20policy").json().path("size").asInt());
        assertEquals(0, host.get("bob", CONTENT + "?spaceKey=DEMO&type=blogpost").json().path("size").asInt());
        assertEquals(0, host.get("bob", CONTENT + "?spaceKey=NOPE").json().path("size").asInt());
    }

    @Test
    void searchPagesWithStartAndLimit() {
        JsonNode first = host.get("bob", CONTENT + "?spaceKey=DEMO&limit=3").json();
        assertEquals(3, first.path("size").asInt());
        assertTrue(first.path("_links").path("next").asText().contains("start=3"), first.toString());
        JsonNode rest = host.get("bob", CONTENT + "?spaceKey=DEMO&start=3&limit=3").json();
        assertTrue(rest.path("size").asInt() >= 1);
        assertFalse(first.path("results").get(0).path("id").asText().equals(rest.path("results").get(0).path("id").asText()));
    }

    @Test
    void searchLeavesOutPagesTheUserCannotView() {
        assertEquals(0, host.get("dave", CONTENT + "?spaceKey=RESTRICTED").json().path("size").asInt());
        assertEquals(1, host.get("erin", CONTENT + "?spaceKey=RESTRICTED&title=Budget%202026").json().path("size").asInt());
        assertEquals(0, host.get("dave", CONTENT + "?spaceKey=RESTRICTED&title=Budget%202026").json().path("size").asInt());
        JsonNode all = host.get("dave", CONTENT + "?limit=200").json();
        assertTrue(all.path("size").asInt() >= 4);
        for (JsonNode result : all.path("results")) {
            assertFalse("RESTRICTED".equals(result.path("space").path("key").asText()), result.toString());
        }
    }

    @Test
    void getByIdWithAndWithoutTheStorageBody() {
        HostPage runbook = page("DEMO", "Security Incident Runbook");
        JsonNode plain = host.get("alice", CONTENT + "/" + runbook.id()).json();
        assertEquals("Security Incident Runbook", plain.path("title").asText());
        assertFalse(plain.has("body"));
        JsonNode expanded = host.get("alice", CONTENT + "/" + runbook.id() + "?expand=body.storage,version,space").json();
        assertEquals(runbook.body(), expanded.path("body").path("storage").path("value").asText());
        assertEquals("storage", expanded.path("body").path("storage").path("representation").asText());
        assertEquals(host.baseUrl() + CONTENT + "/" + runbook.id(), expanded.path("_links").path("self").asText());
    }

    @Test
    void getAnswers404ForMissingMalformedAndUnviewablePages() {
        assertConfluenceError(host.get("alice", CONTENT + "/999999"), 404);
        assertConfluenceError(host.get("alice", CONTENT + "/not-a-number"), 404);
        HostPage budget = page("RESTRICTED", "Budget 2026");
        assertConfluenceError(host.get("dave", CONTENT + "/" + budget.id()), 404);
        assertEquals(200, host.get("erin", CONTENT + "/" + budget.id()).status());
    }

    @Test
    void anonymousAndWrongCredentialsAre401() {
        assertEquals(401, host.anonymous().get(CONTENT).status());
        assertEquals(401, host.anonymous().postJson(CONTENT, newPage("DEMO", "Anon", "<p/>")).status());
        assertEquals(401, host.as("alice", "wrong").get(CONTENT).status());
    }

    @Test
    void createReturns200WithTheNewPageAtVersionOne() {
        HttpResult r = host.postJson("carol", CONTENT, newPage("DEMO", "Created by REST", "<p>Hello <strong>REST</strong></p>"));
        assertEquals(200, r.status(), r.toString());
        JsonNode json = r.json();
        String id = json.path("id").asText();
        assertEquals("page", json.path("type").asText());
        assertEquals("Created by REST", json.path("title").asText());
        assertEquals("DEMO", json.path("space").path("key").asText());
        assertEquals(1, json.path("version").path("number").asInt());
        assertEquals("carol", json.path("version").path("by").path("username").asText());
        assertEquals("<p>Hello <strong>REST</strong></p>", json.path("body").path("storage").path("value").asText());
        JsonNode found = host.get("carol", CONTENT + "?spaceKey=DEMO&title=Created%20by%20REST").json();
        assertEquals(id, found.path("results").get(0).path("id").asText());
        assertTrue(host.host().content().page(Long.parseLong(id)).isPresent());
    }

    @Test
    void createUnderAParentPage() {
        HostPage home = page("DEMO", "Demo Space Home");
        Map<String, Object> body = new java.util.HashMap<>(newPage("DEMO", "Child page", "<p/>"));
        body.put("ancestors", List.of(Map.of("id", String.valueOf(home.id()))));
        HttpResult r = host.postJson("carol", CONTENT, body);
        assertEquals(200, r.status(), r.toString());
        assertEquals(home.id(), host.host().content().page(r.json().path("id").asLong()).orElseThrow().parentId());
        body.put("title", "Orphan");
        body.put("ancestors", List.of(Map.of("id", String.valueOf(page("RESTRICTED", "Budget 2026").id()))));
        assertConfluenceError(host.postJson("carol", CONTENT, body), 400);
    }

    @Test
    void createRefusesInvalidContentWith400() {
        assertConfluenceError(host.postJson("alice", CONTENT, Map.of("type", "page", "space", Map.of("key", "DEMO"))), 400);
        assertConfluenceError(host.postJson("alice", CONTENT, Map.of("type", "page", "title", " ", "space", Map.of("key", "DEMO"))), 400);
        assertConfluenceError(host.postJson("alice", CONTENT, Map.of("type", "page", "title", "x".repeat(256),
                "space", Map.of("key", "DEMO"))), 400);
        assertConfluenceError(host.postJson("alice", CONTENT, Map.of("type", "blogpost", "title", "Blog", "space", Map.of("key", "DEMO"))), 400);
        assertConfluenceError(host.postJson("alice", CONTENT, Map.of("title", "No type", "space", Map.of("key", "DEMO"))), 400);
        assertConfluenceError(host.postJson("alice", CONTENT, Map.of("type", "page", "title", "No space")), 400);
        assertConfluenceError(host.postJson("alice", CONTENT, newPage("NOPE", "Unknown space", "<p/>")), 400);
        assertConfluenceError(host.postJson("alice", CONTENT, newPage("DEMO", "travel POLICY", "<p/>")), 400);
        assertConfluenceError(host.postJson("alice", CONTENT, Map.of("type", "page", "title", "Wiki", "space", Map.of("key", "DEMO"),
                "body", Map.of("storage", Map.of("value", "h1. x", "representation", "wiki")))), 400);
        HttpResult badJson = host.postJson("alice", CONTENT, "{\"type\": \"page\", ");
        assertEquals(400, badJson.status());
        assertEquals("INVALID_JSON", badJson.json().path("error").asText());
    }

    @Test
    void createNeedsEditPermissionAndHidesSpacesTheUserCannotView() {
        assertConfluenceError(host.postJson("erin", CONTENT, newPage("RESTRICTED", "Erin's page", "<p/>")), 403);
        HttpResult dave = host.postJson("dave", CONTENT, newPage("RESTRICTED", "Dave's page", "<p/>"));
        assertConfluenceError(dave, 400);
        assertEquals("No space with key : RESTRICTED", dave.json().path("message").asText(), "same answer as a missing space");
        assertEquals(200, host.postJson("bob", CONTENT, newPage("RESTRICTED", "Bob's page", "<p/>")).status());
    }

    @Test
    void formPostsAreRefusedAndJsonPostsFromABrowserSessionNeedNoToken() {
        // as in Atlassian REST: a JSON-only resource does not match a form body (415) before any XSRF check,
        // which is what keeps cross-site form posts out; nothing is created either way
        HttpResult form = host.as("alice").postForm(CONTENT, Map.of("type", "page", "title", "Form post"));
        assertEquals(415, form.status());
        HttpResult withHeader = host.as("alice").postForm(CONTENT, Map.of("title", "Form post"), Map.of("X-Atlassian-Token", "no-check"));
        assertEquals(415, withHeader.status());
        assertTrue(host.host().content().page("DEMO", "Form post").isEmpty());
        DevHostClient browser = host.browser();
        assertEquals(302, browser.login("alice", "alice").status());
        assertEquals(200, browser.postJson(CONTENT, newPage("DEMO", "From a browser session", "<p/>")).status());
    }

    @Test
    void updateWithTheNextVersionNumberStoresANewVersion() {
        String id = host.postJson("alice", CONTENT, newPage("DEMO", "To be edited", "<p>v1</p>")).json().path("id").asText();
        HttpResult r = host.putJson("bob", CONTENT + "/" + id, edit(2, "Edited by REST", "<p>v2</p>"));
        assertEquals(200, r.status(), r.toString());
        JsonNode json = r.json();
        assertEquals(2, json.path("version").path("number").asInt());
        assertEquals("Edited by REST", json.path("title").asText());
        assertEquals("bob", json.path("version").path("by").path("username").asText());
        assertEquals("<p>v2</p>", json.path("body").path("storage").path("value").asText());
        JsonNode read = host.get("alice", CONTENT + "/" + id + "?expand=body.storage").json();
        assertEquals(2, read.path("version").path("number").asInt());
        assertEquals("<p>v2</p>", read.path("body").path("storage").path("value").asText());
        assertEquals(2, host.host().services().get(com.atlassian.confluence.pages.PageManager.class)
                .getPage(Long.parseLong(id)).getVersion(), "the plugin's PageManager sees the new version");
    }

    @Test
    void updateWithoutABodyKeepsTheBody() {
        String id = host.postJson("alice", CONTENT, newPage("DEMO", "Title only edit", "<p>kept</p>")).json().path("id").asText();
        HttpResult r = host.putJson("alice", CONTENT + "/" + id, Map.of("type", "page", "title", "Renamed only",
                "version", Map.of("number", 2)));
        assertEquals(200, r.status(), r.toString());
        assertEquals("<p>kept</p>", r.json().path("body").path("storage").path("value").asText());
    }

    @Test
    void updateWithAWrongVersionNumberIs409() {
        String id = host.postJson("alice", CONTENT, newPage("DEMO", "Versioned", "<p>v1</p>")).json().path("id").asText();
        assertEquals(200, host.putJson("alice", CONTENT + "/" + id, edit(2, "Versioned", "<p>v2</p>")).status());
        HttpResult same = host.putJson("bob", CONTENT + "/" + id, edit(2, "Versioned", "<p>lost</p>"));
        assertConfluenceError(same, 409);
        assertEquals("Version must be incremented on update. Current version is: 2", same.json().path("message").asText());
        assertConfluenceError(host.putJson("bob", CONTENT + "/" + id, edit(5, "Versioned", "<p>lost</p>")), 409);
        assertEquals("<p>v2</p>", host.host().content().page(Long.parseLong(id)).orElseThrow().body());
    }

    @Test
    void updateRefusesInvalidContentWith400() {
        String id = host.postJson("alice", CONTENT, newPage("DEMO", "Validated edit", "<p/>")).json().path("id").asText();
        String path = CONTENT + "/" + id;
        assertConfluenceError(host.putJson("alice", path, Map.of("type", "page", "title", "No version")), 400);
        assertConfluenceError(host.putJson("alice", path, Map.of("type", "page", "version", Map.of("number", 2))), 400);
        assertConfluenceError(host.putJson("alice", path, Map.of("type", "blogpost", "title", "x", "version", Map.of("number", 2))), 400);
        assertConfluenceError(host.putJson("alice", path, edit(2, "Travel Policy", "<p/>")), 400);
        assertConfluenceError(host.putJson("alice", path, Map.of("type", "page", "title", "Moved", "space", Map.of("key", "RESTRICTED"),
                "version", Map.of("number", 2))), 400);
        assertEquals(1, host.host().content().page(Long.parseLong(id)).orElseThrow().version());
    }

    @Test
    void updateNeedsEditPermissionAndAnswers404WhereTheUserCannotView() {
        HostPage budget = page("RESTRICTED", "Budget 2026");
        int version = budget.version();
        assertConfluenceError(host.putJson("erin", CONTENT + "/" + budget.id(), edit(version + 1, "Budget 2026", "<p/>")), 403);
        assertConfluenceError(host.putJson("dave", CONTENT + "/" + budget.id(), edit(version + 1, "Budget 2026", "<p/>")), 404);
        assertConfluenceError(host.putJson("dave", CONTENT + "/999999", edit(2, "Nothing", "<p/>")), 404);
        assertEquals(version, page("RESTRICTED", "Budget 2026").version());
    }

    @Test
    void unknownContentSubresourcesAre404() {
        HttpResult r = host.as("alice").send(host.as("alice").request("/rest/api/space").GET());
        assertEquals(404, r.status());
        HttpRequest.Builder delete = host.as("alice").request(CONTENT + "/" + page("DEMO", "Travel Policy").id()).DELETE();
        assertEquals(405, host.as("alice").send(delete).status(), "the dev host does not delete content");
    }
}
