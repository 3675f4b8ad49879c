package app.auraworkflows.approval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a workflow definition and returns EVERY problem found (not just the first), each with the path
 * of its field, so "Save Workflow" can explain all of them at once. Errors block saving; warnings do not.
 *
 * <p>Rules: a name (at most 255 characters); at least one state; state keys present and unique, names
 * present; an initial state that exists; transition keys present and unique; every from/to/approve/reject
 * state present and existing; thresholds at least 1; an approval transition has at least one reviewer; at
 * most one approval transition per state (one round per state: two parallel approvals out of one state
 * would race for the page). Warning: Min. approvals (or rejections) above the number of named users when
 * no group is named, because such a round can never reach its threshold.
 */
public final class WorkflowValidator {
    public static final int MAX_NAME = 255;

    private WorkflowValidator() {
    }

    /** Every problem of {@code definition}, in field order. */
    public static List<Problem> validate(WorkflowDefinition definition) {
        return validate(definition, Set.of());
    }

    /**
     * As {@link #validate(WorkflowDefinition)}, plus: every state in {@code occupiedStates} (states pages
     * are currently in) must still exist.
     */
    public static List<Problem> validate(WorkflowDefinition definition, Set<String> occupiedStates) {
        List<Problem> problems = new ArrayList<>();
        if (isBlank(definition.name())) {
            problems.add(Problem.error("name", ProblemCode.NAME_MISSING));
        } else if (definition.name().strip().length() > MAX_NAME) {
            problems.add(Problem.error("name", ProblemCode.NAME_TOO_LONG, MAX_NAME));
        }

        Set<String> stateKeys = new HashSet<>();
        if (definition.states().isEmpty()) {
            problems.add(Problem.error("states", ProblemCode.STATES_MISSING));
        }
        for (int i = 0; i < definition.states().size(); i++) {
            WorkflowState state = definition.states().get(i);
            String path = "states[" + i + "]";
            if (isBlank(state.key())) {
                problems.add(Problem.error(path + ".key", ProblemCode.STATE_KEY_MISSING));
            } else if (!stateKeys.add(state.key())) {
                problems.add(Problem.error(path + ".key", ProblemCode.STATE_KEY_DUPLICATE, state.key()));
            }
            if (isBlank(state.name())) {
                problems.add(Problem.error(path + ".name", ProblemCode.STATE_NAME_MISSING,
                        state.key() == null ? "" : state.key()));
            }
        }
        for (String occupied : occupiedStates) {
            if (!stateKeys.contains(occupied)) {
                problems.add(Problem.error("states", ProblemCode.STATE_IN_USE, occupied));
            }
        }

        if (isBlank(definition.initialState())) {
            problems.add(Problem.error("initialState", ProblemCode.INITIAL_STATE_MISSING));
        } else if (!stateKeys.contains(definition.initialState())) {
            problems.add(Problem.error("initialState", ProblemCode.INITIAL_STATE_UNKNOWN, definition.initialState()));
        }

        Set<String> transitionKeys = new HashSet<>();
        Map<String, Integer> approvalFrom = new HashMap<>();
        for (int i = 0; i < definition.transitions().size(); i++) {
            WorkflowTransition transition = definition.transitions().get(i);
            String path = "transitions[" + i + "]";
            if (isBlank(transition.key())) {
                problems.add(Problem.error(path + ".key", ProblemCode.TRANSITION_KEY_MISSING));
            } else if (!transitionKeys.add(transition.key())) {
                problems.add(Problem.error(path + ".key", ProblemCode.TRANSITION_KEY_DUPLICATE, transition.key()));
            }
            state(problems, stateKeys, path + ".from", transition.from(),
                    ProblemCode.FROM_STATE_MISSING, ProblemCode.FROM_STATE_UNKNOWN);
            if (transition instanceof SelectionTransition selection) {
                state(problems, stateKeys, path + ".to", selection.to(),
                        ProblemCode.TO_STATE_MISSING, ProblemCode.TO_STATE_UNKNOWN);
            } else if (transition instanceof ApprovalTransition approval) {
                approval(problems, stateKeys, path, approval);
                if (!isBlank(approval.from()) && approvalFrom.putIfAbsent(approval.from(), i) != null) {
                    problems.add(Problem.error(path + ".from", ProblemCode.APPROVAL_ALREADY_FROM_STATE, approval.from()));
                }
            }
        }
        problems.addAll(WorkflowTextRule.problems(definition));
        return List.copyOf(problems);
    }

    /** Whether any of {@code problems} is an error (errors block saving; warnings do not). */
    public static boolean hasErrors(List<Problem> problems) {
        return problems.stream().anyMatch(Problem::isError);
    }

    private static void approval(List<Problem> problems, Set<String> stateKeys, String path, ApprovalTransition t) {
        state(problems, stateKeys, path + ".approveTo", t.approveTo(),
                ProblemCode.APPROVE_TARGET_MISSING, ProblemCode.APPROVE_TARGET_UNKNOWN);
        state(problems, stateKeys, path + ".rejectTo", t.rejectTo(),
                ProblemCode.REJECT_TARGET_MISSING, ProblemCode.REJECT_TARGET_UNKNOWN);
        if (t.minApprovals() < 1) {
            problems.add(Problem.error(path + ".minApprovals", ProblemCode.MIN_APPROVALS_BELOW_ONE));
        }
        if (t.minRejections() < 1) {
            problems.add(Problem.error(path + ".minRejections", ProblemCode.MIN_REJECTIONS_BELOW_ONE));
        }
        Reviewers reviewers = t.reviewers();
        List<String> users = reviewers.users();
        List<String> groups = reviewers.groups();
        for (int j = 0; j < users.size(); j++) {
            if (users.get(j).isEmpty()) {
                problems.add(Problem.error(path + ".reviewers.users[" + j + "]", ProblemCode.REVIEWER_NAME_BLANK));
            }
        }
        for (int j = 0; j < groups.size(); j++) {
            if (groups.get(j).isEmpty()) {
                problems.add(Problem.error(path + ".reviewers.groups[" + j + "]", ProblemCode.REVIEWER_NAME_BLANK));
            }
        }
        long namedUsers = users.stream().filter(u -> !u.isEmpty()).count();
        long namedGroups = groups.stream().filter(g -> !g.isEmpty()).count();
        if (namedUsers == 0 && namedGroups == 0) {
            problems.add(Problem.error(path + ".reviewers", ProblemCode.REVIEWERS_MISSING));
        } else if (namedGroups == 0) {
            if (t.minApprovals() > namedUsers && !t.requireAll()) {
                problems.add(Problem.warning(path + ".minApprovals", ProblemCode.MIN_APPROVALS_ABOVE_NAMED_USERS,
                        t.minApprovals(), namedUsers));
            }
            if (t.minRejections() > namedUsers) {
                problems.add(Problem.warning(path + ".minRejections", ProblemCode.MIN_REJECTIONS_ABOVE_NAMED_USERS,
                        t.minRejections(), namedUsers));
            }
        }
    }

    private static void state(List<Problem> problems, Set<String> stateKeys, String field, String key,
                              ProblemCode missing, ProblemCode unknown) {
        if (isBlank(key)) {
            problems.add(Problem.error(field, missing));
        } else if (!stateKeys.contains(key)) {
            problems.add(Problem.error(field, unknown, key));
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
