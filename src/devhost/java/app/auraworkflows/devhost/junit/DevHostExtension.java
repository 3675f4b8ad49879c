package app.auraworkflows.devhost.junit;

import app.auraworkflows.devhost.DevHost;
import app.auraworkflows.devhost.DevHostConfig;
import app.auraworkflows.devhost.demo.DemoData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit 5 extension that runs a dev host for HTTP and browser tests:
 * <pre>
 * &#64;RegisterExtension
 * static DevHostExtension host = DevHostExtension.withDemoData();
 * ...
 * host.as("alice").get("/rest/aura-workflows/1.0/2fa/me")
 * </pre>
 * Each run gets a free port and a fresh data directory (fresh embedded database) under
 * {@code target/devhost-it/}. The plugin JAR is the built one (system property {@code aura.plugin.jar},
 * set by failsafe) unless {@link #pluginJar(Supplier)} names another. As a static field the host lives for
 * the test class; as an instance field, for each test.
 */
public final class DevHostExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    private final DemoData demoData;
    private Supplier<Path> pluginJar = DevHostExtension::builtPluginJar;
    private UnaryOperator<DevHostConfig.Builder> customizer = UnaryOperator.identity();
    private DevHost host;
    private boolean classScoped;

    private DevHostExtension(DemoData demoData) {
        this.demoData = demoData;
    }

    /** The project's demo data ({@code amps-config/demo-data.json}): admin, alice...erin, reviewers, DEMO. */
    public static DevHostExtension withDemoData() {
        return new DevHostExtension(DemoData.read(projectDir().resolve("amps-config/demo-data.json")));
    }

    /** An empty directory and no content. */
    public static DevHostExtension empty() {
        return new DevHostExtension(DemoData.empty());
    }

    /** Uses another plugin JAR (e.g. one built by the test); evaluated when the host starts. */
    public DevHostExtension pluginJar(Supplier<Path> jar) {
        this.pluginJar = jar;
        return this;
    }

    /** Adjusts the configuration (e.g. WebSudo off, PostgreSQL) before start. */
    public DevHostExtension configure(UnaryOperator<DevHostConfig.Builder> customizer) {
        this.customizer = customizer;
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        classScoped = true;
        start(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (!classScoped) {
            start(context);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!classScoped) {
            stop();
        }
    }

    private void start(ExtensionContext context) {
        String name = context.getRequiredTestClass().getSimpleName()
                + context.getTestMethod().map(m -> "-" + m.getName()).orElse("");
        Path dataDir = targetDir().resolve("devhost-it").resolve(name + "-" + System.nanoTime());
        DevHostConfig.Builder b = DevHostConfig.builder()
                .contextPath(itContextPath())
                .port(0)
                .dataDir(dataDir)
                .demoData(demoData)
                .pluginJar(pluginJar.get())
                .nodeId(name);
        host = DevHost.start(customizer.apply(b).build());
    }

    /**
     * The context path HTTP and browser tests run at: {@code /confluence} unless the build names another
     * ({@code aura.it.contextPath}: {@code ROOT} for Confluence at the root, or e.g. {@code /wiki}), so the same
     * suites prove the app at every context path a site may use.
     */
    public static String itContextPath() {
        String configured = System.getProperty("aura.it.contextPath", "/confluence").trim();
        return configured.equals("ROOT") || configured.equals("/") ? "" : configured;
    }

    private void stop() {
        if (host != null) {
            host.stop();
            host = null;
        }
    }

    public DevHost host() {
        if (host == null) {
            throw new IllegalStateException("The dev host is not running (register the extension with @RegisterExtension)");
        }
        return host;
    }

    /** e.g. {@code http://localhost:41234/confluence}. */
    public String baseUrl() {
        return host().baseUrl();
    }

    /** A Basic-auth client for a demo user (password = username). */
    public DevHostClient as(String username) {
        return as(username, username);
    }

    public DevHostClient as(String username, String password) {
        return DevHostClient.basic(baseUrl(), username, password);
    }

    /** A client that authenticates with a personal access token. */
    public DevHostClient bearer(String token) {
        return DevHostClient.bearer(baseUrl(), token);
    }

    public DevHostClient anonymous() {
        return DevHostClient.anonymous(baseUrl());
    }

    /** A cookie-keeping client (not logged in yet). */
    public DevHostClient browser() {
        return DevHostClient.browser(baseUrl());
    }

    public HttpResult get(String username, String path) { return as(username).get(path); }
    public HttpResult postJson(String username, String path, Object body) { return as(username).postJson(path, body); }
    public HttpResult putJson(String username, String path, Object body) { return as(username).putJson(path, body); }
    public HttpResult delete(String username, String path) { return as(username).delete(path); }

    /** The built plugin JAR named by {@code aura.plugin.jar}; fails with a hint when run outside failsafe. */
    public static Path builtPluginJar() {
        String jar = System.getProperty("aura.plugin.jar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("System property aura.plugin.jar must name the built plugin JAR ("
                    + jar + "); run HTTP tests with mvn verify (failsafe sets it)");
        }
        return Path.of(jar);
    }

    /** {@code target/} of the project (failsafe passes {@code aura.target.dir}). */
    public static Path targetDir() {
        String t = System.getProperty("aura.target.dir");
        Path target = t != null ? Path.of(t) : projectDir().resolve("target");
        try {
            Files.createDirectories(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    public static Path projectDir() {
        String basedir = System.getProperty("basedir");
        return basedir != null ? Path.of(basedir) : Path.of("").toAbsolutePath();
    }
}
