package app.auraworkflows.it;

import static app.auraworkflows.it.WorkflowFixtures.REST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.auraworkflows.devhost.DevHost;
import app.auraworkflows.devhost.DevHostConfig;
import app.auraworkflows.devhost.ao.DevActiveObjects;
import app.auraworkflows.devhost.ao.DevDatabase;
import app.auraworkflows.devhost.content.HostPage;
import app.auraworkflows.devhost.db.HostDatabase;
import app.auraworkflows.devhost.db.ModelVersionStore;
import app.auraworkflows.devhost.demo.DemoData;
import app.auraworkflows.devhost.junit.DevHostClient;
import app.auraworkflows.devhost.junit.DevHostExtension;
import app.auraworkflows.devhost.junit.HttpResult;
import app.auraworkflows.store.previous.PreviousSchema;
import app.auraworkflows.store.previous.PreviousVersionData;
import app.auraworkflows.web.WebModules;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The built plugin JAR started on a dev host whose database the previous version of the plugin (model version
 * 0, before 2FA-protected steps) left behind: tables of {@code PreviousSchema} full of rows. The dev host runs
 * the {@code <upgradeTask>} and then migrates, as Confluence's AO plugin does; the REST API then shows every
 * approval step of those workflows, and the open round, with "Require 2FA" off.
 */
class PreviousVersionUpgradeIT {

    @Test
    void thePluginStartsOnAPreviousVersionDatabaseAndShowsEveryOldApprovalStepUnprotected() throws Exception {
        Path dataDir = DevHostExtension.targetDir().resolve("devhost-it").resolve("previous-version-" + System.nanoTime());
        DevHostConfig hostOnly = DevHostConfig.builder().port(0).dataDir(dataDir)
                .demoData(DemoData.read(Path.of("amps-config/demo-data.json").toAbsolutePath())).build();
        long openRoundPage;
        long noRoundPage;
        try (DevHost host = DevHost.start(hostOnly)) { // no plugin yet: demo users and pages only
            List<HostPage> pages = host.content().pagesInSpace("DEMO");
            openRoundPage = pages.get(0).id();
            noRoundPage = pages.get(1).id();
        }
        HostDatabase embedded = HostDatabase.embedded(dataDir.resolve("db"));
        PreviousVersionData.Written written;
        try (DevActiveObjects previous = DevActiveObjects.create(
                new DevDatabase(embedded.jdbcUrl(), embedded.user(), embedded.password()), WebModules.PLUGIN_KEY,
                PreviousSchema.asArray())) {
            written = PreviousVersionData.write(previous, openRoundPage, noRoundPage);
        }

        try (DevHost host = DevHost.start(hostOnly.toBuilder().pluginJar(DevHostExtension.builtPluginJar()).build())) {
            DevHostClient admin = DevHostClient.basic(host.baseUrl(), "admin", "admin");
            List<String> approvalSteps = new ArrayList<>();
            for (int id : written.workflowIds()) {
                HttpResult r = admin.get(REST + "/workflows/" + id);
                assertEquals(200, r.status(), r.toString());
                for (JsonNode t : r.json().get("transitions")) {
                    if ("APPROVAL".equals(t.get("type").asText())) {
                        approvalSteps.add(t.get("key").asText());
                        assertTrue(t.get("requireTwoFactor").isBoolean(), t.toString());
                        assertFalse(t.get("requireTwoFactor").asBoolean(), t.toString());
                    }
                }
            }
            assertEquals(List.of("review", "legal-review", "board-review"), approvalSteps);

            HttpResult status = DevHostClient.basic(host.baseUrl(), "alice", "alice").get(REST + "/pages/" + openRoundPage + "/workflow");
            assertEquals(200, status.status(), status.toString());
            JsonNode approval = status.json().get("approval");
            assertEquals(1, approval.get("round").asInt());
            assertEquals(1, approval.get("approvals").asInt(), "bob's vote from the previous version counts");
            assertFalse(approval.get("requireTwoFactor").asBoolean(), "the round opened before Require 2FA stays unprotected");

            assertEquals("5", new ModelVersionStore(host.database()).get(WebModules.PLUGIN_KEY).toString(),
                    "every upgrade task ran: model version 5");
            String prefix = DevActiveObjects.tablePrefix(WebModules.PLUGIN_KEY);
            try (Connection c = host.database().connect(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT \"DEFINITION_JSON\" FROM \"" + prefix + "WF_DEFINITION\" WHERE \"ID\" = "
                         + written.reviewWorkflowId())) {
                assertTrue(rs.next());
                assertTrue(rs.getString(1).contains("\"requireTwoFactor\":false"), "stored, not only read as false");
            }
        }
    }
}
