package app.auraworkflows;

import app.auraworkflows.confluence.ComponentImports;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Host services are imported in exactly one place: {@link ComponentImports} in {@code confluence/}. Every
 * other class takes them by plain constructor injection.
 */
class ComponentImportPlacementTest {
    private static final Path CLASSES = Path.of("target/classes");

    private static List<Class<?>> pluginClasses() throws IOException, ClassNotFoundException {
        Path root = CLASSES.resolve("app/auraworkflows");
        List<String> names;
        try (Stream<Path> files = Files.walk(root)) {
            names = files.filter(p -> p.toString().endsWith(".class"))
                    .map(p -> CLASSES.relativize(p).toString().replace('/', '.').replace('\\', '.'))
                    .map(n -> n.substring(0, n.length() - ".class".length()))
                    .toList();
        }
        List<Class<?>> classes = new java.util.ArrayList<>();
        for (String name : names) {
            classes.add(Class.forName(name, false, ComponentImportPlacementTest.class.getClassLoader()));
        }
        return classes;
    }

    private static boolean usesComponentImport(Class<?> type) {
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            for (Parameter parameter : constructor.getParameters()) {
                if (parameter.isAnnotationPresent(ComponentImport.class)) {
                    return true;
                }
            }
        }
        for (Field field : type.getDeclaredFields()) {
            if (field.isAnnotationPresent(ComponentImport.class)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void onlyComponentImportsUsesComponentImport() throws Exception {
        Set<String> users = pluginClasses().stream().filter(ComponentImportPlacementTest::usesComponentImport)
                .map(Class::getName).collect(Collectors.toCollection(TreeSet::new));

        assertEquals(Set.of(ComponentImports.class.getName()), users);
    }

    @Test
    void noSourceFileOutsideConfluencePackageMentionsComponentImport() throws IOException {
        Set<String> offenders = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                boolean inConfluence = file.toString().replace('\\', '/').contains("/app/auraworkflows/confluence/");
                if (!inConfluence && Files.readString(file, StandardCharsets.UTF_8).contains("@ComponentImport")) {
                    offenders.add(file.toString());
                }
            }
        }

        assertEquals(Set.of(), offenders);
    }

    @Test
    void generatedImportsIndexListsExactlyTheComponentImportsParameters() throws IOException {
        Set<String> expected = Arrays.stream(ComponentImports.class.getConstructors()[0].getParameterTypes())
                .map(Class::getName).collect(Collectors.toCollection(TreeSet::new));
        Set<String> index = new TreeSet<>(Files.readAllLines(CLASSES.resolve("META-INF/plugin-components/imports")));
        index.remove("");

        assertEquals(expected, index);
    }
}
