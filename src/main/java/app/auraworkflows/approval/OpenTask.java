package app.auraworkflows.approval;

import java.time.Instant;

/**
 * A page on which the user has a pending review ("Open tasks").
 *
 * @param pageId           the page (the web layer adds title and link)
 * @param workflowId       the workflow
 * @param workflowName     its name
 * @param state            the approval state
 * @param round            the open round
 * @param since            when the round opened
 * @param requireTwoFactor the step needs an authenticator code
 * @param requestedBy      full name of who moved the page into the state (null when not known)
 */
public record OpenTask(long pageId, long workflowId, String workflowName, StateView state, int round, Instant since,
                       boolean requireTwoFactor, String requestedBy) {
}
