package app.auraworkflows.approval;

/**
 * The answer to an editor selecting a transition.
 *
 * @param outcome TRANSITIONED (REST 200), NOT_PERMITTED (403), NO_WORKFLOW (404/409), UNKNOWN_TRANSITION
 *                (400/409: no selection transition with that key out of the current state)
 * @param state   the page's state afterwards (null when it has no workflow)
 */
public record SelectionResult(Outcome outcome, StateView state) {
    public enum Outcome { TRANSITIONED, NOT_PERMITTED, NO_WORKFLOW, UNKNOWN_TRANSITION }
}
