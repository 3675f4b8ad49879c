package app.auraworkflows.rest;

import app.auraworkflows.twofactor.MySetup;
import app.auraworkflows.twofactor.SetupStatus;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of {@code GET /2fa/me}. {@code manualKey} and {@code otpauthUri} are present only while the setup
 * is PENDING (null fields are left out of the JSON), so an ACTIVE user's secret is never re-displayed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE,
        creatorVisibility = Visibility.ANY)
public record MySetupDto(@JsonProperty("status") String status, @JsonProperty("issuer") String issuer,
                         @JsonProperty("accountName") String accountName, @JsonProperty("manualKey") String manualKey,
                         @JsonProperty("otpauthUri") String otpauthUri,
                         @JsonProperty("lockedUntil") String lockedUntil) {

    static MySetupDto from(MySetup setup) {
        boolean pending = setup.status() == SetupStatus.PENDING;
        return new MySetupDto(setup.status().name(), setup.issuer(), setup.accountName(),
                pending ? setup.manualKey() : null, pending ? setup.otpauthUri() : null,
                setup.lockedUntil() == null ? null : setup.lockedUntil().toString());
    }

    @Override
    public String toString() {
        // Never let the secret or the URI reach a log line through toString().
        return "MySetupDto[status=" + status + ", accountName=" + accountName + "]";
    }
}
