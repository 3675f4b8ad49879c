package app.auraworkflows.rest;

import app.auraworkflows.twofactor.MySetup;
import app.auraworkflows.twofactor.SetupStatus;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Body of {@code GET /2fa/me}. {@code manualKey} and {@code otpauthUri} are present only while the setup
 * is PENDING (null fields are left out of the JSON), so an ACTIVE user's secret is never re-displayed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MySetupDto(String status, String issuer, String accountName, String manualKey, String otpauthUri,
                         String lockedUntil) {

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
