package app.auraworkflows.rest;

import java.time.Instant;
import java.util.List;

/** {@code GET /tasks}: {@code {"tasks":[{"pageId","title","spaceKey","link","state","workflowName","round","since","requireTwoFactor"}]}}. */
public record TaskDto(List<Task> tasks) {
    /** A page with a review pending for the caller; {@code link} is context-relative. */
    public record Task(long pageId, String title, String spaceKey, String link, StateDto state, String workflowName,
                       int round, Instant since, boolean requireTwoFactor) {
    }
}
