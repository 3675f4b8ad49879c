package app.auraworkflows.rest;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * Role: one row of {@code GET /workflows}: what any signed-in user may see of a workflow (the page panel's
 * "Add workflow" picker lists these), without reviewers or thresholds.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE,
        creatorVisibility = Visibility.ANY)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record WorkflowSummaryDto(@JsonProperty("id") long id, @JsonProperty("name") String name,
                                 @JsonProperty("description") String description,
                                 @JsonProperty("initialState") String initialState,
                                 @JsonProperty("states") List<WorkflowDto.StateDto> states) {
}
