package app.auraworkflows.approval;

/**
 * The answer to applying a workflow to a page.
 *
 * @param outcome APPLIED; NOT_PERMITTED (the actor may not edit the page); WORKFLOW_NOT_FOUND; ALREADY_APPLIED (the
 *                page has a workflow)
 * @param state   the state entered (the workflow's initial state) when APPLIED, else null
 */
public record ApplyResult(Outcome outcome, StateView state) {
    public enum Outcome { APPLIED, NOT_PERMITTED, WORKFLOW_NOT_FOUND, ALREADY_APPLIED }
}
