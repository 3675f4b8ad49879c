package app.auraworkflows.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.auraworkflows.devhost.junit.DevHostClient;
import app.auraworkflows.devhost.junit.DevHostExtension;
import app.auraworkflows.devhost.junit.HttpResult;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The 2FA admin reads (enrolment lists, user search with e-mail addresses, the audit log and its CSV) need what the
 * admin screens showing the same data need: a cookie session gets them only with a live secure administrator
 * session (WebSudo); HTTP Basic and personal access tokens are not asked for WebSudo, as in Confluence.
 */
class AdminReadsNeedWebSudoIT {
    private static final String REST = "/rest/aura-workflows/1.0";
    private static final String ADMIN_TOKEN = "e4WQKO04vidTIZhy0p-CzpSBMx8Bw_0cdgOLLCFuWCdw";
    private static final List<String> ADMIN_READS = List.of(
            "/2fa/users?status=PENDING", "/2fa/users?status=ACTIVE&q=al", "/2fa/user-search?q=al",
            "/2fa/audit", "/2fa/audit?outcome=ADMIN_UNLOCK", "/2fa/audit.csv", "/group-search?q=rev");

    @RegisterExtension
    static DevHostExtension host = DevHostExtension.withDemoData();

    @Test
    void anAdminCookieSessionWithoutWebSudoGets401OnEveryAdminRead() {
        DevHostClient admin = host.browser();
        assertEquals(302, admin.login("admin", "admin").status());
        for (String path : ADMIN_READS) {
            HttpResult r = admin.get(REST + path);
            assertEquals(401, r.status(), path + ": " + r);
            assertTrue(r.body().contains("This resource requires WebSudo."), path + ": " + r.body());
        }
    }

    @Test
    void anAdminCookieSessionWithWebSudoGetsEveryAdminRead() {
        DevHostClient admin = host.browser();
        assertEquals(302, admin.login("admin", "admin").status());
        admin.startWebSudo("admin", "/plugins/servlet/aura-workflows/admin/2fa");
        for (String path : ADMIN_READS) {
            HttpResult r = admin.get(REST + path);
            assertEquals(200, r.status(), path + ": " + r);
        }
    }

    @Test
    void basicAndPersonalAccessTokenCallsAreNotAskedForWebSudo() {
        for (DevHostClient client : List.of(host.as("admin"), host.bearer(ADMIN_TOKEN))) {
            for (String path : ADMIN_READS) {
                HttpResult r = client.get(REST + path);
                assertEquals(200, r.status(), path + ": " + r);
            }
        }
    }

    @Test
    void nonAdminsStayRefusedWhateverTheSession() {
        DevHostClient erin = host.browser();
        assertEquals(302, erin.login("erin", "erin").status());
        for (String path : ADMIN_READS) {
            assertEquals(403, host.as("erin").get(REST + path).status(), path);
            // a non-admin is refused as such (403), not asked for WebSudo they could not use
            assertEquals(403, erin.get(REST + path).status(), path);
        }
    }
}
