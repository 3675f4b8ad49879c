package app.auraworkflows.approval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a workflow definition and returns EVERY problem found (not just the first), each with the path
 * of its field, so "Save workflow" can explain all of them at once. Errors block saving; warnings do not.
 *
 * <p>Rules: a name; at least one state; state keys present, unique and well-formed, names present; an
 * initial state that exists; transition keys present, unique and well-formed; every from/to/approve/reject
 * state present and existing; thresholds at least 1; an approval transition has at least one reviewer; at
 * most one approval transition per state (one round per state: two parallel approvals out of one state
 * would race for the page); at most one page-edit transition per state (an edit has one outcome); the sizes of {@link DefinitionLimits}. A definition with too many states or
 * transitions gets only those problems (and the name's and description's): checking 20,000 rows one by one
 * would only make the answer as large as the request.
 *
 * <p>A selection or page edit out of a state whose approval has "Require 2FA" may not lead to that approval's approve
 * target: any page editor could then reach the approved state without a single 2FA-verified vote. Without
 * "Require 2FA" the same shortcut is a warning (skipping the approval is a choice an admin may make).
 *
 * <p>Warnings: Min. approvals (or rejections) above the number of named users who can review when no group
 * is named, because such a round can never reach its threshold; with a {@link ReviewerLookup}, named users
 * and groups that do not exist (and an approval none of whose reviewers exists). The lookup is asked only
 * for a definition without errors, once per reviewer entry (at most {@link DefinitionLimits#MAX_REVIEWERS}
 * per approval).
 */
public final class WorkflowValidator {
    public static final int MAX_NAME = DefinitionLimits.MAX_NAME;

    private WorkflowValidator() {
    }

    /** Every problem of {@code definition}, in field order. */
    public static List<Problem> validate(WorkflowDefinition definition) {
        return validate(definition, Set.of(), ReviewerLookup.NONE);
    }

    /**
     * As {@link #validate(WorkflowDefinition)}, plus: every state in {@code occupiedStates} (states pages
     * are currently in) must still exist.
     */
    public static List<Problem> validate(WorkflowDefinition definition, Set<String> occupiedStates) {
        return validate(definition, occupiedStates, ReviewerLookup.NONE);
    }

    /** As {@link #validate(WorkflowDefinition, Set)}, plus warnings about reviewers {@code reviewers} does not know. */
    public static List<Problem> validate(WorkflowDefinition definition, Set<String> occupiedStates,
                                         ReviewerLookup reviewers) {
        List<Problem> problems = new ArrayList<>();
        if (isBlank(definition.name())) {
            problems.add(Problem.error("name", ProblemCode.NAME_MISSING));
        } else if (definition.name().strip().length() > DefinitionLimits.MAX_NAME) {
            problems.add(Problem.error("name", ProblemCode.NAME_TOO_LONG, DefinitionLimits.MAX_NAME));
        }
        if (definition.description() != null
                && definition.description().strip().length() > DefinitionLimits.MAX_DESCRIPTION) {
            problems.add(Problem.error("description", ProblemCode.DESCRIPTION_TOO_LONG, DefinitionLimits.MAX_DESCRIPTION));
        }
        boolean tooMany = false;
        if (definition.states().size() > DefinitionLimits.MAX_STATES) {
            problems.add(Problem.error("states", ProblemCode.STATES_TOO_MANY, DefinitionLimits.MAX_STATES,
                    definition.states().size()));
            tooMany = true;
        }
        if (definition.transitions().size() > DefinitionLimits.MAX_TRANSITIONS) {
            problems.add(Problem.error("transitions", ProblemCode.TRANSITIONS_TOO_MANY,
                    DefinitionLimits.MAX_TRANSITIONS, definition.transitions().size()));
            tooMany = true;
        }
        if (tooMany) {
            return List.copyOf(problems);
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
            } else if (state.key().length() > DefinitionLimits.MAX_KEY) {
                // Still a state: transitions pointing at it get no second, misleading "does not exist".
                stateKeys.add(state.key());
                problems.add(Problem.error(path + ".key", ProblemCode.STATE_KEY_TOO_LONG, DefinitionLimits.MAX_KEY));
            } else if (!DefinitionLimits.KEY.matcher(state.key()).matches()) {
                stateKeys.add(state.key());
                problems.add(Problem.error(path + ".key", ProblemCode.STATE_KEY_INVALID, state.key()));
            } else if (!stateKeys.add(state.key())) {
                problems.add(Problem.error(path + ".key", ProblemCode.STATE_KEY_DUPLICATE, state.key()));
            }
            if (isBlank(state.name())) {
                problems.add(Problem.error(path + ".name", ProblemCode.STATE_NAME_MISSING,
                        state.key() == null ? "" : state.key()));
            } else if (state.name().strip().length() > DefinitionLimits.MAX_LABEL) {
                problems.add(Problem.error(path + ".name", ProblemCode.STATE_NAME_TOO_LONG, DefinitionLimits.MAX_LABEL));
            }
            if (state.colour() != null && state.colour().length() > DefinitionLimits.MAX_COLOUR) {
                problems.add(Problem.error(path + ".colour", ProblemCode.STATE_COLOUR_TOO_LONG, DefinitionLimits.MAX_COLOUR));
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
        Map<String, Integer> editFrom = new HashMap<>();
        for (int i = 0; i < definition.transitions().size(); i++) {
            WorkflowTransition transition = definition.transitions().get(i);
            String path = "transitions[" + i + "]";
            if (isBlank(transition.key())) {
                problems.add(Problem.error(path + ".key", ProblemCode.TRANSITION_KEY_MISSING));
            } else if (transition.key().length() > DefinitionLimits.MAX_KEY) {
                problems.add(Problem.error(path + ".key", ProblemCode.TRANSITION_KEY_TOO_LONG, DefinitionLimits.MAX_KEY));
            } else if (!DefinitionLimits.KEY.matcher(transition.key()).matches()) {
                problems.add(Problem.error(path + ".key", ProblemCode.TRANSITION_KEY_INVALID, transition.key()));
            } else if (!transitionKeys.add(transition.key())) {
                problems.add(Problem.error(path + ".key", ProblemCode.TRANSITION_KEY_DUPLICATE, transition.key()));
            }
            state(problems, stateKeys, path + ".from", transition.from(),
                    ProblemCode.FROM_STATE_MISSING, ProblemCode.FROM_STATE_UNKNOWN);
            if (transition instanceof SelectionTransition selection) {
                state(problems, stateKeys, path + ".to", selection.to(),
                        ProblemCode.TO_STATE_MISSING, ProblemCode.TO_STATE_UNKNOWN);
                optionalLabel(problems, path + ".label", selection.label(), ProblemCode.SELECTION_LABEL_TOO_LONG);
            } else if (transition instanceof EditTransition edit) {
                state(problems, stateKeys, path + ".to", edit.to(),
                        ProblemCode.TO_STATE_MISSING, ProblemCode.TO_STATE_UNKNOWN);
                if (!isBlank(edit.from()) && editFrom.putIfAbsent(edit.from(), i) != null) {
                    problems.add(Problem.error(path + ".from", ProblemCode.EDIT_ALREADY_FROM_STATE, edit.from()));
                }
            } else if (transition instanceof ApprovalTransition approval) {
                approval(problems, stateKeys, path, approval);
                if (!isBlank(approval.from()) && approvalFrom.putIfAbsent(approval.from(), i) != null) {
                    problems.add(Problem.error(path + ".from", ProblemCode.APPROVAL_ALREADY_FROM_STATE, approval.from()));
                }
            }
        }
        problems.addAll(WorkflowTextRule.problems(definition));
        shortcuts(problems, definition);

        // Only a definition that can be saved is worth the directory's time; the lookups stay bounded by
        // the reviewer limit per approval, and an invalid request never costs more than its own checks.
        boolean askDirectory = reviewers.checks() && !hasErrors(problems);
        for (int i = 0; i < definition.transitions().size(); i++) {
            if (definition.transitions().get(i) instanceof ApprovalTransition approval
                    && approval.reviewers().users().size() + approval.reviewers().groups().size()
                    <= DefinitionLimits.MAX_REVIEWERS) {
                reachability(problems, "transitions[" + i + "]", approval, askDirectory ? reviewers : ReviewerLookup.NONE);
            }
        }
        return List.copyOf(problems);
    }

    /** Whether any of {@code problems} is an error (errors block saving; warnings do not). */
    public static boolean hasErrors(List<Problem> problems) {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** An optional button label (approve, reject, selection): none is fine, a trimmed one of more than MAX_LABEL is not. */
    private static void optionalLabel(List<Problem> problems, String path, String label, ProblemCode tooLong) {
        if (label != null && label.strip().length() > DefinitionLimits.MAX_LABEL) {
            problems.add(Problem.error(path, tooLong, DefinitionLimits.MAX_LABEL));
        }
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
        optionalLabel(problems, path + ".approveLabel", t.approveLabel(), ProblemCode.APPROVE_LABEL_TOO_LONG);
        optionalLabel(problems, path + ".rejectLabel", t.rejectLabel(), ProblemCode.REJECT_LABEL_TOO_LONG);
        Reviewers reviewers = t.reviewers();
        List<String> users = reviewers.users();
        List<String> groups = reviewers.groups();
        int entries = users.size() + groups.size();
        if (entries > DefinitionLimits.MAX_REVIEWERS) {
            // One problem for the list, not one per entry of an oversized list.
            problems.add(Problem.error(path + ".reviewers", ProblemCode.REVIEWERS_TOO_MANY,
                    DefinitionLimits.MAX_REVIEWERS, entries));
            return;
        }
        entries(problems, path + ".reviewers.users", users);
        entries(problems, path + ".reviewers.groups", groups);
        if (users.stream().allMatch(String::isEmpty) && groups.stream().allMatch(String::isEmpty)) {
            problems.add(Problem.error(path + ".reviewers", ProblemCode.REVIEWERS_MISSING));
        }
    }

    private static void entries(List<Problem> problems, String path, List<String> names) {
        for (int j = 0; j < names.size(); j++) {
            if (names.get(j).isEmpty()) {
                problems.add(Problem.error(path + "[" + j + "]", ProblemCode.REVIEWER_NAME_BLANK));
            } else if (names.get(j).length() > DefinitionLimits.MAX_REVIEWER_NAME) {
                problems.add(Problem.error(path + "[" + j + "]", ProblemCode.REVIEWER_NAME_TOO_LONG,
                        DefinitionLimits.MAX_REVIEWER_NAME));
            }
        }
    }

    /**
     * Selections and page edits that lead from an approval state straight to its approve target (see the class
     * comment): an edit is as much in any editor's hands as a selection.
     */
    private static void shortcuts(List<Problem> problems, WorkflowDefinition definition) {
        List<WorkflowTransition> transitions = definition.transitions();
        for (int i = 0; i < transitions.size(); i++) {
            WorkflowTransition t = transitions.get(i);
            boolean edit = t instanceof EditTransition;
            if (!(t instanceof SelectionTransition || edit) || isBlank(t.from()) || t.targets().isEmpty()
                    || isBlank(t.targets().get(0))) {
                continue;
            }
            String field = "transitions[" + i + "].to";
            String to = t.targets().get(0);
            definition.approvalSkippedBy(t).ifPresent(approval -> {
                String key = approval.key() == null ? "" : approval.key();
                problems.add(approval.requireTwoFactor()
                        ? Problem.error(field, edit ? ProblemCode.EDIT_SKIPS_TWO_FACTOR
                                : ProblemCode.SELECTION_SKIPS_TWO_FACTOR, t.from(), to, key)
                        : Problem.warning(field, edit ? ProblemCode.EDIT_SKIPS_APPROVAL
                                : ProblemCode.SELECTION_SKIPS_APPROVAL, t.from(), to, key));
            });
        }
    }

    /**
     * Errors for reviewers the directory does not know (or who are deactivated), at their fields; warnings about
     * thresholds the named users can never reach. A directory that fails (LDAP down) answers "exists", so it neither
     * blocks nor warns.
     */
    private static void reachability(List<Problem> problems, String path, ApprovalTransition t, ReviewerLookup lookup) {
        List<String> users = t.reviewers().users();
        List<String> groups = t.reviewers().groups();
        long knownUsers = 0;
        long knownGroups = 0;
        for (int j = 0; j < users.size(); j++) {
            String name = users.get(j);
            if (name.isEmpty()) {
                continue;
            }
            if (lookup.userCanReview(name)) {
                knownUsers++;
            } else {
                // Refused at the field: a name nobody answers to would silently leave a reviewer out of every round.
                problems.add(Problem.error(path + ".reviewers.users[" + j + "]", ProblemCode.REVIEWER_USER_UNKNOWN, name));
            }
        }
        for (int j = 0; j < groups.size(); j++) {
            String name = groups.get(j);
            if (name.isEmpty()) {
                continue;
            }
            if (lookup.groupExists(name)) {
                knownGroups++;
            } else {
                problems.add(Problem.error(path + ".reviewers.groups[" + j + "]", ProblemCode.REVIEWER_GROUP_UNKNOWN, name));
            }
        }
        boolean named = users.stream().anyMatch(u -> !u.isEmpty()) || groups.stream().anyMatch(g -> !g.isEmpty());
        if (!named) {
            return; // REVIEWERS_MISSING (an error) already says it
        }
        if (knownUsers == 0 && knownGroups == 0) {
            problems.add(Problem.warning(path + ".reviewers", ProblemCode.REVIEWERS_NONE_EXIST));
            return;
        }
        if (knownGroups == 0) {
            if (t.minApprovals() > knownUsers && !t.requireAll()) {
                problems.add(Problem.warning(path + ".minApprovals", ProblemCode.MIN_APPROVALS_ABOVE_NAMED_USERS,
                        t.minApprovals(), knownUsers));
            }
            if (t.minRejections() > knownUsers) {
                problems.add(Problem.warning(path + ".minRejections", ProblemCode.MIN_REJECTIONS_ABOVE_NAMED_USERS,
                        t.minRejections(), knownUsers));
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
