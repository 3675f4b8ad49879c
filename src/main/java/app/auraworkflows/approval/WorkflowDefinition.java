package app.auraworkflows.approval;

import java.util.List;
import java.util.Optional;

/**
 * A workflow: a reusable process shape (states and transitions) that does nothing until applied to a page.
 * Immutable; {@link WorkflowValidator} says whether it can be saved. A state with no outgoing transition
 * is terminal.
 *
 * @param id           database id; null for a definition not stored yet
 * @param name         display name (required)
 * @param description  optional description
 * @param initialState key of the state a page enters when the workflow is applied
 * @param states       the states, in display order
 * @param transitions  the transitions, in display order
 */
public record WorkflowDefinition(
        Long id,
        String name,
        String description,
        String initialState,
        List<WorkflowState> states,
        List<WorkflowTransition> transitions) {

    public WorkflowDefinition {
        states = states == null ? List.of() : List.copyOf(states);
        transitions = transitions == null ? List.of() : List.copyOf(transitions);
    }

    public WorkflowDefinition withId(Long newId) {
        return new WorkflowDefinition(newId, name, description, initialState, states, transitions);
    }

    public Optional<WorkflowState> state(String key) {
        return states.stream().filter(s -> s.key() != null && s.key().equals(key)).findFirst();
    }

    public List<WorkflowTransition> transitionsFrom(String stateKey) {
        return transitions.stream().filter(t -> t.from() != null && t.from().equals(stateKey)).toList();
    }

    /** The approval transition out of {@code stateKey}: at most one per state (see {@link WorkflowValidator}). */
    public Optional<ApprovalTransition> approvalFrom(String stateKey) {
        return transitionsFrom(stateKey).stream()
                .filter(ApprovalTransition.class::isInstance).map(ApprovalTransition.class::cast).findFirst();
    }

    /**
     * The selections a user may take out of a state. A selection that would skip a "Require 2FA" approval
     * (see {@link #approvalSkippedBy}) is never offered nor taken, even in a definition stored before the
     * validator refused such shortcuts: otherwise any editor could move the page past the signature.
     */
    public List<SelectionTransition> selectionsFrom(String stateKey) {
        return transitionsFrom(stateKey).stream()
                .filter(SelectionTransition.class::isInstance).map(SelectionTransition.class::cast)
                .filter(s -> approvalSkippedBy(s).map(a -> !a.requireTwoFactor()).orElse(true))
                .toList();
    }

    /**
     * The page-edit transition out of a state, if any (at most one per state, see {@link WorkflowValidator}). One
     * that would skip a "Require 2FA" approval is never taken, for the same reason as in {@link #selectionsFrom}: an
     * edit is something any page editor can do.
     */
    public Optional<EditTransition> editFrom(String stateKey) {
        return transitionsFrom(stateKey).stream()
                .filter(EditTransition.class::isInstance).map(EditTransition.class::cast)
                .filter(e -> approvalSkippedBy(e).map(a -> !a.requireTwoFactor()).orElse(true))
                .findFirst();
    }

    /**
     * The approval out of a selection's or page edit's state whose approve target that transition leads to straight,
     * if any. Approval transitions skip nothing.
     */
    public Optional<ApprovalTransition> approvalSkippedBy(WorkflowTransition transition) {
        if (transition instanceof ApprovalTransition || transition.from() == null || transition.targets().isEmpty()) {
            return Optional.empty();
        }
        String to = transition.targets().get(0);
        return transitions.stream().filter(ApprovalTransition.class::isInstance).map(ApprovalTransition.class::cast)
                .filter(a -> transition.from().equals(a.from()) && to.equals(a.approveTo()))
                .findFirst();
    }

    public Optional<WorkflowTransition> transition(String key) {
        return transitions.stream().filter(t -> t.key() != null && t.key().equals(key)).findFirst();
    }

    /** A state with no outgoing transition is terminal. */
    public boolean isTerminal(String stateKey) {
        return transitionsFrom(stateKey).isEmpty();
    }
}
