package app.auraworkflows.devhost;

import app.auraworkflows.devhost.junit.DevHostExtension;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Builds the fixture plugin JAR ({@code src/test/fixture-plugin}) at test time, in the real plugin's
 * format: OSGi/Atlassian manifest headers, descriptor, spring-scanner index, Spring context file,
 * embedded library on {@code Bundle-ClassPath}, i18n, soy and download resources. A {@link Spec}
 * lets a test break one aspect (a missing header, an import the host lacks) to check the loader refuses it.
 */
public final class TestPluginJar {

    public static final String KEY = "devhost.fixture.plugin";
    private static Path standard;

    /** What goes into the JAR; tests adjust it. */
    public static final class Spec {
        public final Map<String, String> manifest = new LinkedHashMap<>();
        public final List<String> components = new ArrayList<>(List.of("devhostfixture.plugin.GreetingService#greetingService"));
        public final List<String> imports = new ArrayList<>(List.of(
                "com.atlassian.sal.api.user.UserManager",
                "com.atlassian.sal.api.message.I18nResolver",
                "com.atlassian.soy.renderer.SoyTemplateRenderer",
                "com.atlassian.webresource.api.assembler.PageBuilderService",
                "com.atlassian.sal.api.websudo.WebSudoManager",
                "com.atlassian.sal.api.xsrf.XsrfTokenValidator",
                "com.atlassian.sal.api.xsrf.XsrfTokenAccessor",
                "com.atlassian.sal.api.auth.LoginUriProvider"));
        public boolean springContext = true;
        public boolean embedLibrary = true;
        public String name = "fixture-plugin";
        /** More source roots under {@code src/test/fixture-plugin} compiled into the JAR (e.g. {@code ao-v1/java}). */
        public final List<String> extraSources = new ArrayList<>();
        /** Modules appended to {@code atlassian-plugin.xml} (e.g. an {@code <ao>} module). */
        public String descriptorExtra = "";

        Spec() {
            manifest.put("Manifest-Version", "1.0");
            manifest.put("Bundle-ManifestVersion", "2");
            manifest.put("Bundle-SymbolicName", KEY);
            manifest.put("Atlassian-Plugin-Key", KEY);
            manifest.put("Bundle-Version", "1.2.3");
            manifest.put("Bundle-Name", "Dev Host Fixture");
            manifest.put("Spring-Context", "*");
            manifest.put("Bundle-ClassPath", ".,META-INF/lib/fixture-lib.jar");
            manifest.put("Import-Package", String.join(",", List.of("com.atlassian.sal.api.user", "com.atlassian.sal.api.message",
                    "com.atlassian.sal.api.auth", "com.atlassian.sal.api.websudo", "com.atlassian.sal.api.xsrf",
                    "com.atlassian.soy.renderer", "com.atlassian.webresource.api.assembler",
                    "com.atlassian.plugin.spring.scanner.annotation.imports",
                    "com.atlassian.plugins.rest.api.security.annotation", "com.atlassian.confluence.pages",
                    "com.atlassian.confluence.spaces", "com.atlassian.confluence.user", "jakarta.inject", "jakarta.servlet",
                    "jakarta.servlet.http", "jakarta.ws.rs", "jakarta.ws.rs.core",
                    "com.atlassian.confluence.plugin.descriptor.web.conditions",
                    "com.atlassian.confluence.plugin.descriptor.web.conditions.user", "com.atlassian.confluence.macro",
                    "com.atlassian.confluence.content.render.xhtml", "com.atlassian.confluence.core")));
        }
    }

    private TestPluginJar() {
    }

    /** The namespace of the fixture's {@code <ao>} module. */
    public static final String AO_NAMESPACE = "devhost.fixture.ao";

    /**
     * The fixture with an {@code <ao>} module at a model version: 0 = entity {@code NOTE(TEXT)}, no upgrade
     * task; 1 = {@code NOTE} gains {@code STATUS}, with upgrade tasks to versions 1 (fills STATUS) and 2
     * (constructor-injected, only logs), listed out of order in the descriptor. Both record their runs in
     * {@code UPGRADE_RUN}.
     */
    public static void activeObjects(Spec spec, int modelVersion) {
        spec.name = "fixture-ao-v" + modelVersion;
        spec.extraSources.add("ao-v" + modelVersion + "/java");
        spec.imports.add("com.atlassian.activeobjects.external.ActiveObjects");
        spec.manifest.put("Import-Package", spec.manifest.get("Import-Package")
                + ",com.atlassian.activeobjects.external,net.java.ao,net.java.ao.schema");
        StringBuilder ao = new StringBuilder("<ao key=\"fixture-ao\" namespace=\"" + AO_NAMESPACE + "\">"
                + "<entity>devhostfixture.ao.FixtureNote</entity>");
        if (modelVersion >= 1) {
            ao.append("<entity>devhostfixture.ao.FixtureUpgradeRun</entity>")
                    .append("<upgradeTask>devhostfixture.ao.UpgradeLogTask002</upgradeTask>")
                    .append("<upgradeTask>devhostfixture.ao.NoteStatusUpgradeTask001</upgradeTask>");
        }
        spec.descriptorExtra = ao.append("</ao>").toString();
    }

    /** The standard fixture JAR, built once per JVM. */
    public static synchronized Path standard() {
        if (standard == null) {
            standard = build(spec -> { });
        }
        return standard;
    }

    public static Path build(Consumer<Spec> customize) {
        Spec spec = new Spec();
        customize.accept(spec);
        Path fixture = DevHostExtension.targetDir().getParent().resolve("src/test/fixture-plugin");
        Path work = DevHostExtension.targetDir().resolve("devhost-fixture").resolve(spec.name + "-" + System.nanoTime());
        try {
            Path libClasses = compile(List.of(fixture.resolve("lib")), work.resolve("lib-classes"), null);
            List<Path> sources = new ArrayList<>(List.of(fixture.resolve("java")));
            spec.extraSources.forEach(dir -> sources.add(fixture.resolve(dir)));
            Path classes = compile(sources, work.resolve("classes"), libClasses);
            Path jar = work.resolve(spec.name + ".jar");
            Manifest manifest = new Manifest();
            spec.manifest.forEach((k, v) -> manifest.getMainAttributes().put(new Attributes.Name(k), v));
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
                addTree(out, classes, "");
                addTree(out, fixture.resolve("resources"), "");
                put(out, "atlassian-plugin.xml", Files.readString(fixture.resolve("resources/atlassian-plugin.xml"))
                        .replace("</atlassian-plugin>", spec.descriptorExtra + "\n</atlassian-plugin>")
                        .getBytes(StandardCharsets.UTF_8));
                if (spec.embedLibrary) {
                    put(out, "META-INF/lib/fixture-lib.jar", jarOf(libClasses));
                }
                if (spec.springContext) {
                    put(out, "META-INF/spring/plugin-context.xml", ("<beans xmlns=\"http://www.springframework.org/schema/beans\""
                            + " xmlns:atlassian-scanner=\"http://www.atlassian.com/schema/atlassian-scanner/2\">"
                            + "<atlassian-scanner:scan-indexes/></beans>").getBytes(StandardCharsets.UTF_8));
                }
                put(out, "META-INF/plugin-components/component", lines(spec.components));
                put(out, "META-INF/plugin-components/imports", lines(spec.imports));
                put(out, "META-INF/plugin-components/exports", new byte[0]);
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path compile(List<Path> sourceRoots, Path out, Path extraClasspath) throws IOException {
        Files.createDirectories(out);
        List<String> files = new ArrayList<>();
        for (Path sources : sourceRoots) {
            try (Stream<Path> s = Files.walk(sources)) {
                s.filter(p -> p.toString().endsWith(".java")).map(Path::toString).forEach(files::add);
            }
        }
        String cp = System.getProperty("java.class.path") + (extraClasspath == null ? "" : java.io.File.pathSeparator + extraClasspath);
        List<String> args = new ArrayList<>(List.of("--release", "17", "-parameters", "-proc:none", "-d", out.toString(), "-cp", cp));
        args.addAll(files);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = javac.run(null, null, err, args.toArray(String[]::new));
        if (rc != 0) {
            throw new IllegalStateException("Fixture plugin does not compile:\n" + err.toString(StandardCharsets.UTF_8));
        }
        return out;
    }

    private static byte[] jarOf(Path classes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        try (JarOutputStream out = new JarOutputStream(bytes, m)) {
            addTree(out, classes, "");
        }
        return bytes.toByteArray();
    }

    private static void addTree(JarOutputStream out, Path root, String prefix) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            // the descriptor is written separately (with the spec's extra modules)
            for (Path p : s.filter(Files::isRegularFile).filter(p -> !root.relativize(p).toString().equals("atlassian-plugin.xml"))
                    .sorted().toList()) {
                put(out, prefix + root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
    }

    private static void put(JarOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new JarEntry(name));
        OutputStream o = out;
        o.write(bytes);
        out.closeEntry();
    }

    private static byte[] lines(List<String> lines) {
        return (String.join("\n", lines) + (lines.isEmpty() ? "" : "\n")).getBytes(StandardCharsets.UTF_8);
    }
}
