package app.auraworkflows.rest;

import java.util.List;

/**
 * Role: one row of {@code GET /workflows}: what any signed-in user may see of a workflow (the page panel's
 * "Add workflow" picker lists these), without reviewers or thresholds.
 */
public record WorkflowSummaryDto(long id, String name, String description, String initialState,
                                 List<WorkflowDto.StateDto> states) {
}
