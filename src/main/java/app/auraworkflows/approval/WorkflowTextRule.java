package app.auraworkflows.approval;

import app.auraworkflows.text.TextPolicy;

import java.util.ArrayList;
import java.util.List;

/**
 * Role: the part of {@link WorkflowValidator} that refuses control characters ({@link TextPolicy}) in every text
 * of a definition (name, description, state keys, names and colours, transition keys, state references,
 * labels, reviewer names), one {@link ProblemCode#TEXT_CONTROL_CHARACTER} error per field with its path.
 *
 * <p>Kept apart from the validator's other rules so the character rule has one home. It is an engine rule, not
 * only a REST check, so no client can bring such a value to the store (PostgreSQL fails a statement that
 * carries U+0000). Only the description may span lines.
 */
final class WorkflowTextRule {
    private WorkflowTextRule() {
    }

    static List<Problem> problems(WorkflowDefinition definition) {
        List<Problem> problems = new ArrayList<>();
        single(problems, "name", definition.name());
        if (!TextPolicy.isCleanMultiLine(definition.description())) {
            problems.add(Problem.error("description", ProblemCode.TEXT_CONTROL_CHARACTER));
        }
        single(problems, "initialState", definition.initialState());
        for (int i = 0; i < definition.states().size(); i++) {
            WorkflowState state = definition.states().get(i);
            String path = "states[" + i + "]";
            single(problems, path + ".key", state.key());
            single(problems, path + ".name", state.name());
            single(problems, path + ".colour", state.colour());
        }
        for (int i = 0; i < definition.transitions().size(); i++) {
            WorkflowTransition transition = definition.transitions().get(i);
            String path = "transitions[" + i + "]";
            single(problems, path + ".key", transition.key());
            single(problems, path + ".from", transition.from());
            if (transition instanceof SelectionTransition s) {
                single(problems, path + ".to", s.to());
                single(problems, path + ".label", s.label());
            } else if (transition instanceof ApprovalTransition a) {
                single(problems, path + ".approveTo", a.approveTo());
                single(problems, path + ".rejectTo", a.rejectTo());
                single(problems, path + ".approveLabel", a.approveLabel());
                single(problems, path + ".rejectLabel", a.rejectLabel());
                names(problems, path + ".reviewers.users", a.reviewers().users());
                names(problems, path + ".reviewers.groups", a.reviewers().groups());
            }
        }
        return problems;
    }

    private static void names(List<Problem> problems, String path, List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            single(problems, path + "[" + i + "]", names.get(i));
        }
    }

    private static void single(List<Problem> problems, String path, String value) {
        if (!TextPolicy.isCleanSingleLine(value)) {
            problems.add(Problem.error(path, ProblemCode.TEXT_CONTROL_CHARACTER));
        }
    }
}
