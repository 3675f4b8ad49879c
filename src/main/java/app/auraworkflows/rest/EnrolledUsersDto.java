package app.auraworkflows.rest;

import java.util.List;

/** Body of {@code GET /2fa/users}: the total matching rows and this page of them. */
public record EnrolledUsersDto(int total, List<EnrolledUserDto> users) {
}
