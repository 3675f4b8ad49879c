package app.auraworkflows.rest;

import app.auraworkflows.approval.WorkflowService;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * Role: the answer of {@code GET /workflows/{id}}: the definition JSON in the shape a save sends ({@link WorkflowDto})
 * plus {@code "reviewerNames": {"<username>": "<full name>"}} for the Builder's reviewer chips. Answer only: a save
 * sends the definition alone.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE,
        creatorVisibility = Visibility.ANY)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EditableWorkflowDto(@JsonProperty("id") Long id, @JsonProperty("name") String name,
                                  @JsonProperty("description") String description,
                                  @JsonProperty("initialState") String initialState,
                                  @JsonProperty("states") List<WorkflowDto.StateDto> states,
                                  @JsonProperty("transitions") List<WorkflowDto.TransitionDto> transitions,
                                  @JsonProperty("reviewerNames") Map<String, String> reviewerNames) {
    static EditableWorkflowDto from(WorkflowService.EditableWorkflow editable) {
        WorkflowDto d = WorkflowMapping.write(editable.definition());
        return new EditableWorkflowDto(d.id(), d.name(), d.description(), d.initialState(), d.states(),
                d.transitions(), editable.reviewerNames());
    }
}
