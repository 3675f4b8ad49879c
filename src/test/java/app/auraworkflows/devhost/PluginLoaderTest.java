package app.auraworkflows.devhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import app.auraworkflows.devhost.junit.DevHostExtension;
import app.auraworkflows.devhost.plugin.OsgiContainer;
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
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/**
 * Installing a plugin JAR: the bundle in the dev host's OSGi framework (classes only from the JAR, its
 * embedded libraries and the packages it imports; host packages shared with the host), descriptor
 * parsing, manifest/index checks, and Spring component creation with imports. Host services are
 * stand-ins here; the HTTP tests use the real ones.
 */
class PluginLoaderTest {

    /** A fresh framework with one installed bundle; closing stops the framework. */
    private record Installed(OsgiContainer osgi, Bundle bundle) implements AutoCloseable {
        static Installed of(Path jar) {
            OsgiContainer osgi = OsgiContainer.start(cacheDir());
            try {
                return new Installed(osgi, osgi.install(jar));
            } catch (RuntimeException e) {
                osgi.close();
                throw e;
            }
        }

        ClassLoader loader() {
            return OsgiContainer.classLoader(bundle);
        }

        @Override
        public void close() {
            osgi.close();
        }
    }

    private static Path cacheDir() {
        return DevHostExtension.targetDir().resolve("felix-unit").resolve("cache-" + System.nanoTime());
    }

    private static PluginLoader loader(HostServices services, OsgiContainer osgi) {
        return new PluginLoader(services, null, null, PluginLoaderTest.class.getClassLoader(), osgi, b -> { });
    }

    @Test
    void pluginClassesComeFromTheJarEvenWhenTheTestClasspathHasThem() throws Exception {
        try (Installed installed = Installed.of(TestPluginJar.standard())) {
            Class<?> shadowed = installed.loader().loadClass("app.auraworkflows.devhost.fixture.Shadowed");
            assertEquals("plugin-jar", shadowed.getMethod("origin").invoke(null));
            assertEquals("test-classpath", app.auraworkflows.devhost.fixture.Shadowed.origin());
        }
    }

    @Test
    void importedHostPackagesAreSharedWithTheHost() throws Exception {
        try (Installed installed = Installed.of(TestPluginJar.standard())) {
            assertSame(UserManager.class, installed.loader().loadClass("com.atlassian.sal.api.user.UserManager"));
            assertSame(jakarta.servlet.Servlet.class, installed.loader().loadClass("jakarta.servlet.Servlet"));
            assertSame(String.class, installed.loader().loadClass("java.lang.String"));
        }
    }

    @Test
    void classesOutsideTheJarAndTheImportedPackagesAreNotVisible() throws Exception {
        try (Installed installed = Installed.of(TestPluginJar.standard())) {
            ClassLoader loader = installed.loader();
            assertThrows(ClassNotFoundException.class, () -> loader.loadClass("app.auraworkflows.devhost.DevHost"));
            assertThrows(ClassNotFoundException.class, () -> loader.loadClass("org.glassfish.jersey.server.ResourceConfig"));
            // exported by the host, but not imported by this bundle
            assertThrows(ClassNotFoundException.class, () -> loader.loadClass("com.atlassian.activeobjects.external.ActiveObjects"));
            assertThrows(ClassNotFoundException.class, () -> loader.loadClass("com.fasterxml.jackson.databind.ObjectMapper"));
        }
    }

    @Test
    void embeddedLibrariesOnTheBundleClassPathAreLoadable() throws Exception {
        try (Installed installed = Installed.of(TestPluginJar.standard())) {
            Class<?> greeting = installed.loader().loadClass("fixturelib.Greeting");
            assertEquals("Hello, x", greeting.getMethod("greet", String.class).invoke(null, "x"));
        }
    }

    @Test
    void aBundleImportingAPackageTheHostDoesNotExportDoesNotResolve() {
        Path jar = TestPluginJar.build(s -> {
            s.name = "unresolvable";
            s.manifest.put("Import-Package", s.manifest.get("Import-Package") + ",com.atlassian.nowhere.api");
        });
        PluginLoadException e = assertThrows(PluginLoadException.class, () -> Installed.of(jar).close());
        assertTrue(e.getMessage().contains("does not resolve") && e.getMessage().contains("com.atlassian.nowhere.api"),
                e.getMessage());
    }

    @Test
    void aComponentUsingAHostPackageItsManifestDoesNotImportFailsInstallation() {
        Path jar = TestPluginJar.build(s -> {
            s.name = "unimported-package";
            s.manifest.put("Import-Package", s.manifest.get("Import-Package").replace("com.atlassian.sal.api.message,", ""));
        });
        OsgiContainer osgi = OsgiContainer.start(cacheDir());
        try {
            PluginLoadException e = assertThrows(PluginLoadException.class,
                    () -> loader(allServices(mock(UserManager.class)), osgi).load(jar));
            assertTrue(e.getMessage().contains("com/atlassian/sal/api/message/I18nResolver")
                    || e.getMessage().contains("com.atlassian.sal.api.message.I18nResolver"), e.getMessage());
        } finally {
            osgi.close();
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
            assertEquals("system.settings.edit/yoursettings", adminItem.section());
            assertEquals("/plugins/servlet/fixture/admin", adminItem.link());
            assertTrue(adminItem.condition() instanceof Condition.Single s
                    && s.className().endsWith("ConfluenceAdministratorCondition"));
            PluginDescriptor.WebResource wr = d.webResource("fixture-resources").orElseThrow();
            assertEquals(List.of("com.atlassian.auiplugin:ajs", "devhost.fixture.plugin:fixture-base"), wr.dependencies());
            assertEquals(List.of("jsI18n"), wr.transformers().get("js"));
            assertEquals(List.of("atl.admin"), d.webResource("fixture-admin-context").orElseThrow().contexts());
            assertEquals("atl.page.metadata.banner", d.webPanels().get(0).location());
            assertEquals("i18n/fixture", d.i18nResources().get(0).location());
            assertEquals(List.of("fixture-title", "fixture"), d.xhtmlMacros().stream().map(PluginDescriptor.XhtmlMacro::name).toList());
            assertEquals(List.of("job-config key=fixture-job"), d.unsupportedModules());
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
        OsgiContainer osgi = OsgiContainer.start(cacheDir());
        LoadedPlugin plugin = loader(allServices(users), osgi).load(TestPluginJar.standard());
        try {
            Object service = plugin.springContext().getBean("greetingService");
            Object greeting = plugin.callInPlugin(() -> service.getClass().getMethod("greetCurrentUser").invoke(service));
            assertEquals("Hello, Alice Archer", greeting);
            assertNotNull(plugin.instantiate(plugin.loadClass("devhostfixture.plugin.HelloServlet")));
        } finally {
            plugin.close();
            osgi.close();
        }
    }

    @Test
    void aMacroWhoseClassCannotBeLoadedIsDisabledAndTheRestOfThePluginRuns() {
        OsgiContainer osgi = OsgiContainer.start(cacheDir());
        LoadedPlugin plugin = loader(allServices(mock(UserManager.class)), osgi).load(TestPluginJar.standard());
        try {
            assertEquals(List.of("devhostfixture.plugin.TitleMacro"),
                    plugin.descriptor().xhtmlMacros().stream().map(PluginDescriptor.XhtmlMacro::className).toList(),
                    "the macro with the missing class devhostfixture.plugin.Nope is refused");
            assertFalse(plugin.descriptor().servlets().isEmpty(), "the plugin's other modules stay");
        } finally {
            plugin.close();
            osgi.close();
        }
    }

    @Test
    void anImportTheHostDoesNotProvideFailsInstallation() {
        HostServices services = allServices(mock(UserManager.class));
        Path jar = TestPluginJar.build(s -> {
            s.name = "extra-import";
            s.imports.add("com.atlassian.confluence.user.UserAccessor");
        });
        try (OsgiContainer osgi = OsgiContainer.start(cacheDir())) {
            PluginLoadException e = assertThrows(PluginLoadException.class, () -> loader(services, osgi).load(jar));
            assertTrue(e.getMessage().contains("com.atlassian.confluence.user.UserAccessor"), e.getMessage());
        }
    }

    @Test
    void aComponentNeedingAServiceItDidNotImportFailsInstallation() {
        Path jar = TestPluginJar.build(s -> {
            s.name = "missing-import";
            s.imports.remove("com.atlassian.sal.api.message.I18nResolver");
        });
        try (OsgiContainer osgi = OsgiContainer.start(cacheDir())) {
            PluginLoadException e = assertThrows(PluginLoadException.class,
                    () -> loader(allServices(mock(UserManager.class)), osgi).load(jar));
            assertTrue(e.getMessage().contains("I18nResolver"), e.getMessage());
        }
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
