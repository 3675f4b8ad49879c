package app.auraworkflows.rest;

import java.util.List;

/** Body of {@code POST /2fa/users}: {@code {"usernames": [...]}}. */
public record AddUsersRequest(List<String> usernames) {
}
