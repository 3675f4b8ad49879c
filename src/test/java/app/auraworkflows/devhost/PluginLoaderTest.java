package app.auraworkflows.devhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import app.auraworkflows.devhost.plugin.Condition;
import app.auraworkflows.devhost.plugin.DescriptorParser;
import app.auraworkflows.devhost.plugin.HostServices;
import app.auraworkflows.devhost.plugin.LoadedPlugin;
import app.auraworkflows.devhost.plugin.PluginArchive;
import app.auraworkflows.devhost.plugin.PluginClassLoader;
import app.auraworkflows.devhost.plugin.PluginDescriptor;
import app.auraworkflows.devhost.plugin.PluginLoadException;
import app.auraworkflows.devhost.plugin.PluginLoader;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import com.atlassian.soy.renderer.SoyTemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Installing a plugin JAR: the child-first class loader (JAR before the test classpath, host packages
 * shared), descriptor parsing, manifest/index checks, and Spring component creation with imports.
 * Host services are stand-ins here; the HTTP tests use the real ones.
 */
class PluginLoaderTest {

    private static PluginClassLoader loaderFor(PluginArchive archive) throws Exception {
        List<URL> urls = new ArrayList<>();
        urls.add(archive.path().toUri().toURL());
        for (Path lib : archive.embeddedLibraries()) {
            urls.add(lib.toUri().toURL());
        }
        return new PluginClassLoader(urls, PluginLoaderTest.class.getClassLoader(), archive.header("Import-Package"));
    }

    @Test
    void pluginClassesComeFromTheJarEvenWhenTheTestClasspathHasThem() throws Exception {
        try (PluginArchive archive = PluginArchive.open(TestPluginJar.standard());
             PluginClassLoader loader = loaderFor(archive)) {
            Class<?> shadowed = loader.loadClass("app.auraworkflows.devhost.fixture.Shadowed");
            assertEquals("plugin-jar", shadowed.getMethod("origin").invoke(null));
            assertEquals("test-classpath", app.auraworkflows.devhost.fixture.Shadowed.origin());
        }
    }

    @Test
    void hostPackagesAreSharedWithTheHost() throws Exception {
        try (PluginArchive archive = PluginArchive.open(TestPluginJar.standard());
             PluginClassLoader loader = loaderFor(archive)) {
            assertSame(UserManager.class, loader.loadClass("com.atlassian.sal.api.user.UserManager"));
            assertSame(jakarta.servlet.Servlet.class, loader.loadClass("jakarta.servlet.Servlet"));
            assertSame(String.class, loader.loadClass("java.lang.String"));
        }
    }

    @Test
    void classesOutsideTheJarAndHostPackagesAreNotVisible() throws Exception {
        try (PluginArchive archive = PluginArchive.open(TestPluginJar.standard());
             PluginClassLoader loader = loaderFor(archive)) {
            assertThrows(ClassNotFoundException.class, () -> loader.loadClass("app.auraworkflows.devhost.DevHost"));
            assertThrows(ClassNotFoundException.class, () -> loader.loadClass("org.glassfish.jersey.server.ResourceConfig"));
        }
    }

    @Test
    void embeddedLibrariesOnTheBundleClassPathAreLoadable() throws Exception {
        try (PluginArchive archive = PluginArchive.open(TestPluginJar.standard());
             PluginClassLoader loader = loaderFor(archive)) {
            assertEquals(1, archive.embeddedLibraries().size());
            Class<?> greeting = loader.loadClass("fixturelib.Greeting");
            assertEquals("Hello, x", greeting.getMethod("greet", String.class).invoke(null, "x"));
        }
    }

    @Test
    void descriptorModulesAreParsed() {
        try (PluginArchive archive = PluginArchive.open(TestPluginJar.standard())) {
            PluginDescriptor d = DescriptorParser.parse(archive.descriptor());
            assertEquals("devhost.fixture.plugin", d.key());
            assertEquals("1.2.3", d.info().version());
            assertEquals(List.of("/fixture/hello", "/fixture/admin"), d.servlets().get(0).urlPatterns());
            PluginDescriptor.RestModule rest = d.restModules().get(0);
            assertEquals("fixture", rest.path());
            assertEquals("1.0", rest.version());
            assertEquals(List.of("devhostfixture.plugin"), rest.packages());
            PluginDescriptor.WebItem adminItem = d.webItems().stream().filter(i -> i.key().equals("fixture-admin-item"))
                    .findFirst().orElseThrow();
            assertEquals("system.header/left/fixture-header", adminItem.section());
            assertEquals("/plugins/servlet/fixture/admin", adminItem.link());
            assertTrue(adminItem.condition() instanceof Condition.Single s
                    && s.className().endsWith("ConfluenceAdministratorCondition"));
            PluginDescriptor.WebResource wr = d.webResource("fixture-resources").orElseThrow();
            assertEquals(List.of("com.atlassian.auiplugin:ajs", "devhost.fixture.plugin:fixture-base"), wr.dependencies());
            assertEquals(List.of("jsI18n"), wr.transformers().get("js"));
            assertEquals(List.of("atl.admin"), d.webResource("fixture-admin-context").orElseThrow().contexts());
            assertEquals("atl.page.metadata.banner", d.webPanels().get(0).location());
            assertEquals("i18n/fixture", d.i18nResources().get(0).location());
            assertTrue(d.unsupportedModules().get(0).startsWith("xhtml-macro"));
        }
    }

    @Test
    void aJarWithoutAtlassianPluginKeyIsRefused() {
        Path jar = TestPluginJar.build(s -> {
            s.name = "no-key";
            s.manifest.remove("Atlassian-Plugin-Key");
        });
        PluginLoadException e = assertThrows(PluginLoadException.class, () -> PluginArchive.open(jar));
        assertTrue(e.getMessage().contains("Atlassian-Plugin-Key"), e.getMessage());
    }

    @Test
    void aJarWithoutTheSpringScannerContextIsRefused() {
        Path jar = TestPluginJar.build(s -> {
            s.name = "no-spring";
            s.springContext = false;
        });
        PluginLoadException e = assertThrows(PluginLoadException.class, () -> PluginArchive.open(jar));
        assertTrue(e.getMessage().contains("scan-indexes"), e.getMessage());
    }

    @Test
    void componentsAreCreatedWithTheirImportedHostServicesInjected() {
        UserManager users = mock(UserManager.class);
        UserProfile alice = mock(UserProfile.class);
        when(alice.getFullName()).thenReturn("Alice Archer");
        when(users.getRemoteUser()).thenReturn(alice);
        LoadedPlugin plugin = new PluginLoader(allServices(users), null, null, getClass().getClassLoader(), b -> { })
                .load(TestPluginJar.standard());
        try {
            Object service = plugin.springContext().getBean("greetingService");
            Object greeting = plugin.callInPlugin(() -> service.getClass().getMethod("greetCurrentUser").invoke(service));
            assertEquals("Hello, Alice Archer", greeting);
            assertNotNull(plugin.instantiate(plugin.loadClass("devhostfixture.plugin.HelloServlet")));
        } finally {
            plugin.close();
        }
    }

    @Test
    void anImportTheHostDoesNotProvideFailsInstallation() {
        HostServices services = allServices(mock(UserManager.class));
        Path jar = TestPluginJar.build(s -> {
            s.name = "extra-import";
            s.imports.add("com.atlassian.confluence.user.UserAccessor");
        });
        PluginLoadException e = assertThrows(PluginLoadException.class,
                () -> new PluginLoader(services, null, null, getClass().getClassLoader(), b -> { }).load(jar));
        assertTrue(e.getMessage().contains("com.atlassian.confluence.user.UserAccessor"), e.getMessage());
    }

    @Test
    void aComponentNeedingAServiceItDidNotImportFailsInstallation() {
        Path jar = TestPluginJar.build(s -> {
            s.name = "missing-import";
            s.imports.remove("com.atlassian.sal.api.message.I18nResolver");
        });
        PluginLoadException e = assertThrows(PluginLoadException.class,
                () -> new PluginLoader(allServices(mock(UserManager.class)), null, null, getClass().getClassLoader(), b -> { }).load(jar));
        assertTrue(e.getMessage().contains("I18nResolver"), e.getMessage());
    }

    private static HostServices allServices(UserManager users) {
        return new HostServices()
                .register(UserManager.class, users)
                .register(I18nResolver.class, mock(I18nResolver.class))
                .register(SoyTemplateRenderer.class, mock(SoyTemplateRenderer.class))
                .register(PageBuilderService.class, mock(PageBuilderService.class))
                .register(WebSudoManager.class, mock(WebSudoManager.class))
                .register(XsrfTokenValidator.class, mock(XsrfTokenValidator.class))
                .register(XsrfTokenAccessor.class, mock(XsrfTokenAccessor.class))
                .register(LoginUriProvider.class, mock(LoginUriProvider.class));
    }
}
