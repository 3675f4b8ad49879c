package app.auraworkflows.rest;

import app.auraworkflows.kernel.DirectoryUser;
import app.auraworkflows.twofactor.EnrolmentStatus;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One result of the admin user search ({@code active} is false for deactivated or unlicensed users; {@code enrolment}
 * is PENDING or ACTIVE for a user enrolled already, else null).
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE,
        creatorVisibility = Visibility.ANY)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record FoundUserDto(@JsonProperty("username") String username, @JsonProperty("fullName") String fullName,
                           @JsonProperty("email") String email, @JsonProperty("active") boolean active,
                           @JsonProperty("enrolment") String enrolment) {
    static FoundUserDto from(DirectoryUser user, EnrolmentStatus enrolment) {
        return new FoundUserDto(user.username(), user.fullName(), user.email(), user.active(),
                enrolment == null ? null : enrolment.name());
    }
}
