package app.auraworkflows.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.auraworkflows.devhost.junit.DevHostClient;
import app.auraworkflows.devhost.junit.DevHostExtension;
import app.auraworkflows.devhost.junit.HttpResult;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.config.JobId;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The 2FA audit retention over real HTTP and the host's scheduler: an administrator sets it on the admin screen
 * (a WebSudo session and the XSRF token; a bad value is refused at the field and changes nothing), the change is
 * itself an audit event, the plugin schedules its pruning job on the host's scheduler once per cluster, and a run
 * deletes exactly the events older than the retention. The plugin reads the system clock, so the test ages events
 * in the database instead of waiting for years.
 */
class AuditRetentionIT {
    private static final String REST = "/rest/aura-workflows/1.0/2fa";
    private static final String ADMIN_SCREEN = "/plugins/servlet/aura-workflows/admin/2fa";
    private static final String AUDIT = "AO_4B91BC_TFA_AUDIT";
    private static final JobId JOB = JobId.of("app.auraworkflows.audit-retention");
    private static final Pattern TOKEN = Pattern.compile("name=\"atl_token\" value=\"([^\"]+)\"");

    @RegisterExtension
    static DevHostExtension host = DevHostExtension.withDemoData();

    @Test
    void thePluginSchedulesItsPruningAsAClusterJobThatFirstRunsMinutesAfterTheStart() {
        Optional<Date> next = host.host().scheduler().nextRunTime(JOB);
        assertTrue(next.isPresent(), "the job is scheduled in the host's scheduler");
        assertTrue(next.get().toInstant().isAfter(Instant.now()), "not at once: a plugin start is never slowed by it");
    }

    @Test
    void anAdministratorSetsTheRetentionOnTheAdminScreenAndARunDeletesOnlyOlderEvents() throws Exception {
        DevHostClient admin = host.browser();
        assertEquals(302, admin.login("admin", "admin").status());
        admin.startWebSudo("admin", ADMIN_SCREEN);
        HttpResult screen = admin.get(ADMIN_SCREEN);
        assertEquals(200, screen.status(), screen.toString());
        assertTrue(screen.body().contains("value=\"1095\""), "three years until changed");

        HttpResult refused = admin.postForm(ADMIN_SCREEN, Map.of("auditRetentionDays", "10", "atl_token", token(screen.body())));
        assertEquals(400, refused.status());
        assertTrue(refused.body().contains("Enter a whole number of days from 30 to 36,500."), "the field's own error");
        assertTrue(refused.body().contains("value=\"10\""), "the text as typed is shown again");
        assertEquals(403, admin.postForm(ADMIN_SCREEN, Map.of("auditRetentionDays", "90")).status(),
                "a POST without the XSRF token is refused");

        HttpResult saved = admin.postForm(ADMIN_SCREEN, Map.of("auditRetentionDays", "90", "atl_token", token(screen.body())));
        assertEquals(303, saved.status(), saved.toString());
        assertTrue(saved.location().endsWith("?saved=retention"), saved.location());
        HttpResult after = admin.get(ADMIN_SCREEN + "?saved=retention");
        assertTrue(after.body().contains("aura-2fa-retention-saved") && after.body().contains("value=\"90\""));
        JsonNode changed = host.get("admin", REST + "/audit?outcome=RETENTION_CHANGED").json();
        assertEquals(1, changed.get("total").asInt(), "the change is in the audit log");
        assertEquals("admin", changed.get("events").get(0).get("actor").asText());

        for (String user : List.of("carol", "dave", "erin")) {
            assertEquals(200, host.postJson("admin", REST + "/users", Map.of("usernames", List.of(user))).status());
        }
        int before = total();
        age("carol", Duration.ofDays(91));
        age("dave", Duration.ofDays(89));

        Optional<JobRunnerResponse> run = host.host().scheduler().runNow(JOB);
        assertTrue(run.isPresent(), "this node claimed the run");
        assertEquals(JobRunnerResponse.Outcome.SUCCESS, run.get().getRunOutcome(), run.get().getMessage());
        assertEquals("1 events deleted", run.get().getMessage());
        assertEquals(before - 1, total());
        assertEquals(0, host.get("admin", REST + "/audit?user=carol").json().get("total").asInt(), "older than 90 days: gone");
        assertEquals(1, host.get("admin", REST + "/audit?user=dave").json().get("total").asInt(), "89 days old: kept");
        assertEquals(1, host.get("admin", REST + "/audit?user=erin").json().get("total").asInt());
    }

    private static int total() {
        return host.get("admin", REST + "/audit").json().get("total").asInt();
    }

    private static void age(String username, Duration age) throws Exception {
        try (Connection c = host.host().database().connect();
             PreparedStatement s = c.prepareStatement("UPDATE " + AUDIT + " SET OCCURRED_AT = ? WHERE USERNAME = ?")) {
            s.setLong(1, Instant.now().minus(age).toEpochMilli());
            s.setString(2, username);
            assertEquals(1, s.executeUpdate(), "one event for " + username);
        }
    }

    private static String token(String html) {
        Matcher m = TOKEN.matcher(html);
        assertTrue(m.find(), "no atl_token in the form");
        return m.group(1);
    }
}
