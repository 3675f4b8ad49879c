package app.auraworkflows.devhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.auraworkflows.devhost.demo.DemoData;
import app.auraworkflows.devhost.junit.DevHostClient;
import app.auraworkflows.devhost.junit.DevHostExtension;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The embedded database keeps data between runs, and demo data is loaded only on the first start. */
class DevHostPersistenceIT {

    @Test
    void dataSurvivesARestartAndDemoDataIsNotLoadedTwice() {
        Path dataDir = DevHostExtension.targetDir().resolve("devhost-it").resolve("persistence-" + System.nanoTime());
        DemoData demo = DemoData.read(Path.of("amps-config/demo-data.json").toAbsolutePath());
        DevHostConfig config = DevHostConfig.builder().port(0).dataDir(dataDir).demoData(demo)
                .pluginJar(TestPluginJar.standard()).build();

        try (DevHost first = DevHost.start(config)) {
            first.users().create("gina", "Gina Green", "gina@example.com", "gina-secret");
            first.content().createPage("DEMO", "Made in run one", "<p>one</p>", null, null);
        }
        try (DevHost second = DevHost.start(config)) {
            assertEquals(7, second.users().count(), "6 demo users + gina, demo users not duplicated");
            assertEquals(5, second.content().pagesInSpace("DEMO").size());
            DevHostClient gina = DevHostClient.basic(second.baseUrl(), "gina", "gina-secret");
            assertEquals(200, gina.get("/rest/fixture/1.0/hello").status());
            assertTrue(second.config().sharedHome().startsWith(dataDir));
        }
    }
}
