package app.auraworkflows.rest;

import app.auraworkflows.twofactor.AddUsersResult;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** Body of a successful {@code POST /2fa/users}: what happened to each requested username. */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE,
        creatorVisibility = Visibility.ANY)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AddUsersResultDto(@JsonProperty("added") List<String> added,
                                @JsonProperty("alreadyEnrolled") List<String> alreadyEnrolled,
                                @JsonProperty("unknown") List<String> unknown) {
    static AddUsersResultDto from(AddUsersResult result) {
        return new AddUsersResultDto(List.copyOf(result.added()), List.copyOf(result.alreadyEnrolled()),
                List.copyOf(result.unknown()));
    }
}
