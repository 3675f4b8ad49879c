package app.auraworkflows.devhost;

import app.auraworkflows.devhost.confluence.DevPageManager;
import app.auraworkflows.devhost.confluence.DevPageUpdates;
import app.auraworkflows.devhost.confluence.DevPermissionManager;
import app.auraworkflows.devhost.event.DevEventPublisher;
import app.auraworkflows.devhost.scheduler.DevSchedulerService;
import app.auraworkflows.devhost.content.ContentStore;
import app.auraworkflows.devhost.db.HostDatabase;
import app.auraworkflows.devhost.db.HostProperties;
import app.auraworkflows.devhost.db.HostSchema;
import app.auraworkflows.devhost.db.ModelVersionStore;
import app.auraworkflows.devhost.demo.DemoData;
import app.auraworkflows.devhost.demo.DemoDataLoader;
import app.auraworkflows.devhost.directory.AccessTokenStore;
import app.auraworkflows.devhost.directory.PasswordHasher;
import app.auraworkflows.devhost.directory.UserStore;
import app.auraworkflows.devhost.http.AccessTokensServlet;
import app.auraworkflows.devhost.http.AuthenticateServlet;
import app.auraworkflows.devhost.http.HostRequestFilter;
import app.auraworkflows.devhost.http.LoginServlet;
import app.auraworkflows.devhost.http.LogoutServlet;
import app.auraworkflows.devhost.http.PluginServletWrapper;
import app.auraworkflows.devhost.i18n.I18nRegistry;
import app.auraworkflows.devhost.plugin.AoModuleInitializer;
import app.auraworkflows.devhost.plugin.HostServices;
import app.auraworkflows.devhost.plugin.InstalledPlugins;
import app.auraworkflows.devhost.plugin.LoadedPlugin;
import app.auraworkflows.devhost.plugin.OsgiContainer;
import app.auraworkflows.devhost.plugin.PluginDescriptor;
import app.auraworkflows.devhost.plugin.PluginLoadException;
import app.auraworkflows.devhost.plugin.PluginLoader;
import app.auraworkflows.devhost.rest.ContentResource;
import app.auraworkflows.devhost.rest.RestAccessFeature;
import app.auraworkflows.devhost.rest.RestModuleMounter;
import app.auraworkflows.devhost.sal.DevApplicationProperties;
import app.auraworkflows.devhost.sal.DevGlobalSettingsManager;
import app.auraworkflows.devhost.sal.DevI18nResolver;
import app.auraworkflows.devhost.sal.DevLoginUriProvider;
import app.auraworkflows.devhost.sal.DevTimeZoneManager;
import app.auraworkflows.devhost.sal.DevPageBuilderService;
import app.auraworkflows.devhost.sal.DevTransactionTemplate;
import app.auraworkflows.devhost.sal.DevCrowdService;
import app.auraworkflows.devhost.sal.DevUserAccessor;
import app.auraworkflows.devhost.sal.DevUserManager;
import app.auraworkflows.devhost.sal.DevWebSudoManager;
import app.auraworkflows.devhost.sal.DevXsrfTokens;
import app.auraworkflows.devhost.soy.HostSoyRenderer;
import app.auraworkflows.devhost.web.Chrome;
import app.auraworkflows.devhost.web.DecoratorFilter;
import app.auraworkflows.devhost.web.DownloadServlet;
import app.auraworkflows.devhost.web.HostPagesServlet;
import app.auraworkflows.devhost.web.ManageAppsServlet;
import app.auraworkflows.devhost.web.PageBanner;
import app.auraworkflows.devhost.web.StaticServlet;
import app.auraworkflows.devhost.web.UserSettingsServlet;
import app.auraworkflows.devhost.web.WebConditions;
import app.auraworkflows.devhost.web.WebInterface;
import app.auraworkflows.devhost.web.WebPanelRenderer;
import app.auraworkflows.devhost.web.WebResourceResolver;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.setup.settings.GlobalSettingsManager;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.crowd.embedded.api.CrowdService;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.sal.api.transaction.TransactionTemplate;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import com.atlassian.soy.renderer.SoyTemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Servlet;
import java.io.IOException;
import java.nio.file.Path;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.ArrayList;
import java.util.jar.JarFile;
import java.util.List;
import java.util.Optional;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One node of the embedded Confluence stand-in: opens the database (creating the host tables and
 * loading demo data on first start), binds the port, builds the host services, installs the plugin
 * JAR, mounts its modules on Jetty 12 and starts serving. {@link #start(DevHostConfig)} returns when
 * the host is ready; {@link #stop()} shuts everything down. Two nodes pointed at one PostgreSQL (and
 * one shared home) share users, content and plugin data.
 */
public final class DevHost implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DevHost.class);
    /** How often each node looks for due scheduled jobs (Confluence's scheduler polls too). */
    private static final long SCHEDULER_POLL_MILLIS = 5_000;

    private final DevHostConfig config;
    private final HostDatabase database;
    private final UserStore users;
    private final ContentStore content;
    private final HostServices services;
    private final InstalledPlugins plugins;
    private final OsgiContainer osgi;
    private final Server server;
    private final HostUrls urls;
    private final DevSchedulerService scheduler;
    private volatile boolean stopped;

    private DevHost(DevHostConfig config, HostDatabase database, UserStore users, ContentStore content,
            HostServices services, InstalledPlugins plugins, OsgiContainer osgi, Server server, HostUrls urls,
            DevSchedulerService scheduler) {
        this.scheduler = scheduler;
        this.config = config;
        this.database = database;
        this.users = users;
        this.content = content;
        this.services = services;
        this.plugins = plugins;
        this.osgi = osgi;
        this.server = server;
        this.urls = urls;
    }

    /**
     * Jersey warns about every resource instance registered as a singleton ("does not implement any
     * provider interfaces"); the instances are resources, so the warning is noise here. Held in a field:
     * JUL keeps loggers weakly and would forget the level.
     */
    private static final java.util.logging.Logger JERSEY_PROVIDERS_LOG = quiet("org.glassfish.jersey.internal.inject.Providers");

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

    /** Starts a node and returns once it serves requests; fails (and cleans up) if the plugin cannot be installed. */
    public static DevHost start(DevHostConfig config) {
        long started = System.nanoTime();
        try {
            Files.createDirectories(config.dataDir());
            Files.createDirectories(config.localHome());
            Files.createDirectories(config.sharedHome());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create dev host directories under " + config.dataDir(), e);
        }
        HostDatabase db = config.jdbcUrl() != null
                ? new HostDatabase(config.jdbcUrl(), config.jdbcUser(), config.jdbcPassword())
                : HostDatabase.embedded(config.dataDir().resolve("db"));
        InstalledPlugins plugins = new InstalledPlugins();
        OsgiContainer osgi = null;
        Server server = null;
        DevSchedulerService scheduler = null;
        try {
            HostSchema.ensure(db);
            SecureRandom random = new SecureRandom();
            HostProperties properties = new HostProperties(db);
            UserStore users = new UserStore(db, new PasswordHasher(config.passwordIterations(), random), random);
            ContentStore content = new ContentStore(db, config.clock());
            AccessTokenStore tokens = new AccessTokenStore(db, random, config.clock());
            DemoDataLoader demo = new DemoDataLoader(users, content, properties, tokens);
            demo.loadOnFirstStart(config.demoData());
            demo.seedTokensOnce(config.demoData());
            if (properties.claim("devhost.schema.space-permissions", "true")) {
                // a database from before space permissions: its spaces get the defaults instead of locking everyone out
                List<String> granted = content.grantDefaultsToSpacesWithoutPermissions();
                if (!granted.isEmpty()) {
                    LOG.info("Spaces {} had no permissions (older dev host database): granted the defaults", granted);
                }
            }
            DevPageManager pageManager = new DevPageManager(content, users);
            DevPermissionManager permissionManager = new DevPermissionManager(content, users, config.anonymousAccess());
            DevEventPublisher events = new DevEventPublisher();
            scheduler = new DevSchedulerService(db, config.clock(), SCHEDULER_POLL_MILLIS);
            DevPageUpdates pageUpdates = new DevPageUpdates(content, pageManager, events);

            HostUrls urls = new HostUrls(config.contextPath());
            server = new Server(new QueuedThreadPool(200, 8));
            ServerConnector connector = new ServerConnector(server);
            connector.setHost(config.host());
            connector.setPort(config.port());
            server.addConnector(connector);
            connector.open(); // bind now: the base URL (with the real port) must be known before the plugin starts
            urls.bind("http", config.host(), connector.getLocalPort(), config.baseUrl());

            // ---- host services
            I18nRegistry i18n = new I18nRegistry();
            WebResourceResolver resources = new WebResourceResolver(plugins, urls);
            HostSoyRenderer soy = new HostSoyRenderer(i18n, urls, resources);
            DevUserManager userManager = new DevUserManager(users, urls);
            DevWebSudoManager webSudo = new DevWebSudoManager(urls, config.clock(), config.webSudoTimeout(),
                    config.webSudoEnabled());
            DevXsrfTokens xsrf = new DevXsrfTokens(random);
            String defaultTitle = config.siteTitle() != null ? config.siteTitle()
                    : config.demoData().siteTitle() != null ? config.demoData().siteTitle() : "Confluence";
            DevGlobalSettingsManager settings = new DevGlobalSettingsManager(properties, urls, defaultTitle);
            if (config.siteTitle() != null) {
                properties.set(DemoDataLoader.SITE_TITLE, config.siteTitle());
            }
            HostServices services = new HostServices()
                    .register(UserManager.class, userManager)
                    .register(UserAccessor.class, new DevUserAccessor(users))
                    .register(CrowdService.class, new DevCrowdService(users))
                    .register(WebSudoManager.class, webSudo)
                    .register(XsrfTokenValidator.class, xsrf)
                    .register(XsrfTokenAccessor.class, xsrf)
                    .register(LoginUriProvider.class, new DevLoginUriProvider(urls))
                    .register(ApplicationProperties.class, new DevApplicationProperties(urls, config.localHome(),
                            config.sharedHome()))
                    .register(I18nResolver.class, new DevI18nResolver(i18n))
                    .register(TransactionTemplate.class, new DevTransactionTemplate())
                    .register(GlobalSettingsManager.class, settings)
                    .register(SoyTemplateRenderer.class, soy)
                    .register(PageBuilderService.class, new DevPageBuilderService())
                    .register(PageManager.class, pageManager)
                    .register(PermissionManager.class, permissionManager)
                    .register(TimeZoneManager.class, new DevTimeZoneManager(properties))
                    .register(EventPublisher.class, events)
                    .register(SchedulerService.class, scheduler);

            WebConditions conditions = new WebConditions(u -> userManager.isAdmin(new UserKey(u.key())));
            WebInterface webInterface = new WebInterface(plugins, i18n, urls, conditions);

            // ---- the plugin, enabled as a whole or not at all (as Confluence's plugin manager does)
            osgi = OsgiContainer.start(config.dataDir().resolve("felix-cache"));
            RestModuleMounter rest = new RestModuleMounter(new RestAccessFeature(userManager, webSudo),
                    config.xsrfFilterEnabled());
            PluginActiveObjectsFactory ao = config.activeObjectsFactory() != null ? config.activeObjectsFactory()
                    : new DevActiveObjectsBridge(db);
            List<ModuleMount> mounts = new ArrayList<>();
            if (config.pluginJar() != null) {
                PluginLoader loader = new PluginLoader(services, ao, new AoModuleInitializer(new ModelVersionStore(db), db),
                        DevHost.class.getClassLoader(), osgi, i18n::register);
                enablePlugin(config, loader, webInterface, rest, plugins).ifPresent(mounts::addAll);
            } else {
                LOG.warn("No plugin JAR configured (aura.plugin.jar): starting the host alone");
            }

            // ---- web
            Chrome chrome = new Chrome(soy, webInterface, resources, settings, userManager, xsrf, webSudo, urls,
                    StaticServlet.auiAvailable());
            ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
            context.setContextPath(config.contextPath().isEmpty() ? "/" : config.contextPath());
            context.getSessionHandler().setSessionCookie(config.sessionCookieName());
            context.getSessionHandler().setHttpOnly(true);
            context.getSessionHandler().setSameSite(HttpCookie.SameSite.LAX);
            context.addFilter(new FilterHolder(new HostRequestFilter(users, tokens)), "/*", EnumSet.of(DispatcherType.REQUEST));
            context.addFilter(new FilterHolder(new DecoratorFilter(chrome)), "/plugins/servlet/*",
                    EnumSet.of(DispatcherType.REQUEST));
            context.addServlet(new ServletHolder("login", new LoginServlet(users, chrome, urls)), "/login.action");
            context.addServlet(new ServletHolder("logout", new LogoutServlet(urls)), "/logout.action");
            ServletHolder authenticate = new ServletHolder("authenticate",
                    new AuthenticateServlet(users, webSudo, xsrf, chrome, urls));
            context.getServletHandler().addServletWithMapping(authenticate, "/authenticate.action");
            context.getServletHandler().addServletWithMapping(authenticate, "/dropauthentication.action");
            context.addServlet(new ServletHolder("access-tokens", new AccessTokensServlet(tokens, xsrf, chrome, urls)),
                    AccessTokensServlet.PATH);
            context.addServlet(new ServletHolder("download", new DownloadServlet(plugins, i18n)), "/download/resources/*");
            context.addServlet(new ServletHolder("static", new StaticServlet()), "/devhost/static/*");
            WebPanelRenderer panels = new WebPanelRenderer(plugins, soy, conditions);
            context.addServlet(new ServletHolder("pages", new HostPagesServlet(chrome, content, pageUpdates, pageManager, permissionManager,
                    panels, new PageBanner(webInterface, i18n), userManager, webSudo, xsrf, settings, plugins, urls)), "/");
            context.addServlet(new ServletHolder("user-settings", new UserSettingsServlet(chrome, urls)), UserSettingsServlet.PATH);
            context.addServlet(new ServletHolder("manage-apps", new ManageAppsServlet(chrome, plugins, userManager, webSudo,
                    urls)), ManageAppsServlet.PATH);
            // Confluence's own REST API (the content calls scripts and tests use), with the same REST filters
            ServletHolder confluenceApi = new ServletHolder("confluence-rest-api", rest.container(new RestModuleMounter.RestComponents(
                    List.of(new ContentResource(content, pageUpdates, pageManager, permissionManager, users, urls)), List.of())));
            confluenceApi.setInitOrder(1);
            context.addServlet(confluenceApi, "/rest/api/*");
            mounts.forEach(m -> m.mount(context));
            if (config.contextPath().isEmpty()) {
                server.setHandler(context);
            } else {
                server.setHandler(new ContextHandlerCollection(context, rootRedirect(config.contextPath())));
            }
            server.start();

            DevHost host = new DevHost(config, db, users, content, services, plugins, osgi, server, urls, scheduler);
            // claimed after the plugin is up, so a start that failed to install the plugin does not use them up
            if (!plugins.all().isEmpty() && !config.demoData().firstStartRequests().isEmpty()
                    && properties.claim("devhost.demo.requests.done", "true")) {
                host.runFirstStartRequests(config.demoData());
            }
            LOG.info("Dev host node {} up at {} in {} ms ({}; AUI {})", config.nodeId(), urls.baseUrl(),
                    (System.nanoTime() - started) / 1_000_000, db, chrome.auiAvailable() ? "from npm" : "fallback stylesheet");
            return host;
        } catch (Exception e) {
            try {
                if (server != null) {
                    server.stop();
                }
            } catch (Exception ignored) {
                // already failing
            }
            if (scheduler != null) {
                scheduler.close();
            }
            plugins.closeAll();
            if (osgi != null) {
                osgi.close();
            }
            db.close();
            if (e instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("Dev host failed to start: " + e.getMessage(), e);
        }
    }

    /** A servlet of an enabled plugin module, with the path specs it answers. */
    private record ModuleMount(ServletHolder holder, List<String> pathSpecs) {
        void mount(ServletContextHandler context) {
            pathSpecs.forEach(p -> context.getServletHandler().addServletWithMapping(holder, p));
        }
    }

    /**
     * Installs the plugin and enables every module (web fragments, servlets, REST), all or nothing: like
     * Confluence's plugin manager, one module that fails disables the whole plugin. Empty when it failed;
     * then the reason is logged and kept for Manage apps, and the start fails only when the configuration
     * requires the plugin.
     */
    private static Optional<List<ModuleMount>> enablePlugin(DevHostConfig config, PluginLoader loader,
            WebInterface webInterface, RestModuleMounter rest, InstalledPlugins plugins) {
        LoadedPlugin plugin = null;
        try {
            plugin = loader.load(config.pluginJar());
            webInterface.validate(plugin);
            List<ModuleMount> mounts = new ArrayList<>(servletModules(plugin));
            mounts.addAll(restModules(plugin, rest));
            plugins.add(plugin);
            return Optional.of(mounts);
        } catch (RuntimeException e) {
            String key = plugin != null ? plugin.key() : pluginKeyOf(config.pluginJar());
            if (plugin != null) {
                plugin.close();
            }
            String reason = e.getMessage();
            LOG.error("Plugin {} failed to enable and is disabled; none of its modules is available. Reason: {}",
                    key, reason, e);
            plugins.failed(new InstalledPlugins.Failed(config.pluginJar(), key, reason));
            if (config.requirePlugin()) {
                throw e instanceof PluginLoadException ple ? ple : new PluginLoadException(reason, e);
            }
            return Optional.empty();
        }
    }

    /** The JAR's Atlassian-Plugin-Key for Manage apps, or its file name when even the manifest is unreadable. */
    private static String pluginKeyOf(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            String key = file.getManifest() == null ? null : file.getManifest().getMainAttributes().getValue("Atlassian-Plugin-Key");
            return key != null ? key : String.valueOf(jar.getFileName());
        } catch (IOException e) {
            return String.valueOf(jar.getFileName());
        }
    }

    private static List<ModuleMount> servletModules(LoadedPlugin plugin) {
        List<ModuleMount> mounts = new ArrayList<>();
        for (PluginDescriptor.ServletModule module : plugin.descriptor().servlets()) {
            Object instance = plugin.instantiate(plugin.loadClass(module.className()));
            if (!(instance instanceof Servlet servlet)) {
                throw new PluginLoadException("<servlet key=\"" + module.key() + "\"> class " + module.className()
                        + " is not a jakarta.servlet.Servlet");
            }
            ServletHolder holder = new ServletHolder(plugin.key() + ":" + module.key(),
                    new PluginServletWrapper(servlet, plugin.classLoader(), true));
            holder.setInitParameters(module.initParams());
            mounts.add(new ModuleMount(holder, module.urlPatterns().stream()
                    .map(p -> "/plugins/servlet" + (p.startsWith("/") ? p : "/" + p)).toList()));
        }
        return mounts;
    }

    private static List<ModuleMount> restModules(LoadedPlugin plugin, RestModuleMounter mounter) {
        List<ModuleMount> mounts = new ArrayList<>();
        for (PluginDescriptor.RestModule module : plugin.descriptor().restModules()) {
            RestModuleMounter.RestComponents components = mounter.components(plugin, module);
            for (String version : new String[] {module.version(), "latest"}) {
                ServletHolder holder = new ServletHolder(plugin.key() + ":" + module.key() + ":" + version,
                        new PluginServletWrapper(mounter.container(components), plugin.classLoader(), false));
                holder.setInitOrder(1);
                mounts.add(new ModuleMount(holder, List.of("/rest/" + module.path() + "/" + version + "/*")));
            }
        }
        return mounts;
    }

    /** {@code /} → {@code /confluence/}, as a Confluence behind the default context path does. */
    private static ContextHandler rootRedirect(String contextPath) {
        ContextHandler root = new ContextHandler("/");
        root.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                if (!"/".equals(Request.getPathInContext(request))) {
                    return false;
                }
                Response.sendRedirect(request, response, callback, contextPath + "/");
                return true;
            }
        });
        return root;
    }

    /** Plugin-owned demo data: REST calls from the demo data file, made once on the first start. */
    private void runFirstStartRequests(DemoData demo) {
        if (demo.firstStartRequests().isEmpty()) {
            return;
        }
        HttpClient client = HttpClient.newHttpClient();
        for (DemoData.FirstStartRequest r : demo.firstStartRequests()) {
            Optional<DemoData.User> user = demo.users().stream().filter(u -> u.username().equals(r.user())).findFirst();
            if (user.isEmpty()) {
                LOG.warn("First-start request {} {} names unknown user {}; skipped", r.method(), r.path(), r.user());
                continue;
            }
            String credentials = Base64.getEncoder().encodeToString((user.get().username() + ":"
                    + user.get().passwordOrUsername()).getBytes(StandardCharsets.UTF_8));
            String body = r.body() == null ? "" : r.body().toString();
            HttpRequest request = HttpRequest.newBuilder(URI.create(urls.baseUrl() + r.path()))
                    .header("Authorization", "Basic " + credentials)
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .method(r.method(), r.body() == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body))
                    .build();
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() >= 300) {
                    LOG.warn("First-start request {} {} answered {}", r.method(), r.path(), response.statusCode());
                } else {
                    LOG.info("First-start request {} {} → {}", r.method(), r.path(), response.statusCode());
                }
            } catch (IOException | InterruptedException e) {
                LOG.warn("First-start request {} {} failed: {}", r.method(), r.path(), e.toString());
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    public DevHostConfig config() { return config; }
    /** e.g. {@code http://localhost:2990/confluence} (no trailing slash). */
    public String baseUrl() { return urls.baseUrl(); }
    public int port() { return ((ServerConnector) server.getConnectors()[0]).getLocalPort(); }
    public String contextPath() { return urls.contextPath(); }
    public HostDatabase database() { return database; }
    /** The embedded directory, for tests that add users or groups. */
    public UserStore users() { return users; }
    /** The embedded content store, for tests that add spaces or pages. */
    public ContentStore content() { return content; }
    /** The host services offered to plugins, by interface. */
    public HostServices services() { return services; }

    /** The host's atlassian-scheduler (tests run a plugin job now instead of waiting for its schedule). */
    public DevSchedulerService scheduler() { return scheduler; }
    public Optional<LoadedPlugin> plugin() { return plugins.all().stream().findFirst(); }
    /** Why the plugin JAR did not enable (only possible with {@code requirePlugin(false)}), or empty. */
    public Optional<String> pluginFailure() {
        return plugins.failures().stream().findFirst().map(InstalledPlugins.Failed::reason);
    }

    /** Stops serving, disables the plugin, closes the database. Idempotent. */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            server.stop();
        } catch (Exception e) {
            LOG.warn("Jetty did not stop cleanly: {}", e.toString());
        }
        scheduler.close(); // first: a running job is asked to stop before its plugin goes
        plugins.closeAll();
        osgi.close();
        database.close();
        LOG.info("Dev host node {} stopped", config.nodeId());
    }

    @Override
    public void close() {
        stop();
    }
}
