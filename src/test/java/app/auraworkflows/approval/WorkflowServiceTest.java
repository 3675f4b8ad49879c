package app.auraworkflows.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Creating, updating, deleting and listing workflow definitions. */
class WorkflowServiceTest {
    private final ApprovalFixture f = new ApprovalFixture();
    private final WorkflowService workflows = f.workflowService();

    @Test
    void bothTemplatesAreValidAndNotStored() {
        f.groups.add("reviewers", "alice");
        assertEquals(List.of(WorkflowTemplates.BASIC_APPROVAL, WorkflowTemplates.BLANK),
                workflows.templates().stream().map(WorkflowTemplates.Template::key).toList());
        for (WorkflowTemplates.Template t : workflows.templates()) {
            assertEquals(List.of(), workflows.validate(t.definition()), t.key());
            assertNull(t.definition().id());
        }
        assertTrue(workflows.list().isEmpty());
    }

    @Test
    void theGroupPickerShowsUpToTheLimitOfGroupsStartingWithTheTextAndSaysWhenThereAreMore() {
        f.groups.add("reviewers", "alice").add("Reviewers-EMEA", "bob").add("legal", "carol").add("review-board", "dave");
        assertEquals(new WorkflowService.GroupSearch(List.of("Reviewers-EMEA", "review-board"), true),
                workflows.searchGroups(" REVIEW", 2), "case ignored, the text trimmed; one more asked for to know");
        assertEquals(new WorkflowService.GroupSearch(List.of("Reviewers-EMEA", "review-board", "reviewers"), false),
                workflows.searchGroups("review", 10));
        assertEquals(new WorkflowService.GroupSearch(List.of(), false), workflows.searchGroups("  ", 10));
        assertEquals(1, workflows.searchGroups("l", 0).names().size(), "at least one is shown");
        assertEquals(WorkflowService.MAX_GROUP_SEARCH, 25);
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
        assertEquals(Optional.of(new EditTransition("edit-in-review", "in-review", "draft")), basic.editFrom("in-review"));
        assertEquals(Optional.of(new EditTransition("edit-published", "published", "draft")), basic.editFrom("published"));
        assertTrue(basic.editFrom("draft").isEmpty());
        assertFalse(basic.isTerminal("published"), "an edit leads out of Published");
        assertEquals(1, WorkflowTemplates.blank().states().size());
    }

    @Test
    void workflowNamesAreUniqueIgnoringCaseAndTheProblemStandsAtTheName() {
        WorkflowDefinition d = ApprovalFixture.reviewWorkflow(Reviewers.users("alice"), 1, 1, false);
        SaveResult first = workflows.create(new WorkflowDefinition(null, "Legal review", "", d.initialState(), d.states(),
                d.transitions()));
        assertEquals(SaveResult.Outcome.SAVED, first.outcome());

        SaveResult twin = workflows.create(new WorkflowDefinition(null, "  LEGAL Review ", "", d.initialState(),
                d.states(), d.transitions()));
        assertEquals(SaveResult.Outcome.INVALID, twin.outcome());
        assertEquals("name", twin.problems().get(0).field());
        assertEquals(ProblemCode.NAME_DUPLICATE, twin.problems().get(0).code());
        assertEquals(1, f.workflows.list().size(), "nothing stored");

        assertEquals(SaveResult.Outcome.SAVED, workflows.update(first.id(), new WorkflowDefinition(null, "legal review",
                "renamed in case only", d.initialState(), d.states(), d.transitions())).outcome(), "its own name");
        long other = workflows.create(new WorkflowDefinition(null, "Finance review", "", d.initialState(), d.states(),
                d.transitions())).id();
        assertEquals(ProblemCode.NAME_DUPLICATE, workflows.update(other, new WorkflowDefinition(null, "Legal Review", "",
                d.initialState(), d.states(), d.transitions())).problems().get(0).code());
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
        f.groups.add("reviewers", "alice");
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

    @Test
    void savingRefusesReviewersTheDirectoryDoesNotKnowOrWhoAreDeactivatedAtTheirFields() {
        f.groups.add("legal", "alice");
        WorkflowDefinition d = ApprovalFixture.reviewWorkflow(
                new Reviewers(List.of("alice", "ghost", "gone"), List.of("legal", "nobody")), 1, 1, false);
        SaveResult refused = workflows.create(d);
        assertEquals(SaveResult.Outcome.INVALID, refused.outcome());
        assertEquals(List.of("transitions[1].reviewers.users[1] REVIEWER_USER_UNKNOWN",
                        "transitions[1].reviewers.users[2] REVIEWER_USER_UNKNOWN",
                        "transitions[1].reviewers.groups[1] REVIEWER_GROUP_UNKNOWN"),
                refused.problems().stream().map(p -> p.field() + " " + p.code()).toList());
        assertTrue(refused.problems().stream().allMatch(Problem::isError));
        assertTrue(workflows.list().isEmpty(), "nothing is saved");
    }

    @Test
    void aWorkflowForEditingNamesItsNamedReviewersAsPeople() {
        long id = workflows.create(ApprovalFixture.reviewWorkflow(Reviewers.users("alice", "bob"), 1, 1, false)).id();
        WorkflowService.EditableWorkflow editable = workflows.forEditing(id).orElseThrow();
        assertEquals(java.util.Map.of("alice", "Alice Reviewer", "bob", "Bob Reviewer"), editable.reviewerNames());
        assertEquals(workflows.get(id).orElseThrow(), editable.definition());
        assertTrue(workflows.forEditing(999).isEmpty());
    }

    @Test
    void theBasicTemplateIsRefusedUntilItsReviewersGroupExists() {
        SaveResult refused = workflows.create(WorkflowTemplates.basicApproval());
        assertEquals(SaveResult.Outcome.INVALID, refused.outcome());
        assertEquals(List.of(ProblemCode.REVIEWER_GROUP_UNKNOWN, ProblemCode.REVIEWERS_NONE_EXIST),
                refused.problems().stream().map(Problem::code).toList());
        f.groups.add("reviewers", "alice");
        SaveResult saved = workflows.create(WorkflowTemplates.basicApproval());
        assertEquals(SaveResult.Outcome.SAVED, saved.outcome());
        assertEquals(List.of(), saved.problems());
    }

    @Test
    void aFailingDirectoryNeitherBlocksNorWarns() {
        WorkflowService failing = new DefaultWorkflowService(f.workflows, f.instances, f.transactions, () -> f.clock,
                new app.auraworkflows.kernel.UserDirectory() {
                    @Override
                    public java.util.Optional<app.auraworkflows.kernel.DirectoryUser> byUsername(String username) {
                        throw new IllegalStateException("LDAP down");
                    }

                    @Override
                    public java.util.Optional<app.auraworkflows.kernel.DirectoryUser> byKey(String userKey) {
                        throw new IllegalStateException("LDAP down");
                    }

                    @Override
                    public List<app.auraworkflows.kernel.DirectoryUser> search(String query, int limit) {
                        return List.of();
                    }
                }, new GroupDirectory() {
                    @Override
                    public boolean exists(String name) {
                        throw new IllegalStateException("LDAP down");
                    }

                    @Override
                    public List<String> namesStartingWith(String prefix, int limit) {
                        throw new IllegalStateException("LDAP down");
                    }
                });
        SaveResult saved = failing.create(ApprovalFixture.reviewWorkflow(new Reviewers(List.of("alice"), List.of("g")), 1, 1, false));
        assertEquals(SaveResult.Outcome.SAVED, saved.outcome());
        assertEquals(List.of(), saved.problems());
    }

    @Test
    void aShortcutPastATwoFactorApprovalIsNotStored() {
        WorkflowDefinition d = ApprovalFixture.reviewWorkflow(Reviewers.users("alice"), 1, 1, false);
        List<WorkflowTransition> transitions = new java.util.ArrayList<>(d.transitions());
        transitions.set(1, ((ApprovalTransition) transitions.get(1)).withRequireTwoFactor(true));
        transitions.add(new SelectionTransition("skip", "in-review", "published"));
        SaveResult result = workflows.create(new WorkflowDefinition(null, "Signed", "", d.initialState(), d.states(), transitions));
        assertEquals(SaveResult.Outcome.INVALID, result.outcome());
        assertEquals(List.of("transitions[2].to SELECTION_SKIPS_TWO_FACTOR"),
                result.problems().stream().map(p -> p.field() + " " + p.code()).toList());
        assertTrue(workflows.list().isEmpty());
    }
}
