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

    /** The approval out of the selection's state whose approve target the selection leads to straight, if any. */
    public Optional<ApprovalTransition> approvalSkippedBy(SelectionTransition selection) {
        if (selection.from() == null || selection.to() == null) {
            return Optional.empty();
        }
        return transitions.stream().filter(ApprovalTransition.class::isInstance).map(ApprovalTransition.class::cast)
                .filter(a -> selection.from().equals(a.from()) && selection.to().equals(a.approveTo()))
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
