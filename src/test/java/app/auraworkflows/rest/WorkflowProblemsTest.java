package app.auraworkflows.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.auraworkflows.approval.Problem;
import app.auraworkflows.approval.ProblemCode;
import app.auraworkflows.testing.BundleI18nResolver;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Translation of the engine's problems with the real bundle. */
class WorkflowProblemsTest {
    private final WorkflowProblems problems = new WorkflowProblems(new BundleI18nResolver());

    @Test
    void translatesWithTheArgumentsFilledIn() {
        ProblemDto dto = problems.translate(Problem.warning("transitions[0].minApprovals",
                ProblemCode.MIN_APPROVALS_ABOVE_NAMED_USERS, 3, 2));
        assertEquals(new ProblemDto("transitions[0].minApprovals", "MIN_APPROVALS_ABOVE_NAMED_USERS", "WARNING",
                "Min. approvals (3) is more than the 2 named reviewers; add reviewers or a group."), dto);
    }

    @Test
    void everyProblemCodeHasABundleText() {
        for (ProblemCode code : ProblemCode.values()) {
            String key = WorkflowProblems.messageKey(code);
            assertTrue(key.matches("aura\\.workflow\\.problem\\.[a-z0-9.]+"), key);
            String message = problems.translate(Problem.error("f", code, "a", "b")).message();
            assertFalse(message.isBlank() || message.equals(key), code.name() + " has no text in the bundle");
        }
        assertEquals("aura.workflow.problem.initial.state.unknown",
                WorkflowProblems.messageKey(ProblemCode.INITIAL_STATE_UNKNOWN));
    }

    @Test
    void aShortcutPastSignaturesSaysWhyItIsRefused() {
        String message = problems.translate(Problem.error("transitions[2].to", ProblemCode.SELECTION_SKIPS_TWO_FACTOR,
                "in-review", "published", "review")).message();
        assertTrue(message.contains("any page editor could skip the signatures"), message);
    }

    @Test
    void splitsErrorsFromWarnings() {
        List<Problem> found = List.of(Problem.error("name", ProblemCode.NAME_MISSING),
                Problem.warning("transitions[0].minRejections", ProblemCode.MIN_REJECTIONS_ABOVE_NAMED_USERS, 2, 1));
        assertEquals(List.of("NAME_MISSING"), problems.errors(found).stream().map(ProblemDto::code).toList());
        assertEquals(List.of("MIN_REJECTIONS_ABOVE_NAMED_USERS"), problems.warnings(found).stream().map(ProblemDto::code).toList());
    }
}
