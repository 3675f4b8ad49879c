package app.auraworkflows.devhost;

import app.auraworkflows.devhost.demo.DemoData;
import app.auraworkflows.devhost.web.ManageAppsServlet;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the dev host in the foreground: {@code mvn -Pdevhost package -DskipTests} (or this class on
 * the test classpath with {@code -Daura.plugin.jar=target/aura-workflows-confluence-<v>.jar
 * -Ddevhost.config=amps-config}). Prints the URL and the demo logins; Ctrl-C stops it cleanly.
 */
public final class DevHostMain {

    private DevHostMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", System.getProperty("devhost.logLevel", "info"));
        System.setProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.com.zaxxer.hikari", "warn");
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "HH:mm:ss.SSS");
        Path configDir = Path.of(System.getProperty("devhost.config", "amps-config"));
        // Like Confluence, a plugin that fails to enable leaves the host running (Manage apps says why).
        DevHostConfig config = DevHostConfig.fromConfigDir(configDir).toBuilder().requirePlugin(false).build();
        DevHost host = DevHost.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            host.stop();
            stopped.countDown();
        }, "devhost-shutdown"));

        StringBuilder banner = new StringBuilder();
        banner.append("\n  Aura Workflows dev host (Confluence 10.2 stand-in) is running\n\n");
        banner.append("  URL:       ").append(host.baseUrl()).append("/\n");
        banner.append("  Data:      ").append(config.jdbcUrl() != null ? config.jdbcUrl() : config.dataDir()).append('\n');
        banner.append("  Plugin:    ").append(config.pluginJar()).append('\n');
        host.pluginFailure().ifPresent(why -> banner.append("  FAILED:    the plugin did not enable: ").append(why)
                .append("\n             (Administration > Manage apps: ").append(host.baseUrl()).append(ManageAppsServlet.PATH)
                .append(")\n"));
        DemoData demo = config.demoData();
        if (!demo.users().isEmpty()) {
            banner.append("  Logins:    ");
            demo.users().forEach(u -> banner.append(u.username())
                    .append(u.groups().contains("confluence-administrators") ? " (admin) " : " "));
            banner.append("\n             password = username (demo data, amps-config/demo-data.json)\n");
        }
        banner.append("\n  Ctrl-C stops the host.\n");
        System.out.println(banner);
        stopped.await();
    }
}
