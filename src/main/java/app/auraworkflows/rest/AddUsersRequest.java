package app.auraworkflows.rest;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * Body of {@code POST /2fa/users}: {@code {"usernames": [...]}}, read strictly by {@link JsonFields} (every entry
 * text without control characters; {@code inputError}, never JSON, holds the first problem).
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE,
        creatorVisibility = Visibility.ANY)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AddUsersRequest(@JsonProperty("usernames") List<String> usernames,
                              @JsonIgnore JsonInputError inputError) {
    public AddUsersRequest(List<String> usernames) {
        this(usernames, null);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static AddUsersRequest fromJson(Object json) {
        JsonFields f = JsonFields.of(json);
        return new AddUsersRequest(f.texts("usernames"), f.error());
    }
}
