package app.auraworkflows.rest;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * JSON error body of every refused REST call: {@code {"error": CODE, "message": text}}, plus
 * {@code retryAfterSeconds} for LOCKED only.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorDto(String error, String message, Long retryAfterSeconds) {
    public ErrorDto(String error, String message) {
        this(error, message, null);
    }
}
