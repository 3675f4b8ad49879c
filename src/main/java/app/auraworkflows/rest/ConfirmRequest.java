package app.auraworkflows.rest;

/** Body of {@code POST /2fa/me/confirm}: {@code {"code": "123456"}}. */
public record ConfirmRequest(String code) {
    @Override
    public String toString() {
        // A submitted code must never reach a log line.
        return "ConfirmRequest[code=***]";
    }
}
