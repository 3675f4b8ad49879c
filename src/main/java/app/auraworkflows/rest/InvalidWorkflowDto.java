package app.auraworkflows.rest;

import java.util.List;

/**
 * Role: the 400 body of a refused definition: {@code {"error":"INVALID_WORKFLOW","message","problems":[...],
 * "warnings":[...]}}; {@code problems} lists every error so the builder can mark each field at once.
 */
public record InvalidWorkflowDto(String error, String message, List<ProblemDto> problems, List<ProblemDto> warnings) {
}
