package app.auraworkflows.rest;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import app.auraworkflows.twofactor.EnrolmentPage;
import java.util.List;

/**
 * Body of {@code GET /2fa/users}: the total matching rows (exact, or a lower bound for a broad search: {@code
 * totalExact}), this page of them, and the position tokens of the next and previous pages (null at either end).
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE,
        creatorVisibility = Visibility.ANY)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record EnrolledUsersDto(@JsonProperty("total") int total, @JsonProperty("totalExact") boolean totalExact,
                               @JsonProperty("users") List<EnrolledUserDto> users, @JsonProperty("next") String next,
                               @JsonProperty("previous") String previous) {
    static EnrolledUsersDto from(EnrolmentPage page) {
        return new EnrolledUsersDto(page.total(), page.totalExact(), page.users().stream().map(EnrolledUserDto::from).toList(),
                page.next() == null ? null : page.next().token(), page.previous() == null ? null : page.previous().token());
    }
}
