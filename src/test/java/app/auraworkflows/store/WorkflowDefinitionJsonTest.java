package app.auraworkflows.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.auraworkflows.approval.ApprovalTransition;
import app.auraworkflows.approval.Reviewers;
import app.auraworkflows.approval.SelectionTransition;
import app.auraworkflows.approval.WorkflowDefinition;
import app.auraworkflows.approval.WorkflowState;
import app.auraworkflows.approval.WorkflowTemplates;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The store's JSON (JsonTree, on Jackson databind) and the stored form of workflow definitions. */
class WorkflowDefinitionJsonTest {
    @Test
    void everyFieldRoundTrips() {
        WorkflowDefinition d = new WorkflowDefinition(null, "Rev\u00e9iew \"Q\" \\ / \u2028", "line1\nline2\ttab\u0001",
                "a",
                List.of(new WorkflowState("a", "A", "#FF0000"), WorkflowState.of("b", "B")),
                List.of(new SelectionTransition("go", "a", "b"), new SelectionTransition("back", "b", "a", "Send back"),
                        new ApprovalTransition("r", "b", "a", "b", new Reviewers(List.of("alice", "bob"), List.of("g 1")),
                                3, 2, true, "Sign off", null, true)));
        String json = WorkflowDefinitionJson.write(d);
        assertEquals(d.withId(7L), WorkflowDefinitionJson.read(7, json));
        assertFalse(json.contains("\u2028"), "line separators are escaped");
    }

    @Test
    void theStoredShapeIsTheRestDefinitionShape() {
        String json = WorkflowDefinitionJson.write(WorkflowTemplates.basicApproval());
        @SuppressWarnings("unchecked")
        Map<String, Object> root = (Map<String, Object>) JsonTree.parse(json);
        assertEquals(List.of("format", "name", "description", "initialState", "states", "transitions"),
                List.copyOf(root.keySet()));
        @SuppressWarnings("unchecked")
        Map<String, Object> review = (Map<String, Object>) ((List<Object>) root.get("transitions")).get(1);
        assertEquals("APPROVAL", review.get("type"));
        assertEquals(Map.of("users", List.of(), "groups", List.of("reviewers")), review.get("reviewers"));
        assertEquals(1, review.get("minApprovals"), "whole numbers read as Integer");
        assertEquals(Boolean.FALSE, review.get("requireTwoFactor"));
        @SuppressWarnings("unchecked")
        Map<String, Object> edit = (Map<String, Object>) ((List<Object>) root.get("transitions")).get(2);
        assertEquals(Map.of("key", "edit-in-review", "type", "PAGE_EDIT", "from", "in-review", "to", "draft"), edit);
        @SuppressWarnings("unchecked")
        Map<String, Object> submit = (Map<String, Object>) ((List<Object>) root.get("transitions")).get(0);
        assertEquals(Map.of("key", "submit", "type", "SELECTION", "from", "draft", "to", "in-review",
                "label", "Submit for review"), submit);
        assertEquals(WorkflowTemplates.basicApproval().withId(5L), WorkflowDefinitionJson.read(5L, json),
                "page-edit transitions round-trip");
    }

    @Test
    void rowsWrittenBeforeRequire2faExistedReadAsUnprotectedWithDefaultThresholds() {
        String old = "{\"name\":\"Old\",\"initialState\":\"a\",\"states\":[{\"key\":\"a\",\"name\":\"A\"},"
                + "{\"key\":\"b\",\"name\":\"B\"}],\"transitions\":[{\"key\":\"r\",\"type\":\"APPROVAL\",\"from\":\"a\","
                + "\"approveTo\":\"b\",\"rejectTo\":\"a\",\"reviewers\":{\"groups\":[\"reviewers\"]}}]}";
        ApprovalTransition t = (ApprovalTransition) WorkflowDefinitionJson.read(1, old).transitions().get(0);
        assertFalse(t.requireTwoFactor());
        assertEquals(1, t.minApprovals());
        assertEquals(1, t.minRejections());
        assertFalse(t.requireAll());
        assertEquals(List.of(), t.reviewers().users());
    }

    @Test
    void theReaderHandlesTheWholeGrammar() {
        assertEquals(List.of(new BigDecimal("-1.5e3"), true, false, "\u00e9\n\"", Map.of()),
                JsonTree.parse(" [ -1.5e3 , true,false , \"\\u00e9\\n\\\"\" ,{ } ] "));
        assertEquals(null, JsonTree.parse("null"));
        assertEquals("[1,\"a\",null,{\"k\":[]}]", JsonTree.write(JsonTree.parse("[1, \"a\", null, {\"k\": []}]")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "{\"a\":1,}", "[1 2]", "{\"a\":1,\"a\":2}", "01", "\"\\x\"", "\"a", "tru",
            "{\"a\" 1}", "[1] x", "\"tab\there\""})
    void malformedJsonIsRefused(String text) {
        assertThrows(IllegalArgumentException.class, () -> JsonTree.parse(text));
    }

    @Test
    void deeplyNestedJsonIsRefusedBeforeTheStackRunsOut() {
        assertThrows(IllegalArgumentException.class, () -> JsonTree.parse("[".repeat(10_000)));
    }

    @Test
    void aDefinitionOfTheWrongShapeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> WorkflowDefinitionJson.read(1, "[]"));
        assertThrows(IllegalArgumentException.class, () -> WorkflowDefinitionJson.read(1,
                "{\"transitions\":[{\"type\":\"EXPIRY\"}]}"));
        assertThrows(IllegalArgumentException.class, () -> WorkflowDefinitionJson.read(1, "{\"name\":5}"));
    }
    @Test
    void theUpgradeEditAddsRequireTwoFactorFalseWhereAnApprovalHasNoneAndChangesNothingElse() {
        String old = "{\"name\":\"Old\",\"extra\":{\"kept\":[1,2]},\"transitions\":["
                + "{\"key\":\"a\",\"type\":\"APPROVAL\",\"from\":\"x\",\"note\":\"unknown member\"},"
                + "{\"key\":\"b\",\"type\":\"APPROVAL\",\"from\":\"y\",\"requireTwoFactor\":true,\"minApprovals\":2},"
                + "{\"key\":\"c\",\"type\":\"APPROVAL\",\"requireTwoFactor\":null,\"from\":\"z\"},"
                + "{\"key\":\"d\",\"type\":\"SELECTION\",\"from\":\"x\",\"to\":\"y\"}]}";
        assertEquals("{\"name\":\"Old\",\"extra\":{\"kept\":[1,2]},\"transitions\":["
                        + "{\"key\":\"a\",\"type\":\"APPROVAL\",\"from\":\"x\",\"note\":\"unknown member\",\"requireTwoFactor\":false},"
                        + "{\"key\":\"b\",\"type\":\"APPROVAL\",\"from\":\"y\",\"requireTwoFactor\":true,\"minApprovals\":2},"
                        + "{\"key\":\"c\",\"type\":\"APPROVAL\",\"requireTwoFactor\":false,\"from\":\"z\"},"
                        + "{\"key\":\"d\",\"type\":\"SELECTION\",\"from\":\"x\",\"to\":\"y\"}]}",
                WorkflowDefinitionJson.withExplicitRequireTwoFactor(old),
                "added at the end when missing, null made false in place, true kept, selections and unknown members untouched");
    }

    @Test
    void theUpgradeEditReturnsTextThatAlreadySaysRequireTwoFactorEverywhereAsItIs() {
        String current = WorkflowDefinitionJson.write(WorkflowTemplates.basicApproval());
        assertSame(current, WorkflowDefinitionJson.withExplicitRequireTwoFactor(current));
        String twice = WorkflowDefinitionJson.withExplicitRequireTwoFactor(
                "{\"transitions\":[{\"key\":\"a\",\"type\":\"APPROVAL\"}]}");
        assertSame(twice, WorkflowDefinitionJson.withExplicitRequireTwoFactor(twice), "idempotent");
    }

    @Test
    void theUpgradeEditRefusesTextThatIsNotADefinition() {
        assertThrows(IllegalArgumentException.class, () -> WorkflowDefinitionJson.withExplicitRequireTwoFactor("{"));
        assertThrows(IllegalArgumentException.class, () -> WorkflowDefinitionJson.withExplicitRequireTwoFactor(
                "{\"transitions\":[{\"type\":\"EXPIRY\"}]}"));
        assertThrows(IllegalArgumentException.class, () -> WorkflowDefinitionJson.withExplicitRequireTwoFactor(
                "{\"transitions\":[{\"type\":\"APPROVAL\",\"minApprovals\":\"two\"}]}"),
                "a definition the reader refuses is refused before anything is written");
    }

    @Test
    void aSelectionWithoutALabelIsStoredWithoutOneSoEarlierDefinitionsStayAsTheyAre() {
        WorkflowDefinition d = new WorkflowDefinition(null, "W", "", "a",
                List.of(WorkflowState.of("a", "A"), WorkflowState.of("b", "B")),
                List.of(new SelectionTransition("go", "a", "b")));
        String json = WorkflowDefinitionJson.write(d);
        assertFalse(json.contains("label"), json);
        assertEquals(null, ((SelectionTransition) WorkflowDefinitionJson.read(1, json).transitions().get(0)).label());
    }
}
