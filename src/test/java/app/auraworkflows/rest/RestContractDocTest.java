package app.auraworkflows.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The REST contract is written once, in docs/rest-api.md, and names every resource method the plugin has. */
class RestContractDocTest {
    /** Every class of the REST package with a {@code @Path}: a new resource cannot be left out of the document. */
    private static List<Class<?>> resources() throws IOException {
        List<Class<?>> found = new ArrayList<>();
        try (var files = Files.list(java.nio.file.Path.of("target/classes/app/auraworkflows/rest"))) {
            for (java.nio.file.Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".class") && !name.contains("$")) {
                    try {
                        Class<?> type = Class.forName("app.auraworkflows.rest." + name.replace(".class", ""));
                        if (type.isAnnotationPresent(Path.class)) {
                            found.add(type);
                        }
                    } catch (ClassNotFoundException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return found;
    }

    @Test
    void everyResourceMethodIsInTheRestContractDocument() throws IOException {
        String doc = Files.readString(java.nio.file.Path.of("docs/rest-api.md"), StandardCharsets.UTF_8)
                .replace("{pageId}", "{id}");
        List<String> missing = new ArrayList<>();
        int checked = 0;
        List<Class<?>> resources = resources();
        assertTrue(resources.size() >= 9, "the REST package's resources were found: " + resources);
        for (Class<?> resource : resources) {
            String base = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getDeclaredMethods()) {
                String verb = verb(method);
                if (verb == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                String path = (base + (sub == null ? "" : sub.value())).replace("{pageId}", "{id}")
                        .replace("{username}", "{username}");
                checked++;
                if (!mentions(doc, verb, path)) {
                    missing.add(verb + " " + path);
                }
            }
        }
        assertEquals(new TreeSet<>(), new TreeSet<>(missing), "resource methods docs/rest-api.md does not describe");
        assertEquals(true, checked >= 20, "the resources' methods were found: " + checked);
        assertEquals(false, mentions(doc, "PATCH", "/workflows"), "a call the doc does not have is not found");
    }

    /** A row's first column names "VERB /path", or several verbs for one path ("GET\\|PUT\\|DELETE /path"). */
    private static boolean mentions(String doc, String verb, String path) {
        for (String line : doc.split("\n")) {
            if (!line.startsWith("| `") || line.indexOf(" | ") < 0) {
                continue;
            }
            java.util.regex.Matcher span = java.util.regex.Pattern.compile("`([^`]*)`")
                    .matcher(line.substring(2, line.indexOf(" | ")));
            while (span.find()) {
                String[] verbAndPath = span.group(1).split(" ", 2);
                String p = verbAndPath.length < 2 ? "" : verbAndPath[1].split("[? ]")[0];
                if (p.equals(path) && List.of(verbAndPath[0].split("\\\\\\|")).contains(verb)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String verb(Method method) {
        if (method.isAnnotationPresent(GET.class)) {
            return "GET";
        }
        if (method.isAnnotationPresent(POST.class)) {
            return "POST";
        }
        if (method.isAnnotationPresent(PUT.class)) {
            return "PUT";
        }
        return method.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
    }
}
