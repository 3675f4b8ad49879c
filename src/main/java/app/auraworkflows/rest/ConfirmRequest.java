package app.auraworkflows.rest;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of {@code POST /2fa/me/confirm}: {@code {"code": "123456"}}, read strictly by {@link JsonFields} (a number is
 * not a code; {@code inputError}, never JSON, holds the problem).
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE,
        creatorVisibility = Visibility.ANY)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ConfirmRequest(@JsonProperty("code") String code, @JsonIgnore JsonInputError inputError) {
    public ConfirmRequest(String code) {
        this(code, null);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ConfirmRequest fromJson(Object json) {
        JsonFields f = JsonFields.of(json);
        return new ConfirmRequest(f.text("code"), f.error());
    }

    @Override
    public String toString() {
        // A submitted code must never reach a log line.
        return "ConfirmRequest[code=***]";
    }
}
