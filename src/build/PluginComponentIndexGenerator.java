import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Parameter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Build step (runs at process-classes): writes the atlassian-spring-scanner index files
 * {@code META-INF/plugin-components/{component,imports,exports}} from the annotations on our compiled
 * classes, so they are never maintained by hand. Atlassian's own scanner Maven plugin is not on Maven
 * Central; the index format is plain text (one entry a line) and is read by the scanner runtime that
 * Confluence provides.
 *
 * <ul>
 *   <li>component: every class under app.auraworkflows annotated with a Spring stereotype
 *       ({@code @Component}, {@code @Service}, {@code @Repository}) or {@code jakarta.inject.Named},
 *       as {@code fqcn#beanName}.</li>
 *   <li>imports: the declared type of every constructor parameter annotated {@code @ComponentImport}.</li>
 *   <li>exports: classes annotated {@code @ExportAsService} (none today: the file is written empty).</li>
 * </ul>
 */
public final class PluginComponentIndexGenerator {
    private static final List<String> STEREOTYPES = List.of(
            "org.springframework.stereotype.Component",
            "org.springframework.stereotype.Service",
            "org.springframework.stereotype.Repository",
            "jakarta.inject.Named");
    private static final String COMPONENT_IMPORT =
            "com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport";
    private static final String EXPORT_AS_SERVICE =
            "com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService";

    public static void main(String[] args) throws Exception {
        Path classes = Path.of(args[0]);
        Path root = classes.resolve("app/auraworkflows");
        TreeSet<String> components = new TreeSet<>();
        TreeSet<String> imports = new TreeSet<>();
        TreeSet<String> exports = new TreeSet<>();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                PluginComponentIndexGenerator.class.getClassLoader())) {
            for (String className : classNames(classes, root)) {
                Class<?> type = Class.forName(className, false, loader);
                if (type.isInterface() || type.isAnnotation() || java.lang.reflect.Modifier.isAbstract(type.getModifiers())) {
                    continue;
                }
                String beanName = beanName(type);
                if (beanName == null) {
                    continue;
                }
                components.add(className + "#" + beanName);
                for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                    for (Parameter parameter : constructor.getParameters()) {
                        if (hasAnnotation(parameter.getAnnotations(), COMPONENT_IMPORT)) {
                            imports.add(parameter.getType().getName());
                        }
                    }
                }
                if (hasAnnotation(type.getAnnotations(), EXPORT_AS_SERVICE)) {
                    exports.add(className);
                }
            }
        }
        Path out = classes.resolve("META-INF/plugin-components");
        Files.createDirectories(out);
        write(out.resolve("component"), components);
        write(out.resolve("imports"), imports);
        write(out.resolve("exports"), exports);
        System.out.printf("[plugin-components] %d components, %d imports, %d exports%n",
                components.size(), imports.size(), exports.size());
    }

    private static List<String> classNames(Path classes, Path root) throws IOException {
        List<String> names = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return names;
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(p -> p.toString().endsWith(".class") && !p.getFileName().toString().contains("$"))
                    .sorted()
                    .forEach(p -> {
                        String relative = classes.relativize(p).toString();
                        names.add(relative.substring(0, relative.length() - ".class".length())
                                .replace('/', '.').replace('\\', '.'));
                    });
        }
        return names;
    }

    private static String beanName(Class<?> type) throws ReflectiveOperationException {
        for (java.lang.annotation.Annotation annotation : type.getAnnotations()) {
            String name = annotation.annotationType().getName();
            if (STEREOTYPES.contains(name)) {
                String value = (String) annotation.annotationType().getMethod("value").invoke(annotation);
                if (value != null && !value.isEmpty()) {
                    return value;
                }
                String simple = type.getSimpleName();
                return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
            }
        }
        return null;
    }

    private static boolean hasAnnotation(java.lang.annotation.Annotation[] annotations, String name) {
        for (java.lang.annotation.Annotation annotation : annotations) {
            if (annotation.annotationType().getName().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static void write(Path file, TreeSet<String> lines) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            text.append(line).append('\n');
        }
        Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
    }
}
