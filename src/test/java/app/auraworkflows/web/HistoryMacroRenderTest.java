package app.auraworkflows.web;

import app.auraworkflows.approval.Actor;
import app.auraworkflows.approval.Decision;
import app.auraworkflows.approval.HistoryEntry;
import app.auraworkflows.approval.PageWorkflowStatus;
import app.auraworkflows.approval.StateView;
import app.auraworkflows.testing.SoyTestRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The History macro's model (HistoryMacroModel) and template render the state and the signature list. */
class HistoryMacroRenderTest {
    private static SoyTestRenderer soy;

    @BeforeAll
    static void compileTemplates() {
        soy = new SoyTestRenderer("/templates/workflow-pages.soy");
    }

    private static PageWorkflowStatus status(String stateName) {
        return new PageWorkflowStatus(42, 7, "Basic Approval", new StateView("approved", stateName, "#00875A", true),
                null, List.of(), null, List.of(), false, null, false);
    }

    private static HistoryEntry vote(long seq, String fullName, Decision decision, boolean verified, Integer version,
                                     Instant at) {
        return new HistoryEntry(42, seq, HistoryEntry.HistoryType.VOTE, at, "key-" + seq, "user" + seq, fullName, null,
                1, decision, "", null, null, null, null, verified, version);
    }

    private static String render(Map<String, Object> model) {
        return soy.render(WebModules.TEMPLATE_HISTORY_MACRO, model);
    }

    @Test
    void showsTheStateAndEachSignatureWithNameUtcTimeMeaningVersionAndTwoFactor() {
        HistoryEntry applied = HistoryEntry.applied(42, 1, Instant.parse("2026-01-02T03:00:00Z"),
                new Actor("k", "erin", "Erin Editor"), 7, "draft");
        List<HistoryEntry> newestFirst = List.of(
                vote(3, "Bob Reviewer", Decision.REJECT, false, 4, Instant.parse("2026-01-03T10:11:12Z")),
                vote(2, "Alice Approver", Decision.APPROVE, true, 3, Instant.parse("2026-01-02T03:04:05Z")),
                applied);
        String html = render(HistoryMacroModel.build(Optional.of(status("Approved")), newestFirst));

        assertTrue(html.contains(">Approved</span>"), html);
        assertTrue(html.contains("(Basic Approval)"), html);
        assertTrue(html.contains("<td>Alice Approver</td><td>2026-01-02 03:04:05 UTC</td><td>Approved</td><td>3</td>"
                + "<td>2FA verified</td>"), html);
        assertTrue(html.contains("<td>Bob Reviewer</td><td>2026-01-03 10:11:12 UTC</td><td>Rejected</td><td>4</td>"
                + "<td>Not verified</td>"), html);
        assertTrue(html.indexOf("Alice Approver") < html.indexOf("Bob Reviewer"), "oldest signature first");
        assertFalse(html.contains("Erin Editor"), "only votes are signatures");
        assertFalse(html.contains("<script"), "plain markup: it is printed and exported");
    }

    @Test
    void theNameIsTheOneRecordedAtSigningAndFallsBackToTheUsername() {
        Map<String, Object> model = HistoryMacroModel.build(Optional.of(status("In Review")),
                List.of(vote(2, null, Decision.APPROVE, true, null, Instant.parse("2026-01-02T03:04:05Z"))));
        @SuppressWarnings("unchecked")
        Map<String, Object> signature = ((List<Map<String, Object>>) model.get("signatures")).get(0);
        assertEquals("user2", signature.get("name"));
        assertEquals("", signature.get("pageVersion"), "an unknown version stays empty");
    }

    @Test
    void aPageWithoutWorkflowOrSignaturesSaysSo() {
        assertTrue(render(HistoryMacroModel.build(Optional.empty(), List.of())).contains("This page has no workflow."));
        assertTrue(render(HistoryMacroModel.build(Optional.of(status("Draft")), List.of())).contains("No signatures yet."));
    }

    @Test
    void namesStatesAndWorkflowNamesAreEscaped() {
        PageWorkflowStatus evil = new PageWorkflowStatus(42, 7, "<i>W</i>", new StateView("s", "<b>Draft</b>", "red;x", false),
                null, List.of(), null, List.of(), false, null, false);
        String html = render(HistoryMacroModel.build(Optional.of(evil),
                List.of(vote(2, "<img src=x onerror=alert(1)>", Decision.APPROVE, true, 1, Instant.EPOCH))));
        assertFalse(html.contains("<b>Draft</b>"));
        assertFalse(html.contains("<i>W</i>"));
        assertFalse(html.contains("<img"));
        assertTrue(html.contains("&lt;b&gt;Draft&lt;/b&gt;"));
        assertTrue(html.contains("background-color: " + WorkflowPanelModel.DEFAULT_COLOUR), "colours are checked");
    }
}
