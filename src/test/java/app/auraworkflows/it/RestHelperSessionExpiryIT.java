package app.auraworkflows.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.auraworkflows.devhost.junit.DevHostClient;
import app.auraworkflows.devhost.junit.DevHostExtension;
import app.auraworkflows.devhost.junit.HttpResult;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The shared REST helper treats a 401 as an expired login or secure administrator session: the script
 * served to browsers carries the translated explanation (jsI18n applied), and the plugin's
 * WebSudo-protected REST answers a session without WebSudo with the 401 the helper recognises.
 */
class RestHelperSessionExpiryIT {

    @RegisterExtension
    static DevHostExtension host = DevHostExtension.withDemoData();

    @Test
    void servedHelperCarriesTheTranslatedSessionExpiredMessage() {
        HttpResult js = host.anonymous().get("/download/resources/app.auraworkflows.confluence:aura-common-resources/aura-rest.js");
        assertEquals(200, js.status(), js.toString());
        assertTrue(js.body().contains("Your session or your secure administrator session has expired."), js.body());
        assertTrue(js.body().contains("sessionExpired: true"));
        assertFalse(js.body().contains("I18n.getText"), "the jsI18n transformer replaced the call");
    }

    @Test
    void webSudoProtectedPluginRestAnswersASessionWithoutWebSudoWith401() {
        DevHostClient browser = host.browser();
        browser.login("admin", "admin");
        HttpResult r = browser.postJson("/rest/aura-workflows/1.0/2fa/users", Map.of("usernames", java.util.List.of("alice")));
        assertEquals(401, r.status(), r.toString());
        assertEquals("This resource requires WebSudo.", r.json().get("message").asText());
    }
}
