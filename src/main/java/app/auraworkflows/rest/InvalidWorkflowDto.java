package app.auraworkflows.rest;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * Role: the 400 body of a refused definition: {@code {"error":"INVALID_WORKFLOW","message","problems":[...],
 * "warnings":[...]}}; {@code problems} lists every error so the builder can mark each field at once.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE,
        creatorVisibility = Visibility.ANY)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record InvalidWorkflowDto(@JsonProperty("error") String error, @JsonProperty("message") String message,
                                 @JsonProperty("problems") List<ProblemDto> problems,
                                 @JsonProperty("warnings") List<ProblemDto> warnings) {
}
