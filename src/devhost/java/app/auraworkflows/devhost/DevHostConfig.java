package app.auraworkflows.devhost;

import app.auraworkflows.devhost.demo.DemoData;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;

/**
 * Everything a dev host node needs to start: address, data directory, database, plugin JAR, demo
 * data and security switches. Built with {@link #builder()} or read from {@code amps-config/} by
 * {@link #fromConfigDir(Path)} (file {@code devhost.properties}, overridable with {@code -Ddevhost.*}).
 */
public final class DevHostConfig {

    private final String host;
    private final int port;
    private final String contextPath;
    private final String baseUrl;
    private final Path dataDir;
    private final Path sharedHome;
    private final String jdbcUrl;
    private final String jdbcUser;
    private final String jdbcPassword;
    private final Path pluginJar;
    private final DemoData demoData;
    private final String siteTitle;
    private final boolean webSudoEnabled;
    private final boolean xsrfFilterEnabled;
    private final boolean anonymousAccess;
    private final Duration webSudoTimeout;
    private final String nodeId;
    private final String sessionCookieName;
    private final int passwordIterations;
    private final Clock clock;
    private final PluginActiveObjectsFactory activeObjectsFactory;
    private final boolean requirePlugin;

    private DevHostConfig(Builder b) {
        this.host = b.host;
        this.port = b.port;
        this.contextPath = normalizeContextPath(b.contextPath);
        this.baseUrl = b.baseUrl;
        this.dataDir = b.dataDir.toAbsolutePath().normalize();
        this.sharedHome = (b.sharedHome != null ? b.sharedHome : dataDir.resolve("shared-home")).toAbsolutePath().normalize();
        this.jdbcUrl = b.jdbcUrl;
        this.jdbcUser = b.jdbcUser;
        this.jdbcPassword = b.jdbcPassword;
        this.pluginJar = b.pluginJar == null ? null : b.pluginJar.toAbsolutePath().normalize();
        this.demoData = b.demoData;
        this.siteTitle = b.siteTitle;
        this.webSudoEnabled = b.webSudoEnabled;
        this.xsrfFilterEnabled = b.xsrfFilterEnabled;
        this.anonymousAccess = b.anonymousAccess;
        this.webSudoTimeout = b.webSudoTimeout;
        this.nodeId = b.nodeId;
        this.sessionCookieName = b.sessionCookieName;
        this.passwordIterations = b.passwordIterations;
        this.clock = b.clock;
        this.activeObjectsFactory = b.activeObjectsFactory;
        this.requirePlugin = b.requirePlugin;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads {@code <dir>/devhost.properties} (see amps-config/README.md); relative paths in it are
     * resolved against {@code dir}. System properties {@code devhost.<key>} override file values, and
     * {@code aura.plugin.jar} names the plugin JAR.
     */
    public static DevHostConfig fromConfigDir(Path dir) {
        Properties p = new Properties();
        Path file = dir.resolve("devhost.properties");
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file, e);
            }
        }
        for (String key : System.getProperties().stringPropertyNames()) {
            if (key.startsWith("devhost.") && !key.equals("devhost.config")) {
                p.setProperty(key.substring("devhost.".length()), System.getProperty(key));
            }
        }
        Builder b = builder()
                .host(p.getProperty("host", "localhost"))
                .port(Integer.parseInt(p.getProperty("port", "2990").trim()))
                .contextPath(p.getProperty("contextPath", "/confluence"))
                .baseUrl(blankToNull(p.getProperty("baseUrl")))
                .dataDir(dir.resolve(p.getProperty("dataDir", "data")))
                .jdbc(blankToNull(p.getProperty("jdbc.url")), p.getProperty("jdbc.user"), p.getProperty("jdbc.password"))
                .siteTitle(blankToNull(p.getProperty("siteTitle")))
                .webSudoEnabled(Boolean.parseBoolean(p.getProperty("websudo.enabled", "true")))
                .webSudoTimeout(Duration.ofMinutes(Long.parseLong(p.getProperty("websudo.timeoutMinutes", "10").trim())))
                .nodeId(p.getProperty("nodeId", "node1"))
                .sessionCookieName(p.getProperty("sessionCookieName", "JSESSIONID"));
        String shared = blankToNull(p.getProperty("sharedHome"));
        if (shared != null) {
            b.sharedHome(dir.resolve(shared));
        }
        Path demo = dir.resolve(p.getProperty("demoData", "demo-data.json"));
        b.demoData(Files.isRegularFile(demo) ? DemoData.read(demo) : DemoData.empty());
        String jarProperty = blankToNull(System.getProperty("aura.plugin.jar"));
        String jarInFile = blankToNull(p.getProperty("pluginJar"));
        if (jarProperty != null) {
            b.pluginJar(Path.of(jarProperty)); // command line: relative to the working directory
        } else if (jarInFile != null) {
            b.pluginJar(dir.resolve(jarInFile));
        }
        return b.build();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String normalizeContextPath(String cp) {
        if (cp == null || cp.isBlank() || cp.equals("/")) {
            return "";
        }
        String c = cp.trim();
        c = c.startsWith("/") ? c : "/" + c;
        return c.endsWith("/") ? c.substring(0, c.length() - 1) : c;
    }

    public String host() { return host; }
    /** 0 means: any free port. */
    public int port() { return port; }
    /** {@code /confluence}, or empty for the root context. */
    public String contextPath() { return contextPath; }
    /** Fixed public base URL, or null to derive it from host, bound port and context path. */
    public String baseUrl() { return baseUrl; }
    public Path dataDir() { return dataDir; }
    public Path localHome() { return dataDir.resolve("home"); }
    public Path sharedHome() { return sharedHome; }
    /** JDBC URL of an external database (PostgreSQL), or null for the embedded HSQLDB under the data dir. */
    public String jdbcUrl() { return jdbcUrl; }
    public String jdbcUser() { return jdbcUser; }
    public String jdbcPassword() { return jdbcPassword; }
    public Path pluginJar() { return pluginJar; }
    public DemoData demoData() { return demoData; }
    public String siteTitle() { return siteTitle; }
    public boolean webSudoEnabled() { return webSudoEnabled; }
    /**
     * True (always, except in tests that say otherwise): REST modules get the host's XSRF filter. False lets a
     * test prove that the plugin refuses forgeable requests by itself, as it must on a laxer host; the run
     * command has no property for it.
     */
    public boolean xsrfFilterEnabled() { return xsrfFilterEnabled; }
    /**
     * Confluence's global permission "Use Confluence" for anonymous users (off by default, as on a new site):
     * when on, spaces that grant VIEW to anonymous users show their pages to people who are not logged in.
     */
    public boolean anonymousAccess() { return anonymousAccess; }
    public Duration webSudoTimeout() { return webSudoTimeout; }
    public String nodeId() { return nodeId; }
    public String sessionCookieName() { return sessionCookieName; }
    public int passwordIterations() { return passwordIterations; }
    public Clock clock() { return clock; }
    /** Active Objects for {@code <ao>} modules; null: the {@link DevActiveObjectsBridge} on the host database. */
    public PluginActiveObjectsFactory activeObjectsFactory() { return activeObjectsFactory; }

    /**
     * True (the default for programmatic starts): a plugin that fails to enable fails the start, so a test
     * cannot run against a host without it. False (the run command): the host keeps running without the
     * plugin, as Confluence does, logs why and shows the plugin as failed under Manage apps.
     */
    public boolean requirePlugin() { return requirePlugin; }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.host = host;
        b.port = port;
        b.contextPath = contextPath;
        b.baseUrl = baseUrl;
        b.dataDir = dataDir;
        b.sharedHome = sharedHome;
        b.jdbcUrl = jdbcUrl;
        b.jdbcUser = jdbcUser;
        b.jdbcPassword = jdbcPassword;
        b.pluginJar = pluginJar;
        b.demoData = demoData;
        b.siteTitle = siteTitle;
        b.webSudoEnabled = webSudoEnabled;
        b.xsrfFilterEnabled = xsrfFilterEnabled;
        b.anonymousAccess = anonymousAccess;
        b.webSudoTimeout = webSudoTimeout;
        b.nodeId = nodeId;
        b.sessionCookieName = sessionCookieName;
        b.passwordIterations = passwordIterations;
        b.clock = clock;
        b.activeObjectsFactory = activeObjectsFactory;
        b.requirePlugin = requirePlugin;
        return b;
    }

    /** Builder with the defaults of {@code amps-config/devhost.properties}. */
    public static final class Builder {
        private String host = "localhost";
        private int port = 2990;
        private String contextPath = "/confluence";
        private String baseUrl;
        private Path dataDir = Path.of("target", "devhost-data");
        private Path sharedHome;
        private String jdbcUrl;
        private String jdbcUser;
        private String jdbcPassword;
        private Path pluginJar;
        private DemoData demoData = DemoData.empty();
        private String siteTitle;
        private boolean webSudoEnabled = true;
        private boolean xsrfFilterEnabled = true;
        private boolean anonymousAccess;
        private Duration webSudoTimeout = Duration.ofMinutes(10);
        private String nodeId = "node1";
        private String sessionCookieName = "JSESSIONID";
        private int passwordIterations = 10_000;
        private Clock clock = Clock.systemUTC();
        private PluginActiveObjectsFactory activeObjectsFactory;
        private boolean requirePlugin = true;

        public Builder host(String v) { host = v; return this; }
        public Builder port(int v) { port = v; return this; }
        public Builder contextPath(String v) { contextPath = v; return this; }
        public Builder baseUrl(String v) { baseUrl = v; return this; }
        public Builder dataDir(Path v) { dataDir = v; return this; }
        public Builder sharedHome(Path v) { sharedHome = v; return this; }
        public Builder jdbc(String url, String user, String password) { jdbcUrl = url; jdbcUser = user; jdbcPassword = password; return this; }
        public Builder pluginJar(Path v) { pluginJar = v; return this; }
        public Builder demoData(DemoData v) { demoData = v; return this; }
        public Builder siteTitle(String v) { siteTitle = v; return this; }
        public Builder webSudoEnabled(boolean v) { webSudoEnabled = v; return this; }
        public Builder xsrfFilterEnabled(boolean v) { xsrfFilterEnabled = v; return this; }
        public Builder anonymousAccess(boolean v) { anonymousAccess = v; return this; }
        public Builder webSudoTimeout(Duration v) { webSudoTimeout = v; return this; }
        public Builder nodeId(String v) { nodeId = v; return this; }
        public Builder sessionCookieName(String v) { sessionCookieName = v; return this; }
        public Builder passwordIterations(int v) { passwordIterations = v; return this; }
        public Builder clock(Clock v) { clock = v; return this; }
        public Builder activeObjectsFactory(PluginActiveObjectsFactory v) { activeObjectsFactory = v; return this; }
        public Builder requirePlugin(boolean v) { requirePlugin = v; return this; }

        public DevHostConfig build() {
            return new DevHostConfig(this);
        }
    }
}
