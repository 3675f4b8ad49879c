package app.auraworkflows.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
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
    void reviewerNamesAreTrimmedAndDeduplicatedIgnoringCase() {
        Reviewers r = new Reviewers(List.of(" alice ", "Alice", "bob"), java.util.Arrays.asList("g", null, "G"));
        assertEquals(List.of("alice", "bob"), r.users());
        assertEquals(List.of("g", ""), r.groups());
    }

    // ---------- selections past an approval ----------

    /** Draft → (submit) → In Review ⇒ Published / Draft, plus a selection out of In Review to {@code to}. */
    private static WorkflowDefinition withShortcut(boolean requireTwoFactor, String to) {
        return new WorkflowDefinition(null, "W", "", "draft",
                List.of(WorkflowState.of("draft", "Draft"), WorkflowState.of("in-review", "In Review"),
                        WorkflowState.of("published", "Published")),
                List.of(new SelectionTransition("submit", "draft", "in-review"),
                        ApprovalTransition.of("review", "in-review", "published", "draft", Reviewers.groups("reviewers"))
                                .withRequireTwoFactor(requireTwoFactor),
                        new SelectionTransition("skip", "in-review", to)));
    }

    @Test
    void aSelectionFromATwoFactorApprovalStateToItsApproveTargetIsRefusedAtItsTarget() {
        List<Problem> problems = WorkflowValidator.validate(withShortcut(true, "published"));
        assertEquals(List.of("E transitions[2].to SELECTION_SKIPS_TWO_FACTOR[in-review, published, review]"),
                found(withShortcut(true, "published")));
        assertTrue(WorkflowValidator.hasErrors(problems));
    }

    @Test
    void theSameShortcutPastAnUnprotectedApprovalIsOnlyAWarning() {
        List<Problem> problems = WorkflowValidator.validate(withShortcut(false, "published"));
        assertEquals(List.of("W transitions[2].to SELECTION_SKIPS_APPROVAL[in-review, published, review]"),
                found(withShortcut(false, "published")));
        assertFalse(WorkflowValidator.hasErrors(problems));
    }

    @Test
    void aSelectionFromATwoFactorApprovalStateElsewhereIsFine() {
        // Withdrawing back to Draft (the reject target) moves no page past the signatures.
        assertEquals(List.of(), found(withShortcut(true, "draft")));
        assertEquals(List.of(), found(withShortcut(false, "draft")));
    }

    @Test
    void aSelectionToTheApproveTargetFromAnotherStateIsNotAShortcutOfThatApproval() {
        WorkflowDefinition d = new WorkflowDefinition(null, "W", "", "draft",
                List.of(WorkflowState.of("draft", "Draft"), WorkflowState.of("in-review", "In Review"),
                        WorkflowState.of("published", "Published")),
                List.of(new SelectionTransition("submit", "draft", "in-review"),
                        ApprovalTransition.of("review", "in-review", "published", "draft", Reviewers.groups("reviewers"))
                                .withRequireTwoFactor(true),
                        new SelectionTransition("publish-draft", "draft", "published")));
        assertEquals(List.of(), found(d));
    }

    // ---------- page-edit transitions ----------

    private static WorkflowDefinition withEdits(boolean requireTwoFactor, EditTransition... edits) {
        List<WorkflowTransition> transitions = new java.util.ArrayList<>(List.of(
                new SelectionTransition("submit", "draft", "in-review"),
                ApprovalTransition.of("review", "in-review", "published", "draft", Reviewers.groups("reviewers"))
                        .withRequireTwoFactor(requireTwoFactor)));
        transitions.addAll(List.of(edits));
        return new WorkflowDefinition(null, "W", "", "draft",
                List.of(WorkflowState.of("draft", "Draft"), WorkflowState.of("in-review", "In Review"),
                        WorkflowState.of("published", "Published")), transitions);
    }

    @Test
    void basicApprovalsPageEditTransitionsAreValid() {
        assertEquals(List.of(), found(WorkflowTemplates.basicApproval()));
        assertEquals(List.of(), found(withEdits(true, new EditTransition("e1", "in-review", "draft"),
                new EditTransition("e2", "published", "draft"), new EditTransition("e3", "draft", "draft"))));
    }

    @Test
    void aPageEditNeedsAnExistingTargetAndAStateHasAtMostOne() {
        assertEquals(List.of("E transitions[2].to TO_STATE_MISSING[]", "E transitions[3].to TO_STATE_UNKNOWN[gone]",
                        "E transitions[4].from EDIT_ALREADY_FROM_STATE[in-review]"),
                found(withEdits(false, new EditTransition("e1", "in-review", null),
                        new EditTransition("e2", "published", "gone"), new EditTransition("e3", "in-review", "draft"))));
    }

    @Test
    void aPageEditPastATwoFactorApprovalIsRefusedAndPastAnUnprotectedOneWarned() {
        // Every editor can edit: an edit that lands on the approve target skips the signatures as a selection would.
        assertEquals(List.of("E transitions[2].to EDIT_SKIPS_TWO_FACTOR[in-review, published, review]"),
                found(withEdits(true, new EditTransition("sneak", "in-review", "published"))));
        assertEquals(List.of("W transitions[2].to EDIT_SKIPS_APPROVAL[in-review, published, review]"),
                found(withEdits(false, new EditTransition("sneak", "in-review", "published"))));
    }

    // ---------- size limits: each at n (accepted) and n + 1 (refused at its field) ----------

    private static WorkflowDefinition basic(String name, String description) {
        return new WorkflowDefinition(null, name, description, "a", STATES, List.of());
    }

    @Test
    void theNameMayHave255CharactersNotMore() {
        assertEquals(List.of(), found(basic("n".repeat(DefinitionLimits.MAX_NAME), "")));
        assertEquals(List.of("E name NAME_TOO_LONG[255]"), found(basic("n".repeat(DefinitionLimits.MAX_NAME + 1), "")));
    }

    @Test
    void theDescriptionMayHave2000CharactersNotMore() {
        assertEquals(List.of(), found(basic("W", "d".repeat(2000))));
        assertEquals(List.of("E description DESCRIPTION_TOO_LONG[2000]"), found(basic("W", "d".repeat(2001))));
    }

    private static WorkflowDefinition states(int count) {
        List<WorkflowState> states = IntStream.range(0, count).mapToObj(i -> WorkflowState.of("s" + i, "S" + i)).toList();
        return new WorkflowDefinition(null, "W", "", "s0", states, List.of());
    }

    @Test
    void aWorkflowMayHave50StatesNotMore() {
        assertEquals(List.of(), found(states(50)));
        assertEquals(List.of("E states STATES_TOO_MANY[50, 51]"), found(states(51)));
    }

    @Test
    void twentyThousandStatesGiveOneProblemNotOnePerState() {
        List<WorkflowState> states = IntStream.range(0, 20_000).mapToObj(i -> WorkflowState.of("", "")).toList();
        WorkflowDefinition d = new WorkflowDefinition(null, "W", "", null, states, List.of());
        assertEquals(List.of("E states STATES_TOO_MANY[50, 20000]"), found(d));
    }

    private static WorkflowDefinition transitions(int count) {
        List<WorkflowTransition> transitions = IntStream.range(0, count)
                .mapToObj(i -> (WorkflowTransition) new SelectionTransition("t" + i, "a", "b")).toList();
        return new WorkflowDefinition(null, "W", "", "a", STATES, transitions);
    }

    @Test
    void aWorkflowMayHave200TransitionsNotMore() {
        assertEquals(List.of(), found(transitions(200)));
        assertEquals(List.of("E transitions TRANSITIONS_TOO_MANY[200, 201]"), found(transitions(201)));
    }

    private static WorkflowDefinition keys(String stateKey, String stateName, String transitionKey) {
        return new WorkflowDefinition(null, "W", "", stateKey,
                List.of(WorkflowState.of(stateKey, stateName), WorkflowState.of("b", "B")),
                List.of(new SelectionTransition(transitionKey, stateKey, "b")));
    }

    @Test
    void keysMayHave64CharactersNotMore() {
        String ok = "k".repeat(DefinitionLimits.MAX_KEY);
        String tooLong = "k".repeat(DefinitionLimits.MAX_KEY + 1);
        assertEquals(List.of(), found(keys(ok, "A", ok)));
        assertEquals(List.of("E states[0].key STATE_KEY_TOO_LONG[64]", "E transitions[0].key TRANSITION_KEY_TOO_LONG[64]"),
                found(keys(tooLong, "A", tooLong)));
    }

    @Test
    void keysAreLettersDigitsDashesUnderscoresAndDots() {
        assertEquals(List.of(), found(keys("In_Review.2-b", "A", "go.2_x-y")));
        assertEquals(List.of("E states[0].key STATE_KEY_INVALID[in review]", "E transitions[0].key TRANSITION_KEY_INVALID[-go]"),
                found(keys("in review", "A", "-go")));
        assertEquals(List.of("E states[0].key STATE_KEY_INVALID[<b>]", "E transitions[0].key TRANSITION_KEY_INVALID[a\"b]"),
                found(keys("<b>", "A", "a\"b")));
    }

    @Test
    void stateNamesMayHave100CharactersNotMore() {
        assertEquals(List.of(), found(keys("a", "n".repeat(100), "go")));
        assertEquals(List.of("E states[0].name STATE_NAME_TOO_LONG[100]"), found(keys("a", "n".repeat(101), "go")));
    }

    @Test
    void coloursMayHave32CharactersNotMore() {
        WorkflowDefinition ok = new WorkflowDefinition(null, "W", "", "a",
                List.of(new WorkflowState("a", "A", "c".repeat(32))), List.of());
        WorkflowDefinition tooLong = new WorkflowDefinition(null, "W", "", "a",
                List.of(new WorkflowState("a", "A", "c".repeat(33))), List.of());
        assertEquals(List.of(), found(ok));
        assertEquals(List.of("E states[0].colour STATE_COLOUR_TOO_LONG[32]"), found(tooLong));
    }

    private static WorkflowDefinition approval(ApprovalTransition t) {
        return new WorkflowDefinition(null, "W", "", "a", STATES, List.of(t));
    }

    @Test
    void approvalLabelsMayHave100CharactersNotMore() {
        ApprovalTransition t = ApprovalTransition.of("r", "a", "b", "a", Reviewers.groups("g"));
        assertEquals(List.of(), found(approval(t.withLabels("l".repeat(100), "l".repeat(100)))));
        assertEquals(List.of("E transitions[0].approveLabel APPROVE_LABEL_TOO_LONG[100]",
                        "E transitions[0].rejectLabel REJECT_LABEL_TOO_LONG[100]"),
                found(approval(t.withLabels("l".repeat(101), "l".repeat(101)))));
    }

    @Test
    void selectionButtonLabelsMayHave100CharactersNotMoreAndNoControlCharacters() {
        java.util.function.Function<String, WorkflowDefinition> labelled = label -> new WorkflowDefinition(null, "W",
                "", "a", STATES, List.of(new SelectionTransition("go", "a", "b", label)));
        assertEquals(List.of(), found(labelled.apply("l".repeat(100))));
        assertEquals(List.of(), found(labelled.apply(null)));
        assertEquals(List.of("E transitions[0].label SELECTION_LABEL_TOO_LONG[100]"),
                found(labelled.apply("l".repeat(101))));
        assertEquals(List.of("E transitions[0].label TEXT_CONTROL_CHARACTER[]"), found(labelled.apply("Sub\u0007mit")));
    }

    private static Reviewers reviewers(int users, int groups) {
        return new Reviewers(IntStream.range(0, users).mapToObj(i -> "user" + i).toList(),
                IntStream.range(0, groups).mapToObj(i -> "group" + i).toList());
    }

    @Test
    void anApprovalMayHave100ReviewersUsersAndGroupsTogetherNotMore() {
        assertEquals(List.of(), found(approval(ApprovalTransition.of("r", "a", "b", "a", reviewers(60, 40)))));
        assertEquals(List.of("E transitions[0].reviewers REVIEWERS_TOO_MANY[100, 101]"),
                found(approval(ApprovalTransition.of("r", "a", "b", "a", reviewers(61, 40)))));
        assertEquals(List.of("E transitions[0].reviewers REVIEWERS_TOO_MANY[100, 100000]"),
                found(approval(ApprovalTransition.of("r", "a", "b", "a", reviewers(100_000, 0)))));
    }

    @Test
    void reviewerNamesMayHave255CharactersNotMore() {
        assertEquals(List.of(), found(approval(ApprovalTransition.of("r", "a", "b", "a",
                new Reviewers(List.of("u".repeat(255)), List.of("g".repeat(255)))))));
        assertEquals(List.of("E transitions[0].reviewers.users[0] REVIEWER_NAME_TOO_LONG[255]",
                        "E transitions[0].reviewers.groups[0] REVIEWER_NAME_TOO_LONG[255]"),
                found(approval(ApprovalTransition.of("r", "a", "b", "a",
                        new Reviewers(List.of("u".repeat(256)), List.of("g".repeat(256)))))));
    }

    @Test
    void aRefusedValueIsEchoedOnlyInPart() {
        String huge = "x ".repeat(500_000);
        Problem problem = WorkflowValidator.validate(keys(huge.strip(), "A", "go")).get(0);
        assertEquals(ProblemCode.STATE_KEY_TOO_LONG, problem.code());
        Problem unknown = WorkflowValidator.validate(new WorkflowDefinition(null, "W", "", huge, STATES, List.of())).get(0);
        assertEquals(ProblemCode.INITIAL_STATE_UNKNOWN, unknown.code());
        assertEquals(DefinitionLimits.MAX_ECHOED, unknown.args().get(0).length());
    }

    // ---------- reviewers who cannot review ----------

    /** A directory that knows {@code users} and {@code groups} and counts how often it is asked. */
    private static final class Directory implements ReviewerLookup {
        final Set<String> users;
        final Set<String> groups;
        final AtomicInteger lookups = new AtomicInteger();

        Directory(Set<String> users, Set<String> groups) {
            this.users = users;
            this.groups = groups;
        }

        @Override
        public boolean userCanReview(String username) {
            lookups.incrementAndGet();
            return users.contains(username);
        }

        @Override
        public boolean groupExists(String groupName) {
            lookups.incrementAndGet();
            return groups.contains(groupName);
        }
    }

    private static final Directory DIRECTORY = new Directory(Set.of("alice", "bob"), Set.of("reviewers"));

    private static List<String> found(WorkflowDefinition d, ReviewerLookup lookup) {
        return WorkflowValidator.validate(d, Set.of(), lookup).stream()
                .map(p -> p.severity().name().charAt(0) + " " + p.field() + " " + p.code() + p.args())
                .toList();
    }

    @Test
    void unknownUsersAndGroupsAreRefusedAtTheirFields() {
        WorkflowDefinition d = approval(ApprovalTransition.of("r", "a", "b", "a",
                new Reviewers(List.of("ghost"), List.of("nobody"))));
        assertEquals(List.of("E transitions[0].reviewers.users[0] REVIEWER_USER_UNKNOWN[ghost]",
                "E transitions[0].reviewers.groups[0] REVIEWER_GROUP_UNKNOWN[nobody]",
                "W transitions[0].reviewers REVIEWERS_NONE_EXIST[]"), found(d, DIRECTORY));
        assertTrue(WorkflowValidator.hasErrors(WorkflowValidator.validate(d, Set.of(), DIRECTORY)));
    }

    @Test
    void anUnknownUserBesideKnownReviewersIsStillRefused() {
        WorkflowDefinition d = approval(ApprovalTransition.of("r", "a", "b", "a",
                new Reviewers(List.of("alice", "alcie"), List.of("reviewers"))));
        assertEquals(List.of("E transitions[0].reviewers.users[1] REVIEWER_USER_UNKNOWN[alcie]"), found(d, DIRECTORY));
    }

    @Test
    void minApprovalsCountsOnlyTheNamedUsersWhoCanReview() {
        // Three named, one unknown, no group: two can approve, so 3 approvals can never be reached.
        WorkflowDefinition three = approval(ApprovalTransition.of("r", "a", "b", "a",
                Reviewers.users("alice", "bob", "ghost")).withThresholds(3, 1, false));
        assertEquals(List.of("E transitions[0].reviewers.users[2] REVIEWER_USER_UNKNOWN[ghost]",
                "W transitions[0].minApprovals MIN_APPROVALS_ABOVE_NAMED_USERS[3, 2]"), found(three, DIRECTORY));
        WorkflowDefinition two = approval(ApprovalTransition.of("r", "a", "b", "a",
                Reviewers.users("alice", "bob")).withThresholds(2, 1, false));
        assertEquals(List.of(), found(two, DIRECTORY));
    }

    @Test
    void theDirectoryIsAskedOncePerReviewerAndNotAtAllForAnInvalidDefinition() {
        Directory directory = new Directory(Set.of("alice"), Set.of());
        WorkflowDefinition valid = approval(ApprovalTransition.of("r", "a", "b", "a", reviewers(60, 40)));
        found(valid, directory);
        assertEquals(100, directory.lookups.get());

        Directory untouched = new Directory(Set.of(), Set.of());
        WorkflowDefinition invalid = new WorkflowDefinition(null, "", "", "a", STATES,
                List.of(ApprovalTransition.of("r", "a", "b", "a", reviewers(60, 40))));
        found(invalid, untouched);
        assertEquals(0, untouched.lookups.get(), "an invalid definition costs no directory lookups");
        WorkflowDefinition oversized = approval(ApprovalTransition.of("r", "a", "b", "a", reviewers(100_000, 0)));
        found(oversized, untouched);
        assertEquals(0, untouched.lookups.get());
    }
}
