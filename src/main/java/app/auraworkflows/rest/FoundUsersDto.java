package app.auraworkflows.rest;

import java.util.List;

/** Body of {@code GET /2fa/user-search}. */
public record FoundUsersDto(List<FoundUserDto> users) {
}
