package app.auraworkflows.rest;

/** Body of a successful {@code POST /2fa/me/confirm}: {@code {"status": "ACTIVE"}}. */
public record ConfirmResultDto(String status) {
}
