package app.auraworkflows.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.auraworkflows.approval.ApprovalTransition;
import app.auraworkflows.approval.Problem;
import app.auraworkflows.approval.ProblemCode;
import app.auraworkflows.approval.SelectionTransition;
import app.auraworkflows.approval.WorkflowDefinition;
import app.auraworkflows.approval.WorkflowTemplates;
import app.auraworkflows.approval.WorkflowValidator;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The REST definition JSON ({@link WorkflowDto}) ↔ engine definition mapping. */
class WorkflowMappingTest {

    private static WorkflowDto.TransitionDto approval(Integer min, Integer rej, Boolean all) {
        return new WorkflowDto.TransitionDto("review", "APPROVAL", "draft", null, "done", "draft",
                new WorkflowDto.ReviewersDto(List.of("alice"), List.of("reviewers")), min, rej, all,
                "Approve it", "", true, null, null);
    }

    private static WorkflowDto dto(WorkflowDto.TransitionDto... transitions) {
        return new WorkflowDto(null, "Flow", "desc", "draft",
                List.of(new WorkflowDto.StateDto("draft", "Draft", "#123456"), new WorkflowDto.StateDto("done", "Done", " ")),
                Arrays.asList(transitions));
    }

    @Test
    void readsEveryApprovalField() {
        WorkflowMapping.Read read = WorkflowMapping.read(dto(approval(2, 3, true)));

        assertEquals(List.of(), read.problems());
        ApprovalTransition a = assertInstanceOf(ApprovalTransition.class, read.definition().transitions().get(0));
        assertEquals("review", a.key());
        assertEquals("draft", a.from());
        assertEquals("done", a.approveTo());
        assertEquals("draft", a.rejectTo());
        assertEquals(List.of("alice"), a.reviewers().users());
        assertEquals(List.of("reviewers"), a.reviewers().groups());
        assertEquals(2, a.minApprovals());
        assertEquals(3, a.minRejections());
        assertTrue(a.requireAll());
        assertEquals("Approve it", a.approveLabel());
        assertNull(a.rejectLabel(), "a blank label means the default label");
        assertTrue(a.requireTwoFactor());
        assertEquals("#123456", read.definition().states().get(0).colour());
        assertNull(read.definition().states().get(1).colour(), "a blank colour means the default colour");
    }

    @Test
    void missingThresholdsAndFlagsTakeTheDefaultsButAnExplicitZeroIsKeptForTheValidator() {
        ApprovalTransition defaults = (ApprovalTransition) WorkflowMapping.read(dto(approval(null, null, null)))
                .definition().transitions().get(0);
        assertEquals(1, defaults.minApprovals());
        assertEquals(1, defaults.minRejections());
        assertFalse(defaults.requireAll());

        WorkflowDefinition zero = WorkflowMapping.read(dto(approval(0, 1, false))).definition();
        assertEquals(0, ((ApprovalTransition) zero.transitions().get(0)).minApprovals());
        assertTrue(WorkflowValidator.validate(zero).stream()
                .anyMatch(p -> p.code() == ProblemCode.MIN_APPROVALS_BELOW_ONE && p.field().equals("transitions[0].minApprovals")));
    }

    @Test
    void unknownTypesAreReportedAtTheirIndexAndKeepTheIndicesOfLaterRows() {
        WorkflowDto.TransitionDto odd = new WorkflowDto.TransitionDto("odd", "TELEPORT", "draft", "done",
                null, null, null, null, null, null, null, null, null, null, null);
        WorkflowMapping.Read read = WorkflowMapping.read(dto(odd, null, approval(0, 1, false)));

        assertEquals(List.of(Problem.error("transitions[0].type", ProblemCode.TRANSITION_TYPE_UNKNOWN, "TELEPORT"),
                Problem.error("transitions[1].type", ProblemCode.TRANSITION_TYPE_UNKNOWN, "")), read.problems());
        assertEquals(3, read.definition().transitions().size());
        // The approval is still the third row, so the validator's path points at the row the client sent.
        assertTrue(WorkflowValidator.validate(read.definition()).stream()
                .anyMatch(p -> p.field().equals("transitions[2].minApprovals")));
    }

    @Test
    void writesSelectionRowsWithOnlyKeyTypeFromToAndLabel() {
        WorkflowDto written = WorkflowMapping.write(WorkflowTemplates.basicApproval().withId(7L));

        assertEquals(7L, written.id());
        WorkflowDto.TransitionDto submit = written.transitions().get(0);
        assertEquals(new WorkflowDto.TransitionDto("submit", "SELECTION", "draft", "in-review", null, null, null,
                null, null, null, null, null, null, null, "Submit for review"), submit);
        WorkflowDto.TransitionDto review = written.transitions().get(1);
        assertEquals("APPROVAL", review.type());
        assertNull(review.to());
        assertEquals(List.of("reviewers"), review.reviewers().groups());
        assertEquals(1, review.minApprovals());
        assertEquals(Boolean.FALSE, review.requireTwoFactor());
    }

    @Test
    void writeThenReadGivesTheSameDefinition() {
        WorkflowDefinition basic = WorkflowTemplates.basicApproval();
        WorkflowDefinition again = WorkflowMapping.read(WorkflowMapping.write(basic)).definition();
        assertEquals(basic, again);
        assertInstanceOf(SelectionTransition.class, again.transitions().get(0));
    }

    @Test
    void summaryHasNoTransitions() {
        WorkflowSummaryDto summary = WorkflowMapping.summary(WorkflowTemplates.basicApproval().withId(3L));
        assertEquals(3L, summary.id());
        assertEquals(3, summary.states().size());
        assertEquals("draft", summary.initialState());
    }

    @Test
    void aBlankSelectionLabelIsReadAsNoLabel() {
        WorkflowDto.TransitionDto blank = new WorkflowDto.TransitionDto("submit", "SELECTION", "draft", "done",
                null, null, null, null, null, null, null, null, null, null, "  ");
        WorkflowDto.TransitionDto named = new WorkflowDto.TransitionDto("send", "SELECTION", "draft", "done",
                null, null, null, null, null, null, null, null, null, null, "Send for sign-off");

        WorkflowMapping.Read read = WorkflowMapping.read(dto(blank, named));

        assertNull(((SelectionTransition) read.definition().transitions().get(0)).label());
        assertEquals("Send for sign-off", ((SelectionTransition) read.definition().transitions().get(1)).label());
    }
}
