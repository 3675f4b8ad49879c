package app.auraworkflows.rest;

import app.auraworkflows.twofactor.AddUsersResult;

import java.util.List;

/** Body of a successful {@code POST /2fa/users}: what happened to each requested username. */
public record AddUsersResultDto(List<String> added, List<String> alreadyEnrolled, List<String> unknown) {
    static AddUsersResultDto from(AddUsersResult result) {
        return new AddUsersResultDto(List.copyOf(result.added()), List.copyOf(result.alreadyEnrolled()),
                List.copyOf(result.unknown()));
    }
}
