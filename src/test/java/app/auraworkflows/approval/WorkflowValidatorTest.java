package app.auraworkflows.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The validator reports every problem at once, each at its field, with a code and arguments. */
class WorkflowValidatorTest {
    private static final List<WorkflowState> STATES = List.of(WorkflowState.of("a", "A"), WorkflowState.of("b", "B"));

    private static List<String> found(WorkflowDefinition d) {
        return WorkflowValidator.validate(d).stream()
                .map(p -> p.severity().name().charAt(0) + " " + p.field() + " " + p.code() + p.args())
                .toList();
    }

    @Test
    void aDefinitionWithManyMistakesGetsEveryOneReported() {
        WorkflowDefinition broken = new WorkflowDefinition(null, null, "", "",
                List.of(WorkflowState.of("a", "A"), WorkflowState.of("a", ""), WorkflowState.of(" ", "Nameless key")),
                List.of(
                        new ApprovalTransition("t1", "a", "zzz", null, Reviewers.NONE, 0, -1, false, null, null, false),
                        new SelectionTransition("t1", "missing", null),
                        new SelectionTransition(null, null, "a"),
                        ApprovalTransition.of("t4", "a", "a", "a", new Reviewers(List.of("bob", " "), List.of("")))));

        assertEquals(List.of(
                "E name NAME_MISSING[]",
                "E states[1].key STATE_KEY_DUPLICATE[a]",
                "E states[1].name STATE_NAME_MISSING[a]",
                "E states[2].key STATE_KEY_MISSING[]",
                "E initialState INITIAL_STATE_MISSING[]",
                "E transitions[0].approveTo APPROVE_TARGET_UNKNOWN[zzz]",
                "E transitions[0].rejectTo REJECT_TARGET_MISSING[]",
                "E transitions[0].minApprovals MIN_APPROVALS_BELOW_ONE[]",
                "E transitions[0].minRejections MIN_REJECTIONS_BELOW_ONE[]",
                "E transitions[0].reviewers REVIEWERS_MISSING[]",
                "E transitions[1].key TRANSITION_KEY_DUPLICATE[t1]",
                "E transitions[1].from FROM_STATE_UNKNOWN[missing]",
                "E transitions[1].to TO_STATE_MISSING[]",
                "E transitions[2].key TRANSITION_KEY_MISSING[]",
                "E transitions[2].from FROM_STATE_MISSING[]",
                "E transitions[3].reviewers.users[1] REVIEWER_NAME_BLANK[]",
                "E transitions[3].reviewers.groups[0] REVIEWER_NAME_BLANK[]",
                "E transitions[3].from APPROVAL_ALREADY_FROM_STATE[a]"), found(broken));
    }

    @Test
    void controlCharactersAreRefusedInEveryTextOfTheDefinitionButTheDescriptionMaySpanLines() {
        // PostgreSQL fails a statement carrying U+0000 (HSQLDB stores it): the engine never lets one through.
        WorkflowDefinition d = new WorkflowDefinition(null, "W\u0000", "line 1\r\n\tline 2", "a",
                List.of(WorkflowState.of("a", "A"), new WorkflowState("b", "B\u007F", "#fff\u001B")),
                List.of(new ApprovalTransition("r\t", "a", "b", "a", new Reviewers(List.of("al\u0000ice"),
                                List.of("g\u0001")), 1, 1, false, "Ok\n", null, false),
                        new SelectionTransition("s", "b", "a\u0000")));
        assertEquals(List.of(
                "E name TEXT_CONTROL_CHARACTER[]",
                "E states[1].name TEXT_CONTROL_CHARACTER[]",
                "E states[1].colour TEXT_CONTROL_CHARACTER[]",
                "E transitions[0].key TEXT_CONTROL_CHARACTER[]",
                "E transitions[0].approveLabel TEXT_CONTROL_CHARACTER[]",
                "E transitions[0].reviewers.users[0] TEXT_CONTROL_CHARACTER[]",
                "E transitions[0].reviewers.groups[0] TEXT_CONTROL_CHARACTER[]",
                "E transitions[1].to TEXT_CONTROL_CHARACTER[]"),
                found(d).stream().filter(f -> f.contains("TEXT_CONTROL")).toList());
        assertTrue(found(d).contains("E transitions[1].to TO_STATE_UNKNOWN[a\u0000]"), found(d).toString());
    }

    @Test
    void minApprovalsAboveTheNamedUsersWithoutAGroupIsAWarningNotAnError() {
        WorkflowDefinition d = new WorkflowDefinition(null, "W", "", "a", STATES, List.of(
                ApprovalTransition.of("r", "a", "b", "a", Reviewers.users("alice", "bob")).withThresholds(3, 3, false)));
        List<Problem> problems = WorkflowValidator.validate(d);
        assertEquals(List.of("W transitions[0].minApprovals MIN_APPROVALS_ABOVE_NAMED_USERS[3, 2]",
                "W transitions[0].minRejections MIN_REJECTIONS_ABOVE_NAMED_USERS[3, 2]"), found(d));
        assertFalse(WorkflowValidator.hasErrors(problems));
        assertEquals("Min. approvals (3) is more than the 2 named reviewers; add reviewers or a group.",
                problems.get(0).defaultMessage());
    }

    @Test
    void aGroupOrRequireAllSilencesTheApprovalThresholdWarning() {
        WorkflowDefinition withGroup = new WorkflowDefinition(null, "W", "", "a", STATES, List.of(ApprovalTransition
                .of("r", "a", "b", "a", new Reviewers(List.of("alice"), List.of("g"))).withThresholds(5, 5, false)));
        assertEquals(List.of(), found(withGroup));
        WorkflowDefinition requireAll = new WorkflowDefinition(null, "W", "", "a", STATES, List.of(ApprovalTransition
                .of("r", "a", "b", "a", Reviewers.users("alice")).withThresholds(5, 1, true)));
        assertEquals(List.of(), found(requireAll));
    }

    @Test
    void statesPagesAreInMustStay() {
        WorkflowDefinition d = new WorkflowDefinition(null, "W", "", "a", STATES, List.of());
        assertEquals(List.of(), WorkflowValidator.validate(d, Set.of("a", "b")));
        List<Problem> problems = WorkflowValidator.validate(d, Set.of("a", "gone"));
        assertEquals(List.of(Problem.error("states", ProblemCode.STATE_IN_USE, "gone")), problems);
    }

    @Test
    void aTooLongNameIsAnError() {
        WorkflowDefinition d = new WorkflowDefinition(null, "n".repeat(256), "", "a", STATES, List.of());
        assertEquals(List.of("E name NAME_TOO_LONG[255]"), found(d));
    }

    @Test
    void aStateWithoutOutgoingTransitionsIsTerminal() {
        WorkflowDefinition d = new WorkflowDefinition(null, "W", "", "a", STATES,
                List.of(new SelectionTransition("go", "a", "b")));
        assertFalse(d.isTerminal("a"));
        assertTrue(d.isTerminal("b"));
    }

    @Test
    void everyCodeHasAMessageKeyAndAnEnglishText() {
        for (ProblemCode code : ProblemCode.values()) {
            assertTrue(code.messageKey().matches("aura\\.workflow\\.problem\\.[a-z0-9.]+"), code.messageKey());
            assertFalse(code.defaultText().isBlank());
        }
        assertEquals("aura.workflow.problem.initial.state.unknown", ProblemCode.INITIAL_STATE_UNKNOWN.messageKey());
    }

    @Test
    void reviewerNamesAreTrimmedAndDeduplicatedIgnoringCase() {
        Reviewers r = new Reviewers(List.of(" alice ", "Alice", "bob"), java.util.Arrays.asList("g", null, "G"));
        assertEquals(List.of("alice", "bob"), r.users());
        assertEquals(List.of("g", ""), r.groups());
    }
}
