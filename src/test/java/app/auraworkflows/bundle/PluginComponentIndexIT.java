package app.auraworkflows.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Component;

/**
 * The spring-scanner index in the JAR ({@code META-INF/plugin-components/*}) matches the annotations on
 * the classes in the JAR: it was produced by the build, and nothing was left out or maintained by hand.
 */
class PluginComponentIndexIT {
    private static PluginJar jar;

    @BeforeAll
    static void open() {
        jar = PluginJar.open();
    }

    @AfterAll
    static void close() throws Exception {
        jar.close();
    }

    @Test
    void indexFilesArePresent() {
        for (String file : List.of("component", "imports", "exports")) {
            assertTrue(jar.has("META-INF/plugin-components/" + file), "missing index file " + file);
        }
    }

    @Test
    void everyAnnotatedComponentIsIndexedAndEveryIndexedComponentIsAnnotated() throws Exception {
        Set<String> expected = new TreeSet<>();
        for (Class<?> type : ourClasses()) {
            Component component = type.getAnnotation(Component.class);
            jakarta.inject.Named named = type.getAnnotation(jakarta.inject.Named.class);
            if ((component == null && named == null) || type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
                continue;
            }
            String value = component != null ? component.value() : named.value();
            String bean = value.isEmpty()
                    ? Character.toLowerCase(type.getSimpleName().charAt(0)) + type.getSimpleName().substring(1)
                    : value;
            expected.add(type.getName() + "#" + bean);
        }
        assertFalse(expected.isEmpty(), "the plugin has no components at all");
        assertEquals(expected, new TreeSet<>(jar.lines("META-INF/plugin-components/component")));
    }

    @Test
    void everyComponentImportIsIndexed() throws Exception {
        Set<String> expected = new TreeSet<>();
        for (Class<?> type : ourClasses()) {
            for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                for (Parameter parameter : constructor.getParameters()) {
                    if (parameter.isAnnotationPresent(ComponentImport.class)) {
                        expected.add(parameter.getType().getName());
                    }
                }
            }
        }
        assertEquals(expected, new TreeSet<>(jar.lines("META-INF/plugin-components/imports")));
        assertTrue(expected.stream().allMatch(n -> n.startsWith("com.atlassian.")),
                "only host services are imported: " + expected);
    }

    @Test
    void everyIndexedComponentClassIsInsideTheJar() throws Exception {
        for (String line : jar.lines("META-INF/plugin-components/component")) {
            String className = line.substring(0, line.indexOf('#'));
            assertTrue(jar.has(className.replace('.', '/') + ".class"), "indexed but not packaged: " + className);
        }
    }

    private static List<Class<?>> ourClasses() throws ClassNotFoundException {
        List<Class<?>> classes = new java.util.ArrayList<>();
        for (String name : jar.entryNames()) {
            if (name.startsWith("app/auraworkflows/") && name.endsWith(".class") && !name.contains("$")) {
                String className = name.substring(0, name.length() - ".class".length()).replace('/', '.');
                classes.add(Class.forName(className, false, PluginComponentIndexIT.class.getClassLoader()));
            }
        }
        return classes;
    }
}
