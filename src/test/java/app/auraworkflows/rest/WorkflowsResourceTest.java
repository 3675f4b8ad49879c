package app.auraworkflows.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.auraworkflows.approval.Problem;
import app.auraworkflows.approval.ProblemCode;
import app.auraworkflows.approval.SaveResult;
import app.auraworkflows.approval.WorkflowDefinition;
import app.auraworkflows.approval.WorkflowService;
import app.auraworkflows.approval.WorkflowTemplates;
import app.auraworkflows.approval.WorkflowValidator;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The guard clauses and status mapping of {@link WorkflowsResource}, over a scripted service. */
class WorkflowsResourceTest extends RestTestSupport {
    private final ScriptedService service = new ScriptedService();
    private final WorkflowsResource resource = new WorkflowsResource(service, permissions, errors,
            new WorkflowProblems(i18n));

    private static WorkflowDto basic() {
        return WorkflowMapping.write(WorkflowTemplates.basicApproval());
    }

    @Test
    void anonymousIs401AndNonAdminsAre403ForChanges() {
        assertError(resource.list(request), 401, "UNAUTHORIZED");
        signedIn("erin", false);
        assertEquals(200, resource.list(request).getStatus());
        assertError(resource.create(request, basic()), 403, "FORBIDDEN");
        assertError(resource.update(request, "1", basic()), 403, "FORBIDDEN");
        assertError(resource.delete(request, "1"), 403, "FORBIDDEN");
        assertError(resource.get(request, "1"), 403, "FORBIDDEN");
        assertTrue(service.created.isEmpty());
    }

    @Test
    void deleteMapsEveryOutcome() {
        signedIn("admin", true);
        service.deleteOutcome = WorkflowService.DeleteOutcome.IN_USE;
        assertError(resource.delete(request, "5"), 409, "IN_USE");
        service.deleteOutcome = WorkflowService.DeleteOutcome.NOT_FOUND;
        assertError(resource.delete(request, "5"), 404, "NOT_FOUND");
        service.deleteOutcome = WorkflowService.DeleteOutcome.DELETED;
        assertEquals(204, resource.delete(request, "5").getStatus());
        assertError(resource.delete(request, "x5"), 404, "NOT_FOUND");
    }

    @Test
    void createIs201WithWarningsOr400WithEveryProblem() {
        signedIn("admin", true);
        Response created = resource.create(request, basic());
        assertEquals(201, created.getStatus());
        assertEquals(41L, assertInstanceOf(SavedWorkflowDto.class, created.getEntity()).id());

        WorkflowDto bad = new WorkflowDto(null, "", "", "nowhere", List.of(), List.of());
        Response refused = resource.create(request, bad);
        assertEquals(400, refused.getStatus());
        InvalidWorkflowDto body = assertInstanceOf(InvalidWorkflowDto.class, refused.getEntity());
        assertEquals("INVALID_WORKFLOW", body.error());
        assertEquals(List.of("name", "states", "initialState"),
                body.problems().stream().map(ProblemDto::field).toList());
        assertError(resource.create(request, null), 400, "INVALID_INPUT");
    }

    @Test
    void updateOfAMissingWorkflowIs404BeforeTheBodyIsLookedAt() {
        signedIn("admin", true);
        assertError(resource.update(request, "77", null), 404, "NOT_FOUND");
        service.stored = Optional.of(WorkflowTemplates.basicApproval().withId(77L));
        assertError(resource.update(request, "77", null), 400, "INVALID_INPUT");
        assertEquals(200, resource.update(request, "77", basic()).getStatus());
    }

    @Test
    void idsMustBePositiveWholeNumbers() {
        assertEquals(Optional.of(12L), WorkflowsResource.parseId("12"));
        for (String bad : new String[] {null, "", "0", "-3", "1e3", " 1", "9999999999999999999"}) {
            assertEquals(Optional.empty(), WorkflowsResource.parseId(bad), String.valueOf(bad));
        }
    }

    /** Answers like the real service where it matters (validation), and records what was saved. */
    private static final class ScriptedService implements WorkflowService {
        final List<WorkflowDefinition> created = new ArrayList<>();
        Optional<WorkflowDefinition> stored = Optional.empty();
        DeleteOutcome deleteOutcome = DeleteOutcome.DELETED;

        @Override public List<WorkflowDefinition> list() { return List.of(); }
        @Override public GroupSearch searchGroups(String prefix, int limit) { return new GroupSearch(List.of(), false); }
        @Override public Optional<WorkflowDefinition> get(long id) { return stored; }
        @Override public Optional<EditableWorkflow> forEditing(long id) {
            return stored.map(d -> new EditableWorkflow(d, java.util.Map.of()));
        }
        @Override public List<WorkflowTemplates.Template> templates() { return WorkflowTemplates.all(); }
        @Override public List<Problem> validate(WorkflowDefinition d) { return WorkflowValidator.validate(d); }
        @Override public int pagesUsing(long id) { return 0; }
        @Override public DeleteOutcome delete(long id) { return deleteOutcome; }

        @Override
        public SaveResult create(WorkflowDefinition d) {
            List<Problem> problems = WorkflowValidator.validate(d);
            if (WorkflowValidator.hasErrors(problems)) {
                return new SaveResult(SaveResult.Outcome.INVALID, null, problems);
            }
            created.add(d);
            return new SaveResult(SaveResult.Outcome.SAVED, 41L, problems);
        }

        @Override
        public SaveResult update(long id, WorkflowDefinition d) {
            return new SaveResult(SaveResult.Outcome.SAVED, id,
                    List.of(Problem.warning("transitions[1].minApprovals", ProblemCode.MIN_APPROVALS_ABOVE_NAMED_USERS, 2, 1)));
        }
    }
}
