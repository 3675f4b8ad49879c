package app.auraworkflows.rest;

import java.util.List;

/** Role: the answer of {@code GET /workflows}: {@code {"workflows":[...]}}, ordered as the service lists them. */
public record WorkflowListDto(List<WorkflowSummaryDto> workflows) {
}
