package app.auraworkflows.rest;

import app.auraworkflows.approval.StateView;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A workflow state in REST answers: {@code {"key","name","colour","terminal"}}. */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE,
        creatorVisibility = Visibility.ANY)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record StateDto(@JsonProperty("key") String key, @JsonProperty("name") String name,
                       @JsonProperty("colour") String colour, @JsonProperty("terminal") boolean terminal) {
    static StateDto of(StateView state) {
        return state == null ? null : new StateDto(state.key(), state.name(), state.colour(), state.terminal());
    }
}
