package app.auraworkflows.it;

import static app.auraworkflows.it.WorkflowFixtures.activateTwoFactor;
import static app.auraworkflows.it.WorkflowFixtures.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.auraworkflows.devhost.junit.DevHostClient;
import app.auraworkflows.devhost.junit.DevHostExtension;
import app.auraworkflows.devhost.junit.HttpResult;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The "Aura Workflows History" macro over real HTTP: a page whose stored body holds
 * {@code <ac:structured-macro ac:name="aura-workflows-history"/>} shows, in the page-view HTML itself (what
 * print and PDF export are made from), the current state and each signature with the signer's name at
 * signing, UTC time, meaning, page version and "2FA verified", to any viewer of the page.
 */
class HistoryMacroIT {

    @RegisterExtension
    static DevHostExtension host = DevHostExtension.withDemoData();

    private static final String MACRO = "<ac:structured-macro ac:name=\"aura-workflows-history\" ac:schema-version=\"1\"/>";

    private static long pageWithBody(String body) {
        String title = "Macro " + System.nanoTime();
        HttpResult r = host.postJson("admin", "/rest/api/content", Map.of("type", "page", "title", title,
                "space", Map.of("key", "DEMO"), "body", Map.of("storage", Map.of("value", body, "representation", "storage"))));
        assertEquals(200, r.status(), r.toString());
        return Long.parseLong(r.json().get("id").asText());
    }

    private static String view(String user, long pageId) {
        DevHostClient browser = host.browser();
        assertEquals(302, browser.login(user, user).status());
        HttpResult r = browser.get("/pages/viewpage.action?pageId=" + pageId);
        assertEquals(200, r.status(), r.toString());
        return r.body();
    }

    @Test
    void aViewerSeesTheStateAndTheTwoFactorVerifiedSignatureInThePageBody() {
        long workflowId = WorkflowFixtures.reviewWorkflow(host, "Macro " + System.nanoTime(), List.of("bob"), List.of(), 1,
                true);
        long pageId = pageWithBody("<p>Policy text</p>" + MACRO);
        assertEquals(201, host.postJson("admin", page(pageId) + "/workflow", Map.of("workflowId", workflowId)).status());
        assertEquals(200, host.postJson("admin", page(pageId) + "/transitions", Map.of("transitionKey", "submit")).status());

        String inReview = view("carol", pageId);
        assertTrue(inReview.contains(">In Review</span>"), inReview);
        assertTrue(inReview.contains("No signatures yet."), inReview);

        String manualKey = activateTwoFactor(host, "bob");
        HttpResult review = host.postJson("bob", page(pageId) + "/reviews", Map.of("decision", "APPROVE", "round", 1,
                "comment", "ok", "code", AuthenticatorApp.nextStepCode(manualKey), "pageVersion", 1));
        assertEquals(200, review.status(), review.toString());

        String html = view("carol", pageId);
        int content = html.indexOf("id=\"main-content\"");
        int macro = html.indexOf("class=\"aura-wf-history-macro\"");
        assertTrue(content > 0 && macro > content, "in the page body, not in a panel\n" + html);
        assertTrue(html.contains(">Published</span>"), html);
        assertTrue(Pattern.compile("<td>Bob Baker</td><td>\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC</td><td>Approved</td>"
                + "<td>1</td><td>2FA verified</td>").matcher(html).find(), html);
        assertFalse(html.contains("ac:structured-macro"), html);
    }

    @Test
    void theDemoReleaseNotesPageCarriesTheMacro() {
        long pageId = host.host().content().page("DEMO", "Release Notes 2.4").orElseThrow().id();
        String html = view("alice", pageId);
        assertTrue(html.contains("class=\"aura-wf-history-macro\""), html);
        assertTrue(html.contains("confluence-information-macro-information"), "next to Confluence's info panel");
    }

    @Test
    void aPageWithoutWorkflowSaysSoAndAnUnknownMacroShowsThePlaceholder() {
        long pageId = pageWithBody(MACRO + "<ac:structured-macro ac:name=\"aura-workflows-nothing\"/>");
        String html = view("carol", pageId);
        assertTrue(html.contains("This page has no workflow."), html);
        assertTrue(html.contains("Unknown macro: {aura-workflows-nothing}"), html);
    }
}
