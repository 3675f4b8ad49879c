package app.auraworkflows.rest;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * JSON error body of every refused REST call: {@code {"error": CODE, "message": text}}, plus
 * {@code retryAfterSeconds} for LOCKED only.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE,
        creatorVisibility = Visibility.ANY)
public record ErrorDto(@JsonProperty("error") String error, @JsonProperty("message") String message,
                       @JsonProperty("retryAfterSeconds") Long retryAfterSeconds) {
    public ErrorDto(String error, String message) {
        this(error, message, null);
    }
}
