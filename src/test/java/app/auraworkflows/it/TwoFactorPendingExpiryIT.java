package app.auraworkflows.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.auraworkflows.devhost.junit.DevHostExtension;
import app.auraworkflows.devhost.junit.HttpResult;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A pending 2FA setup expires over real HTTP: once it is older than the expiry (7 days by default) its
 * secret is never shown again, a right code no longer activates it, the admin list marks it expired, and
 * adding the user again issues a new secret. The plugin reads the system clock, so the test ages the
 * setup in the database (when it was added) rather than waiting a week.
 */
class TwoFactorPendingExpiryIT {
    private static final String REST = "/rest/aura-workflows/1.0/2fa";
    private static final String ENROLMENTS = "AO_4B91BC_TFA_ENROLMENT";

    @RegisterExtension
    static DevHostExtension host = DevHostExtension.withDemoData();

    @Test
    void anExpiredPendingSetupShowsNoSecretCannotBeConfirmedAndIsReplacedWhenAddedAgain() throws Exception {
        assertEquals(200, host.postJson("admin", REST + "/users", Map.of("usernames", List.of("carol"))).status());
        JsonNode pending = host.get("carol", REST + "/me").json();
        assertEquals("PENDING", pending.get("status").asText());
        String oldKey = pending.get("manualKey").asText();

        addedAt("carol", Instant.now().minus(Duration.ofDays(8)));

        HttpResult me = host.get("carol", REST + "/me");
        assertEquals(200, me.status());
        assertEquals("EXPIRED", me.json().get("status").asText());
        assertFalse(me.json().has("manualKey"), "an expired setup never shows its secret again");
        assertFalse(me.json().has("otpauthUri"));
        assertEquals(404, host.get("carol", REST + "/me/qr.png").status());

        HttpResult confirm = host.postJson("carol", REST + "/me/confirm", Map.of("code", AuthenticatorApp.currentCode(oldKey)));
        assertEquals(409, confirm.status(), "status of the confirmation (body not printed)");
        assertEquals("SETUP_EXPIRED", confirm.json().get("error").asText());

        JsonNode listed = host.get("admin", REST + "/users?status=PENDING").json().get("users");
        JsonNode carol = null;
        for (JsonNode u : listed) {
            if (u.get("username").asText().equals("carol")) {
                carol = u;
            }
        }
        assertTrue(carol != null && carol.get("expired").asBoolean(), "the admin list marks the setup expired");

        assertEquals(200, host.postJson("admin", REST + "/users", Map.of("usernames", List.of("carol"))).status());
        JsonNode fresh = host.get("carol", REST + "/me").json();
        assertEquals("PENDING", fresh.get("status").asText(), "added again: a fresh setup");
        assertNotEquals(oldKey, fresh.get("manualKey").asText(), "with a new secret");
        HttpResult activated = host.postJson("carol", REST + "/me/confirm",
                Map.of("code", AuthenticatorApp.currentCode(fresh.get("manualKey").asText())));
        assertEquals(200, activated.status(), "status of the confirmation (body not printed)");
        assertEquals("ACTIVE", host.get("carol", REST + "/me").json().get("status").asText());
    }

    private static void addedAt(String username, Instant when) throws Exception {
        try (Connection c = host.host().database().connect();
             PreparedStatement s = c.prepareStatement("UPDATE " + ENROLMENTS + " SET ADDED_AT = ? WHERE USERNAME = ?")) {
            s.setLong(1, when.toEpochMilli());
            s.setString(2, username);
            assertEquals(1, s.executeUpdate(), "one setup for " + username);
        }
    }
}
