package app.auraworkflows.rest;

import app.auraworkflows.twofactor.DirectoryUser;

/** One result of the admin user search ({@code active} is false for deactivated or unlicensed users). */
public record FoundUserDto(String username, String fullName, String email, boolean active) {
    static FoundUserDto from(DirectoryUser user) {
        return new FoundUserDto(user.username(), user.fullName(), user.email(), user.active());
    }
}
