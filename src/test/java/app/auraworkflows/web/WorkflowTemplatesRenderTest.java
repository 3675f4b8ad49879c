package app.auraworkflows.web;

import app.auraworkflows.approval.ApprovalStanding.Standing;
import app.auraworkflows.approval.LastApproval;
import app.auraworkflows.approval.PageWorkflowStatus;
import app.auraworkflows.approval.StateView;
import app.auraworkflows.testing.SoyTestRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The workflow panel and Open tasks templates render the view models WorkflowPanelModel and TasksServlet build. */
class WorkflowTemplatesRenderTest {
    private static SoyTestRenderer soy;

    @BeforeAll
    static void compileTemplates() {
        soy = new SoyTestRenderer("/templates/workflow-pages.soy");
    }

    private static PageWorkflowStatus status(String colour, boolean canReview) {
        return new PageWorkflowStatus(42, 7, "Basic Approval", new StateView("in-review", "In Review", colour, false),
                null, List.of(), null, List.of(), canReview, null, false);
    }

    @Test
    void aReaderOfAPageWithoutAWorkflowGetsNoPanel() {
        assertTrue(WorkflowPanelModel.build(42, 3, "/confluence", Optional.empty(), false).isEmpty());
    }

    @Test
    void anEditorOfAPageWithoutAWorkflowGetsAddWorkflow() {
        Map<String, Object> model = WorkflowPanelModel.build(42, 3, "/confluence", Optional.empty(), true).orElseThrow();
        String html = soy.render(WebModules.TEMPLATE_WORKFLOW_PANEL, model);

        assertTrue(html.contains("id=\"aura-wf-add-button\""));
        assertTrue(html.contains(">Add workflow</button>"));
        assertTrue(html.contains("data-page-id=\"42\""));
        assertTrue(html.contains("data-rest-base=\"/confluence/rest/aura-workflows/1.0\""));
        assertFalse(html.contains("id=\"aura-wf-toggle\""));
    }

    @Test
    void aPageWithAWorkflowShowsItsStateAsALozengeThatExpandsThePanel() {
        Map<String, Object> model = WorkflowPanelModel.build(42, 3, "", Optional.of(status("#0052CC", false)), false).orElseThrow();
        String html = soy.render(WebModules.TEMPLATE_WORKFLOW_PANEL, model);

        assertTrue(html.contains("aria-expanded=\"false\" aria-controls=\"aura-wf-body\""));
        assertTrue(html.contains("background-color: #0052CC"), html);
        assertTrue(html.contains(">In Review</span>"));
        assertTrue(html.contains("role=\"alert\" aria-live=\"assertive\""), "errors are announced");
        assertTrue(html.contains("data-i18n-add-review=\"Add your review\""), "texts for the script come from i18n");
        assertTrue(html.contains("data-i18n-approvals=\"Approvals: {0} of {1} needed\""), "placeholders stay for the script");
    }

    @Test
    void theBylineAsksAReviewerForTheirReviewButNotAnAuthorTheStepExcludes() {
        StateView inReview = new StateView("in-review", "In Review", "#0052CC", false);
        app.auraworkflows.approval.ApprovalStatus round = new app.auraworkflows.approval.ApprovalStatus(1, "review",
                null, null, inReview, inReview, List.of(), List.of("reviewers"), 0, 0, 1, 1, false, false,
                java.time.Instant.EPOCH);
        PageWorkflowStatus reviewer = new PageWorkflowStatus(42, 7, "W", inReview, null, List.of(), round, List.of(),
                true, null, false, false, false);
        PageWorkflowStatus author = new PageWorkflowStatus(42, 7, "W", inReview, null, List.of(), round, List.of(),
                true, null, false, false, true);
        String asked = soy.render(WebModules.TEMPLATE_WORKFLOW_PANEL,
                WorkflowPanelModel.build(42, 3, "", Optional.of(reviewer), false).orElseThrow());
        String notAsked = soy.render(WebModules.TEMPLATE_WORKFLOW_PANEL,
                WorkflowPanelModel.build(42, 3, "", Optional.of(author), false).orElseThrow());
        assertTrue(asked.contains("Your review is requested"), asked);
        assertFalse(notAsked.contains("Your review is requested"), notAsked);
        assertTrue(notAsked.contains("aura-wf-pending-others"), "an author sees that a review is pending");

        String needsSetup = soy.render(WebModules.TEMPLATE_WORKFLOW_PANEL, WorkflowPanelModel.build(42, 3, "",
                Optional.of(reviewer), false, Standing.NONE, true, java.time.ZoneOffset.UTC).orElseThrow());
        assertTrue(needsSetup.contains("Your review needs 2FA"), needsSetup);
        assertFalse(needsSetup.contains("Your review is requested"),
                "a reviewer without Active 2FA is not asked for a review they cannot give yet");
        String authorAnyway = soy.render(WebModules.TEMPLATE_WORKFLOW_PANEL, WorkflowPanelModel.build(42, 3, "",
                Optional.of(author), false, Standing.NONE, true, java.time.ZoneOffset.UTC).orElseThrow());
        assertFalse(authorAnyway.contains("Your review needs 2FA"), "an excluded author is not a reviewer here at all");
    }

    @Test
    void aPageApprovedAtAnOlderVersionSaysSoNextToItsLozenge() {
        LastApproval v3 = new LastApproval(1, 3, "ab".repeat(32), java.time.Instant.EPOCH);
        Map<String, Object> changed = WorkflowPanelModel.build(42, 5, "", Optional.of(status("#00875A", false)), false,
                new Standing(v3, true, true), false, java.time.ZoneOffset.UTC).orElseThrow();
        String html = soy.render(WebModules.TEMPLATE_WORKFLOW_PANEL, changed);
        assertTrue(html.contains("Approved version 3 \u00b7 changed since, now version 5"), html);

        for (Standing quiet : List.of(new Standing(v3, false, true), new Standing(v3, true, false), Standing.NONE)) {
            String plain = soy.render(WebModules.TEMPLATE_WORKFLOW_PANEL, WorkflowPanelModel.build(42, 5, "",
                    Optional.of(status("#00875A", false)), false, quiet, false, java.time.ZoneOffset.UTC).orElseThrow());
            assertFalse(plain.contains("aura-wf-changed-since"), quiet + ": unchanged, or no longer in the approved state");
        }
    }

    @Test
    void onlyPlainHexColoursReachTheStyleAttribute() {
        assertEquals(WorkflowPanelModel.DEFAULT_COLOUR,
                WorkflowPanelModel.colour(new StateView("x", "X", "red;background:url(x)", false)));
        assertEquals(WorkflowPanelModel.DEFAULT_COLOUR, WorkflowPanelModel.colour(new StateView("x", "X", null, false)));
        assertEquals("#00875A", WorkflowPanelModel.colour(new StateView("x", "X", "#00875A", false)));
    }

    @Test
    void stateNamesAreEscaped() {
        PageWorkflowStatus evil = new PageWorkflowStatus(42, 7, "W", new StateView("s", "<b>Draft</b>", null, false),
                null, List.of(), null, List.of(), false, null, false);
        String html = soy.render(WebModules.TEMPLATE_WORKFLOW_PANEL,
                WorkflowPanelModel.build(42, 3, "", Optional.of(evil), false).orElseThrow());
        assertFalse(html.contains("<b>Draft</b>"));
        assertTrue(html.contains("&lt;b&gt;Draft&lt;/b&gt;"));
    }

    @Test
    void tasksPageListsPagesWithLinksOrShowsTheEmptyState() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("title", "Travel Policy");
        row.put("url", "/confluence/display/DEMO/Travel+Policy");
        row.put("spaceKey", "DEMO");
        row.put("stateName", "In Review");
        row.put("stateColour", "#0052CC");
        row.put("workflowName", "Basic Approval");
        row.put("requireTwoFactor", true);
        row.put("spaceName", "Demo Space");
        row.put("requestedBy", "Dave Dunn");
        row.put("since", "2026-12-03 09:42 Europe/Berlin");
        String html = soy.render(WebModules.TEMPLATE_TASKS_PAGE, Map.of("decorator", "atl.general", "tasks",
                List.of(row), "count", 1, "firstPage", true, "firstUrl", "/t", "nextUrl", "/t?after=1-1-5"));
        assertTrue(html.contains("<a class=\"aui-button\" href=\"/t?after=1-1-5\">Older tasks</a>"), html);
        assertFalse(html.contains("Newest tasks"), "the first page links to no first page");
        assertTrue(html.contains("<td role=\"cell\" data-label=\"Space\">Demo Space</td>"), "the space by name, labelled"
                + " for the phone's card layout: " + html);
        assertTrue(html.contains("<td role=\"cell\" data-label=\"Requested by\">Dave Dunn</td><td role=\"cell\""
                + " data-label=\"Waiting since\">2026-12-03 09:42 Europe/Berlin</td>"), html);
        assertTrue(html.contains("<a href=\"/confluence/display/DEMO/Travel+Policy\">Travel Policy</a>"));
        assertTrue(html.contains("Needs an authenticator code"));
        assertTrue(html.contains("<meta name=\"decorator\" content=\"atl.general\">"));

        String empty = soy.render(WebModules.TEMPLATE_TASKS_PAGE, Map.of("decorator", "atl.general", "tasks", List.of(),
                "count", 0, "firstPage", true, "firstUrl", "/t", "nextUrl", ""));
        assertTrue(empty.contains("Nothing to review"));
        assertFalse(empty.contains("<table"));
    }
}
