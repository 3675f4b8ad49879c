package app.auraworkflows.rest;

import app.auraworkflows.twofactor.MySetup;
import app.auraworkflows.twofactor.SetupStatus;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of {@code GET /2fa/me}. {@code manualKey} and {@code otpauthUri} are present only while the setup
 * is PENDING (null fields are left out of the JSON), so an ACTIVE or EXPIRED user's secret is never (re-)displayed.
 * An ACTIVE setup carries when and from which client it was confirmed; {@code lockedUntilUnlock} is true while
 * only an administrator can lift the lock.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE,
        creatorVisibility = Visibility.ANY)
public record MySetupDto(@JsonProperty("status") String status, @JsonProperty("issuer") String issuer,
                         @JsonProperty("accountName") String accountName, @JsonProperty("manualKey") String manualKey,
                         @JsonProperty("otpauthUri") String otpauthUri,
                         @JsonProperty("lockedUntil") String lockedUntil,
                         @JsonProperty("lockedUntilUnlock") Boolean lockedUntilUnlock,
                         @JsonProperty("activatedAt") String activatedAt,
                         @JsonProperty("activatedFromIp") String activatedFromIp,
                         @JsonProperty("activatedUserAgent") String activatedUserAgent) {

    static MySetupDto from(MySetup setup) {
        boolean pending = setup.status() == SetupStatus.PENDING;
        return new MySetupDto(setup.status().name(), setup.issuer(), setup.accountName(),
                pending ? setup.manualKey() : null, pending ? setup.otpauthUri() : null,
                setup.lockedUntil() == null ? null : setup.lockedUntil().toString(),
                setup.lockedUntilUnlock() ? Boolean.TRUE : null,
                setup.activatedAt() == null ? null : setup.activatedAt().toString(),
                setup.activatedFrom() == null ? null : setup.activatedFrom().address(),
                setup.activatedFrom() == null ? null : setup.activatedFrom().userAgent());
    }

    @Override
    public String toString() {
        // Never let the secret or the URI reach a log line through toString().
        return "MySetupDto[status=" + status + ", accountName=" + accountName + "]";
    }
}
