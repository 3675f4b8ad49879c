package app.auraworkflows.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.auraworkflows.devhost.junit.DevHostClient;
import app.auraworkflows.devhost.junit.DevHostExtension;
import app.auraworkflows.devhost.junit.HttpResult;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A secret that cannot be decrypted — here a ciphertext moved into another user's row, as a database-level
 * attacker or a botched restore would do — makes 2FA fail closed with a clear 503 over REST and on the
 * screen: never a stack trace, never an accepted code, and the setup is left as it was.
 */
class TwoFactorKeyFailureIT {
    private static final String ME = "/rest/aura-workflows/1.0/2fa/me";

    @RegisterExtension
    static DevHostExtension host = DevHostExtension.withDemoData();

    @Test
    void aCiphertextMovedToAnotherUsersRowFailsClosedWithServiceUnavailable() throws Exception {
        host.postJson("admin", "/rest/aura-workflows/1.0/2fa/users", Map.of("usernames", List.of("alice", "bob")));
        String manualKey = host.get("alice", ME).json().get("manualKey").asText();
        Path keyFile = host.host().config().sharedHome().resolve("aura-workflows").resolve("aura-workflows-2fa.key");
        assertTrue(Files.exists(keyFile), "the key lives in the shared home, outside the database: " + keyFile);
        String table = "AO_4B91BC_TFA_ENROLMENT";
        String aliceSecret = secretOf(table, "alice");
        setSecret(table, "alice", secretOf(table, "bob"));
        try {
            HttpResult me = host.get("alice", ME);
            assertEquals(503, me.status(), "status of GET /2fa/me (body not printed: it may hold the setup key)");
            assertEquals("TWO_FACTOR_UNAVAILABLE", me.json().get("error").asText());
            HttpResult confirm = host.postJson("alice", ME + "/confirm",
                    Map.of("code", AuthenticatorApp.currentCode(manualKey)));
            assertEquals(503, confirm.status(), "a right code is not accepted without the key");
            assertFalse(confirm.body().contains("Exception"));

            DevHostClient browser = host.browser();
            browser.login("alice", "alice");
            HttpResult screen = browser.get("/plugins/servlet/aura-workflows/2fa");
            assertEquals(503, screen.status());
            assertTrue(screen.body().contains("aura-2fa-message"));
        } finally {
            setSecret(table, "alice", aliceSecret);
        }
        assertEquals("PENDING", host.get("alice", ME).json().get("status").asText(), "nothing changed");
    }

    private static String secretOf(String table, String username) throws Exception {
        try (Connection c = host.host().database().connect();
             PreparedStatement s = c.prepareStatement("SELECT ENCRYPTED_SECRET FROM " + table + " WHERE USERNAME = ?")) {
            s.setString(1, username);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), "no row for " + username);
                return r.getString(1);
            }
        }
    }

    private static void setSecret(String table, String username, String secret) throws Exception {
        try (Connection c = host.host().database().connect();
             PreparedStatement s = c.prepareStatement("UPDATE " + table + " SET ENCRYPTED_SECRET = ? WHERE USERNAME = ?")) {
            s.setString(1, secret);
            s.setString(2, username);
            assertEquals(1, s.executeUpdate());
        }
    }
}
