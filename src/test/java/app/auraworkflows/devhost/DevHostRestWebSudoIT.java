package app.auraworkflows.devhost;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.auraworkflows.devhost.junit.DevHostClient;
import app.auraworkflows.devhost.junit.DevHostExtension;
import app.auraworkflows.devhost.junit.HttpResult;
import app.auraworkflows.twofactor.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * WebSudo on REST is a check only, as in Atlassian REST: a REST call inside a live secure administrator
 * session is served but does not prolong it, so the session ends on time however busy the scripts are.
 */
class DevHostRestWebSudoIT {

    private static final String SUDO = "/rest/fixture/1.0/hello/sudo";
    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2025-03-01T09:00:00Z"));

    @RegisterExtension
    static DevHostExtension host = DevHostExtension.withDemoData().pluginJar(TestPluginJar::standard)
            .configure(b -> b.clock(CLOCK).webSudoTimeout(Duration.ofMinutes(10)));

    @Test
    void restCallsDoNotExtendWebSudo() {
        DevHostClient browser = host.browser();
        browser.login("admin", "admin");
        DevHostLoginIT.authenticate(browser, "admin", "/");
        assertEquals(200, browser.get(SUDO).status());
        CLOCK.advance(Duration.ofMinutes(6));
        assertEquals(200, browser.get(SUDO).status(), "still inside the 10 minutes");
        CLOCK.advance(Duration.ofMinutes(6));
        HttpResult expired = browser.get(SUDO);
        assertEquals(401, expired.status(), "12 minutes after the password: the REST call at 6 minutes did not extend it");
        assertEquals("This resource requires WebSudo.", expired.json().get("message").asText());
    }
}
