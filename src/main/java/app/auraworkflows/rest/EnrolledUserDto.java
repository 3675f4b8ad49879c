package app.auraworkflows.rest;

import app.auraworkflows.twofactor.EnrolmentView;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/**
 * One row of {@code GET /2fa/users}. Dates are ISO-8601 strings (UTC) so the JSON does not depend on the
 * host's Jackson date configuration; absent dates are null. {@code expiresAt}/{@code expired}: a PENDING
 * setup's expiry; {@code lockedUntilUnlock}: locked until an administrator unlocks; {@code activatedFrom*}: the
 * client that confirmed an ACTIVE setup (null if unknown). No secret is ever part of it.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE,
        creatorVisibility = Visibility.ANY)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record EnrolledUserDto(@JsonProperty("username") String username, @JsonProperty("userKey") String userKey,
                              @JsonProperty("fullName") String fullName, @JsonProperty("status") String status,
                              @JsonProperty("addedBy") String addedBy, @JsonProperty("addedAt") String addedAt,
                              @JsonProperty("activatedAt") String activatedAt,
                              @JsonProperty("lastUsedAt") String lastUsedAt,
                              @JsonProperty("lockedUntil") String lockedUntil,
                              @JsonProperty("lockedUntilUnlock") boolean lockedUntilUnlock,
                              @JsonProperty("expiresAt") String expiresAt,
                              @JsonProperty("expired") boolean expired,
                              @JsonProperty("activatedFromIp") String activatedFromIp,
                              @JsonProperty("activatedUserAgent") String activatedUserAgent) {

    static EnrolledUserDto from(EnrolmentView view) {
        return new EnrolledUserDto(view.username(), view.userKey(), view.fullName(), view.status().name(),
                view.addedBy(), iso(view.addedAt()), iso(view.activatedAt()), iso(view.lastUsedAt()),
                iso(view.lockedUntil()), view.lockedUntilUnlock(), iso(view.expiresAt()), view.expired(),
                view.activatedFrom() == null ? null : view.activatedFrom().address(),
                view.activatedFrom() == null ? null : view.activatedFrom().userAgent());
    }

    private static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
