package app.auraworkflows.approval;

/**
 * The answer to applying a workflow to a page.
 *
 * @param outcome APPLIED (REST 201), NOT_PERMITTED (403), WORKFLOW_NOT_FOUND (404 / 400), ALREADY_APPLIED (409)
 * @param state   the state entered (the workflow's initial state) when APPLIED, else null
 */
public record ApplyResult(Outcome outcome, StateView state) {
    public enum Outcome { APPLIED, NOT_PERMITTED, WORKFLOW_NOT_FOUND, ALREADY_APPLIED }
}
