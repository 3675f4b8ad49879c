package app.auraworkflows.rest;

import java.util.List;

/** Role: the answer of a successful save: {@code {"id","warnings":[...]}} (warnings may be empty). */
public record SavedWorkflowDto(long id, List<ProblemDto> warnings) {
}
