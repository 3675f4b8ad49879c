package app.auraworkflows.rest;

import app.auraworkflows.twofactor.UserSearchResult;

import java.util.List;

/**
 * Body of {@code GET /2fa/user-search}: the users shown, and {@code moreResults} when the directory has more
 * matches than were asked for (the dialog then asks the administrator to keep typing).
 */
public record UserSearchResultDto(List<FoundUserDto> users, boolean moreResults) {
    static UserSearchResultDto from(UserSearchResult result) {
        return new UserSearchResultDto(result.users().stream().map(FoundUserDto::from).toList(), result.moreResults());
    }
}
