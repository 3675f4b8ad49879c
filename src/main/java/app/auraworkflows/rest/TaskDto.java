package app.auraworkflows.rest;

import java.util.List;

/** {@code GET /tasks}: {@code {"tasks":[{"pageId","title","spaceKey","link","state","workflowName","round","since","requireTwoFactor"}]}}. */
public record TaskDto(List<Task> tasks) {
    /**
     * A page with a review pending for the caller; {@code link} is context-relative; {@code since} (when the round
     * opened) is an ISO-8601 UTC string, so the JSON does not depend on the host's Jackson date configuration.
     */
    public record Task(long pageId, String title, String spaceKey, String link, StateDto state, String workflowName,
                       int round, String since, boolean requireTwoFactor) {
    }
}
