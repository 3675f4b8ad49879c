package app.auraworkflows.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Creating, updating, deleting and listing workflow definitions. */
class WorkflowServiceTest {
    private final ApprovalFixture f = new ApprovalFixture();
    private final WorkflowService workflows = f.workflowService();

    @Test
    void bothTemplatesAreValidAndNotStored() {
        assertEquals(List.of(WorkflowTemplates.BASIC_APPROVAL, WorkflowTemplates.BLANK),
                workflows.templates().stream().map(WorkflowTemplates.Template::key).toList());
        for (WorkflowTemplates.Template t : workflows.templates()) {
            assertEquals(List.of(), workflows.validate(t.definition()), t.key());
            assertNull(t.definition().id());
        }
        assertTrue(workflows.list().isEmpty());
    }

    @Test
    void basicApprovalIsDraftInReviewPublishedWithTheReviewersGroup() {
        WorkflowDefinition basic = WorkflowTemplates.basicApproval();
        assertEquals("draft", basic.initialState());
        ApprovalTransition review = basic.approvalFrom("in-review").orElseThrow();
        assertEquals("published", review.approveTo());
        assertEquals("draft", review.rejectTo());
        assertEquals(List.of("reviewers"), review.reviewers().groups());
        assertEquals(1, review.minApprovals());
        assertEquals(1, review.minRejections());
        assertTrue(basic.isTerminal("published"));
        assertEquals(1, WorkflowTemplates.blank().states().size());
    }

    @Test
    void createStoresAValidWorkflowTrimmedAndReturnsItsWarnings() {
        WorkflowDefinition d = ApprovalFixture.reviewWorkflow(Reviewers.users("alice"), 2, 1, false);
        SaveResult saved = workflows.create(new WorkflowDefinition(99L, "  Review  ", null, d.initialState(), d.states(),
                d.transitions()));
        assertEquals(SaveResult.Outcome.SAVED, saved.outcome());
        assertEquals(List.of(ProblemCode.MIN_APPROVALS_ABOVE_NAMED_USERS),
                saved.problems().stream().map(Problem::code).toList());
        WorkflowDefinition stored = workflows.get(saved.id()).orElseThrow();
        assertEquals("Review", stored.name());
        assertEquals("", stored.description());
        assertEquals(saved.id(), stored.id());
    }

    @Test
    void anInvalidWorkflowIsNotStoredAndEveryProblemIsReported() {
        SaveResult result = workflows.create(new WorkflowDefinition(null, " ", "", "nowhere", List.of(), List.of()));
        assertEquals(SaveResult.Outcome.INVALID, result.outcome());
        assertNull(result.id());
        assertEquals(List.of(ProblemCode.NAME_MISSING, ProblemCode.STATES_MISSING, ProblemCode.INITIAL_STATE_UNKNOWN),
                result.problems().stream().map(Problem::code).toList());
        assertTrue(workflows.list().isEmpty());
    }

    @Test
    void updateReplacesTheDefinitionButKeepsStatesThatPagesAreIn() {
        long id = f.applyToPage(WorkflowTemplates.basicApproval()); // the page is in Draft
        WorkflowDefinition withoutDraft = new WorkflowDefinition(null, "No draft", "", "published",
                List.of(WorkflowState.of("published", "Published")), List.of());
        SaveResult refused = workflows.update(id, withoutDraft);
        assertEquals(SaveResult.Outcome.INVALID, refused.outcome());
        assertEquals(new Problem(Problem.Severity.ERROR, "states", ProblemCode.STATE_IN_USE, List.of("draft")),
                refused.problems().get(0));

        SaveResult renamed = workflows.update(id, new WorkflowDefinition(null, "Renamed", "",
                "draft", WorkflowTemplates.basicApproval().states(), WorkflowTemplates.basicApproval().transitions()));
        assertEquals(SaveResult.Outcome.SAVED, renamed.outcome());
        assertEquals("Renamed", workflows.get(id).orElseThrow().name());
        assertEquals(SaveResult.Outcome.NOT_FOUND, workflows.update(777, WorkflowTemplates.blank()).outcome());
    }

    @Test
    void aWorkflowInUseCannotBeDeleted() {
        long used = f.applyToPage(WorkflowTemplates.basicApproval());
        long unused = f.store(WorkflowTemplates.blank());
        assertEquals(WorkflowService.DeleteOutcome.IN_USE, workflows.delete(used));
        assertEquals(WorkflowService.DeleteOutcome.DELETED, workflows.delete(unused));
        assertEquals(WorkflowService.DeleteOutcome.NOT_FOUND, workflows.delete(unused));
        assertEquals(List.of(used), workflows.list().stream().map(WorkflowDefinition::id).toList());
    }
}
