package app.auraworkflows.devhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.auraworkflows.devhost.content.HostPage;
import app.auraworkflows.devhost.demo.DemoData;
import app.auraworkflows.devhost.directory.UserStore;
import app.auraworkflows.devhost.junit.DevHostClient;
import app.auraworkflows.devhost.junit.DevHostExtension;
import app.auraworkflows.devhost.junit.FreshPostgresDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Two dev-host nodes on one PostgreSQL database and one shared home behave as one site: demo data is
 * loaded once, users and pages created through one node are seen by the other.
 *
 * <p>Uses the PostgreSQL named by {@code aura.test.postgres.url} (system property) or
 * {@code AURA_TEST_POSTGRES_URL} (environment), by default {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres},
 * and creates a fresh database of its own. Without PostgreSQL it is skipped with a loud message, except on
 * CI ({@code CI=true}), where it fails.
 */
class DevHostClusterIT {

    @Test
    void twoNodesOnOnePostgresShareUsersAndContent() throws Exception {
        try (FreshPostgresDatabase database = FreshPostgresDatabase.create("devhost_it_", "two-node cluster test")) {
            twoNodesShare(database.jdbcUrl());
        }
    }

    private static void twoNodesShare(String url) throws Exception {
        Path root = DevHostExtension.targetDir().resolve("devhost-it").resolve("cluster-" + System.nanoTime());
        DemoData demo = DemoData.read(Path.of("amps-config/demo-data.json").toAbsolutePath());
        DevHostConfig.Builder node = DevHostConfig.builder().port(0).jdbc(url, null, null).demoData(demo)
                .sharedHome(root.resolve("shared-home")).pluginJar(TestPluginJar.standard());
        try (DevHost a = DevHost.start(node.dataDir(root.resolve("a")).nodeId("a").build());
             DevHost b = DevHost.start(node.dataDir(root.resolve("b")).nodeId("b").build())) {
            assertEquals(6, b.users().count(), "demo data loaded once for the database");
            // like Confluence's default group for new users: space permissions go to confluence-users
            a.users().addMember(UserStore.USERS, a.users().create("hank", "Hank Hill", "hank@example.com", "hank-pw"));
            assertEquals(200, DevHostClient.basic(b.baseUrl(), "hank", "hank-pw").get("/rest/fixture/1.0/hello").status());
            HostPage page = a.content().createPage("DEMO", "Cluster page", "<p>shared</p>", null, null);
            DevHostClient browser = DevHostClient.browser(b.baseUrl());
            browser.login("hank", "hank-pw");
            assertTrue(browser.get("/pages/viewpage.action?pageId=" + page.id()).body().contains("Cluster page"));
            assertEquals(a.config().sharedHome(), b.config().sharedHome());
        }
    }
}
