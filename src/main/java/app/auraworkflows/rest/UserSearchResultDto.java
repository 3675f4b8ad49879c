package app.auraworkflows.rest;

import app.auraworkflows.twofactor.UserSearchResult;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * Body of {@code GET /2fa/user-search}: the users shown, and {@code moreResults} when the directory has more
 * matches than were asked for (the dialog then asks the administrator to keep typing).
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE,
        creatorVisibility = Visibility.ANY)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record UserSearchResultDto(@JsonProperty("users") List<FoundUserDto> users,
                                  @JsonProperty("moreResults") boolean moreResults) {
    static UserSearchResultDto from(UserSearchResult result) {
        return new UserSearchResultDto(result.users().stream()
                .map(u -> FoundUserDto.from(u, result.enrolment().get(u.userKey()))).toList(), result.moreResults());
    }
}
