package app.auraworkflows.it;

import static app.auraworkflows.it.WorkflowFixtures.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.auraworkflows.devhost.content.SpaceGrant;
import app.auraworkflows.devhost.junit.DevHostExtension;
import app.auraworkflows.devhost.junit.HttpResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The History macro for a visitor who is not logged in, on a site with anonymous access whose DEMO space grants
 * VIEW to anonymous users: the page view shows the state and the signatures to them as to anyone; a page they may
 * not view sends them to log in, and the workflow REST API still asks them to log in.
 */
class HistoryMacroAnonymousIT {

    @RegisterExtension
    static DevHostExtension host = DevHostExtension.withDemoData().configure(b -> b.anonymousAccess(true));

    private static final String MACRO = "<ac:structured-macro ac:name=\"aura-workflows-history\" ac:schema-version=\"1\"/>";

    @BeforeAll
    static void demoIsOpenToAnonymousVisitors() {
        host.host().content().grant("DEMO", List.of(SpaceGrant.anonymous(SpaceGrant.Permission.VIEW)));
    }

    @Test
    void aVisitorWhoIsNotLoggedInSeesTheStateAndTheSignaturesInThePageBody() {
        String title = "Public policy " + System.nanoTime();
        HttpResult created = host.postJson("admin", "/rest/api/content", Map.of("type", "page", "title", title,
                "space", Map.of("key", "DEMO"), "body", Map.of("storage", Map.of("value", "<p>Policy</p>" + MACRO,
                        "representation", "storage"))));
        assertEquals(200, created.status(), created.toString());
        long pageId = Long.parseLong(created.json().get("id").asText());
        long workflowId = WorkflowFixtures.basicApproval(host, "Public " + System.nanoTime());
        assertEquals(201, host.postJson("admin", page(pageId) + "/workflow", Map.of("workflowId", workflowId)).status());
        assertEquals(200, host.postJson("admin", page(pageId) + "/transitions", Map.of("transitionKey", "submit")).status());
        assertEquals(200, host.postJson("alice", page(pageId) + "/reviews", Map.of("decision", "APPROVE", "round", 1,
                "comment", "ok", "pageVersion", 1)).status());

        HttpResult view = host.anonymous().get("/pages/viewpage.action?pageId=" + pageId);
        assertEquals(200, view.status(), view.toString());
        String html = view.body();
        assertTrue(html.contains("class=\"aura-wf-history-macro\""), html);
        assertTrue(html.contains(">Published</span>"), html);
        assertTrue(html.contains("<td>Alice Archer</td>"), html);

        assertEquals(401, host.anonymous().get(page(pageId) + "/workflow").status(), "REST still needs a login");
    }

    @Test
    void aPageOfASpaceWithoutTheAnonymousGrantSendsTheVisitorToLogIn() {
        long restricted = host.host().content().page("RESTRICTED", "Budget 2026").orElseThrow().id();
        HttpResult view = host.anonymous().get("/pages/viewpage.action?pageId=" + restricted);
        assertEquals(302, view.status(), view.toString());
        assertTrue(view.location().contains("/login.action"), view.location());
    }
}
