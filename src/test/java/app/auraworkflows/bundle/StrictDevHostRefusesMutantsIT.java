package app.auraworkflows.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.auraworkflows.devhost.DevHost;
import app.auraworkflows.devhost.DevHostConfig;
import app.auraworkflows.devhost.demo.DemoData;
import app.auraworkflows.devhost.junit.DevHostClient;
import app.auraworkflows.devhost.junit.DevHostExtension;
import app.auraworkflows.devhost.junit.HttpResult;
import app.auraworkflows.devhost.web.ManageAppsServlet;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The dev host is at least as strict as Confluence: copies of the built JAR with one defect each (an
 * import removed, a descriptor class from a package that is not imported, a web-item at a location
 * Confluence does not render) do not enable. As in Confluence the host keeps running, none of the
 * plugin's modules answers, the reason is given, and Manage apps shows the plugin as failed. The
 * unchanged JAR, started the same way, enables.
 */
class StrictDevHostRefusesMutantsIT {

    private static final String CONDITIONS_USER = "com.atlassian.confluence.plugin.descriptor.web.conditions.user";

    @Test
    void theBuiltJarEnablesOnTheStrictHost() {
        Path jar = Path.of(System.getProperty("aura.plugin.jar"));
        try (DevHost host = start("unchanged", jar)) {
            assertEquals(Optional.empty(), host.pluginFailure());
            assertEquals(200, DevHostClient.basic(host.baseUrl(), "alice", "alice").get("/rest/aura-workflows/1.0/tasks")
                    .status());
        }
    }

    @Test
    void aJarMissingTheImportOfADescriptorConditionPackageIsRefused() {
        Path jar = PluginJarMutant.withImports("no-conditions-user-import",
                imports -> PluginJarMutant.withoutImport(imports, CONDITIONS_USER));
        assertRefused(jar, "UserLoggedInCondition");
    }

    @Test
    void aJarMissingAnImportItsCodeNeedsIsRefused() {
        Path jar = PluginJarMutant.withImports("no-i18n-import",
                imports -> PluginJarMutant.withoutImport(imports, "com.atlassian.sal.api.message"));
        assertRefused(jar, "com.atlassian.sal.api.message");
    }

    @Test
    void aDescriptorNamingAClassFromAPackageTheJarDoesNotImportIsRefused() {
        Path jar = PluginJarMutant.withDescriptor("condition-not-imported", xml -> xml.replaceFirst(
                "conditions\\.user\\.UserLoggedInCondition", "conditions.space.SpacePermissionCondition"));
        assertRefused(jar, "SpacePermissionCondition");
    }

    @Test
    void aWebItemAtALocationConfluenceDoesNotRenderIsRefused() {
        Path jar = PluginJarMutant.withDescriptor("unknown-location",
                xml -> xml.replaceFirst("section=\"system\\.header/left\"", "section=\"system.header.apps\""));
        assertRefused(jar, "system.header.apps");
    }

    private static void assertRefused(Path jar, String reasonMentions) {
        try (DevHost host = start(jar.getFileName().toString(), jar)) {
            String reason = host.pluginFailure().orElseThrow(() -> new AssertionError("the mutant " + jar + " was enabled"));
            assertTrue(reason.contains(reasonMentions), reason);
            DevHostClient alice = DevHostClient.basic(host.baseUrl(), "alice", "alice");
            assertEquals(404, alice.get("/rest/aura-workflows/1.0/tasks").status(), "no REST module of a failed plugin");
            assertEquals(404, alice.get("/plugins/servlet/aura-workflows/tasks").status(), "no servlet of a failed plugin");
            assertEquals(200, alice.get("/rest/api/content?spaceKey=DEMO").status(), "the host itself keeps running");

            DevHostClient admin = DevHostClient.browser(host.baseUrl());
            assertEquals(302, admin.login("admin", "admin").status());
            String form = admin.get("/authenticate.action?destination=" + ManageAppsServlet.PATH).body();
            Matcher token = Pattern.compile("name=\"atl_token\" value=\"([0-9a-f]+)\"").matcher(form);
            assertTrue(token.find(), form);
            HttpResult sudo = admin.postForm("/authenticate.action", Map.of("password", "admin",
                    "destination", ManageAppsServlet.PATH, "atl_token", token.group(1)));
            assertEquals(302, sudo.status(), sudo.toString());
            String apps = admin.get(ManageAppsServlet.PATH).body();
            assertTrue(apps.contains("data-key=\"app.auraworkflows.confluence\" data-state=\"failed\""), apps);
            assertTrue(apps.contains("Failed"), apps);
            String console = admin.get("/admin/console.action").body();
            assertTrue(console.contains("id=\"failed-apps\""), "the admin console points to the failure: " + console);
        }
    }

    private static DevHost start(String name, Path jar) {
        Path dataDir = DevHostExtension.targetDir().resolve("devhost-it").resolve("mutant-" + name + "-" + System.nanoTime());
        return DevHost.start(DevHostConfig.builder()
                .port(0)
                .dataDir(dataDir)
                .demoData(DemoData.read(DevHostExtension.projectDir().resolve("amps-config/demo-data.json")))
                .pluginJar(jar)
                .nodeId(name)
                .requirePlugin(false)
                .build());
    }
}
