package app.auraworkflows.approval;

/**
 * The answer to an editor selecting a transition.
 *
 * @param outcome TRANSITIONED, NOT_PERMITTED (the actor may not edit the page), NO_WORKFLOW,
 *                UNKNOWN_TRANSITION (no selection transition with that key out of the current state)
 * @param state   the page's state afterwards (null when it has no workflow)
 */
public record SelectionResult(Outcome outcome, StateView state) {
    public enum Outcome { TRANSITIONED, NOT_PERMITTED, NO_WORKFLOW, UNKNOWN_TRANSITION }
}
