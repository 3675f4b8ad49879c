package app.auraworkflows.rest;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Role: one problem of a workflow definition as REST reports it: the field path (e.g.
 * {@code transitions[1].minApprovals}), the code (a {@code ProblemCode} name), ERROR or WARNING, and the
 * message translated for the caller.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE,
        creatorVisibility = Visibility.ANY)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ProblemDto(@JsonProperty("field") String field, @JsonProperty("code") String code,
                         @JsonProperty("severity") String severity, @JsonProperty("message") String message) {
}
