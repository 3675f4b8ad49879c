package app.auraworkflows.rest;

import app.auraworkflows.devhost.rest.HostJson;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every JSON type of the REST package, found by scanning its compiled classes (so a new record is covered without
 * being listed here), reads and writes the same through the dev host's strict mapper (no auto-detection, no
 * JSR-310/Jdk8 modules) as through a default Jackson mapper: the wire names are the record components' (or their
 * {@code @JsonProperty} names), nothing is lost in a round trip, nulls are kept or left out as before. A type that
 * relied on auto-detection or a host module would be empty, fail or differ here.
 */
class RestDtoJsonTest {

    /** Records of the package that never reach the JSON provider (binary names, as nested ones are private). */
    private static final Set<String> NOT_JSON = Set.of(
            "app.auraworkflows.rest.RestCaller", // a resource's guard outcome
            "app.auraworkflows.rest.PageWorkflowResource$PageCall", // a resource's guard outcome
            "app.auraworkflows.rest.TwoFactorAuditResource$Filter", // parsed query parameters
            "app.auraworkflows.rest.WorkflowMapping$Read"); // the mapping's definition and problems

    private final ObjectMapper strict = HostJson.create();
    private final ObjectMapper defaults = new ObjectMapper();

    @Test
    void theScanFindsTheAnswersRequestsAndErrorBodiesOfThePackage() {
        Set<Class<?>> types = jsonTypes();
        for (Class<?> expected : List.of(ErrorDto.class, InvalidWorkflowDto.class, ProblemDto.class, TaskDto.Task.class,
                HistoryDto.EntryDto.class, PageWorkflowDto.ApprovalDto.class, WorkflowDto.TransitionDto.class,
                WorkflowRequests.Review.class, ConfirmRequest.class, AddUsersRequest.class,
                WorkflowTemplatesResource.TemplatesDto.class)) {
            assertTrue(types.contains(expected), expected.getName() + " not found among " + types);
        }
        Set<Class<?>> bodies = requestBodyTypes();
        for (Class<?> expected : List.of(WorkflowRequests.Apply.class, WorkflowRequests.Select.class,
                WorkflowRequests.Review.class, ConfirmRequest.class, AddUsersRequest.class, WorkflowDto.class,
                WorkflowDto.StateDto.class, WorkflowDto.TransitionDto.class, WorkflowDto.ReviewersDto.class)) {
            assertTrue(bodies.contains(expected), expected.getName() + " not found among the request bodies " + bodies);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyComponentIsNamedWithJsonProperty() {
        // Without an explicit name the creator binds only where Jackson reads record component names itself.
        // A @JsonIgnore component (a request's input error) is not JSON at all.
        return jsonTypes().stream().map(type -> DynamicTest.dynamicTest(type.getName(), () -> {
            for (RecordComponent c : type.getRecordComponents()) {
                if (notJson(type, c)) {
                    continue;
                }
                assertNotNull(type.getDeclaredField(c.getName()).getAnnotation(JsonProperty.class),
                        type.getName() + "." + c.getName() + " has no @JsonProperty");
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> aFullSampleWritesItsComponentNamesAndReadsBackEqualUnderTheStrictMapper() {
        return jsonTypes().stream().map(type -> DynamicTest.dynamicTest(type.getName(), () -> {
            Object sample = sample(type, false);
            JsonNode written = strict.readTree(strict.writeValueAsString(sample));
            assertEquals(List.copyOf(wireNames(type)), fieldNames(written), type.getName() + " wrote " + written);
            assertEquals(sample, strict.readValue(written.toString(), type), type.getName() + " lost data: " + written);
        }));
    }

    @TestFactory
    Stream<DynamicTest> theStrictMapperWritesExactlyWhatADefaultMapperWrites() {
        // Same names, order and null handling as before the host's auto-detection and modules stopped counting.
        return jsonTypes().stream().flatMap(type -> Stream.of(false, true).map(nulls -> DynamicTest.dynamicTest(
                type.getName() + (nulls ? " with nulls" : ""), () -> {
                    Object sample = sample(type, nulls);
                    assertEquals(defaults.writeValueAsString(sample), strict.writeValueAsString(sample));
                    assertEquals(sample, strict.readValue(defaults.writeValueAsString(sample), type));
                })));
    }

    @TestFactory
    Stream<DynamicTest> requestBodiesIgnoreUnknownPropertiesEvenWhereTheHostRefusesThem() {
        ObjectMapper refusing = HostJson.create().copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return requestBodyTypes().stream().map(type -> DynamicTest.dynamicTest(type.getName(), () -> {
            Object sample = sample(type, false);
            ObjectNode json = (ObjectNode) strict.valueToTree(sample);
            json.put("addedByANewerClient", "x");
            assertEquals(sample, refusing.readValue(json.toString(), type));
        }));
    }

    // ---- discovery

    /** The package's records except {@link #NOT_JSON}, and every record they contain. */
    private static Set<Class<?>> jsonTypes() {
        Set<Class<?>> found = new LinkedHashSet<>();
        for (Class<?> type : packageClasses()) {
            if (type.isRecord() && !NOT_JSON.contains(type.getName())) {
                addWithComponents(type, found);
            }
        }
        return found;
    }

    /** The entity parameters of the package's resource methods (no JAX-RS annotation), and the records in them. */
    private static Set<Class<?>> requestBodyTypes() {
        Set<Class<?>> found = new LinkedHashSet<>();
        for (Class<?> type : packageClasses()) {
            if (!type.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                continue;
            }
            for (Method m : type.getDeclaredMethods()) {
                Annotation[][] annotations = m.getParameterAnnotations();
                for (int i = 0; i < m.getParameterCount(); i++) {
                    if (annotations[i].length == 0 && isResourceMethod(m)) {
                        addWithComponents(m.getParameterTypes()[i], found);
                    }
                }
            }
        }
        return found;
    }

    private static boolean isResourceMethod(Method m) {
        return Arrays.stream(m.getAnnotations())
                .anyMatch(a -> a.annotationType().isAnnotationPresent(jakarta.ws.rs.HttpMethod.class));
    }

    private static void addWithComponents(Class<?> type, Set<Class<?>> found) {
        if (!type.isRecord() || !found.add(type)) {
            return;
        }
        for (RecordComponent c : type.getRecordComponents()) {
            for (Class<?> t : classesIn(c.getGenericType())) {
                addWithComponents(t, found);
            }
        }
    }

    private static List<Class<?>> classesIn(Type type) {
        List<Class<?>> out = new ArrayList<>();
        if (type instanceof Class<?> c) {
            out.add(c);
        } else if (type instanceof ParameterizedType p) {
            out.addAll(classesIn(p.getRawType()));
            for (Type arg : p.getActualTypeArguments()) {
                out.addAll(classesIn(arg));
            }
        }
        return out;
    }

    /** Every class compiled into the package's directory (target/classes), nested ones included. */
    private static List<Class<?>> packageClasses() {
        try {
            Path root = Path.of(ErrorDto.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path dir = root.resolve(ErrorDto.class.getPackageName().replace('.', '/'));
            try (Stream<Path> files = Files.list(dir)) {
                List<Class<?>> classes = new ArrayList<>();
                for (Path f : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                    String simple = f.getFileName().toString().replace(".class", "");
                    if (!simple.equals("package-info")) {
                        classes.add(Class.forName(ErrorDto.class.getPackageName() + "." + simple));
                    }
                }
                assertTrue(classes.size() > 20, "scanned only " + classes + " in " + dir);
                return classes;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- samples

    /** The names a record should have on the wire, in component order. */
    private static Set<String> wireNames(Class<?> type) throws NoSuchFieldException {
        Set<String> names = new LinkedHashSet<>();
        for (RecordComponent c : type.getRecordComponents()) {
            if (notJson(type, c)) {
                continue;
            }
            JsonProperty p = type.getDeclaredField(c.getName()).getAnnotation(JsonProperty.class);
            names.add(p == null || p.value().isEmpty() ? c.getName() : p.value());
        }
        return names;
    }

    /** A component left out of JSON both ways (it must then carry no {@code @JsonProperty}). */
    private static boolean notJson(Class<?> type, RecordComponent c) {
        try {
            java.lang.reflect.Field field = type.getDeclaredField(c.getName());
            return field.isAnnotationPresent(JsonIgnore.class) && !field.isAnnotationPresent(JsonProperty.class);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /**
     * An instance with a distinct value in every component, nested records and list elements included; with
     * {@code nulls}, every reference component is null instead. A type without a JSON-native sample (java.time,
     * Optional, a map, any other class) fails: it would depend on the host's modules.
     */
    private static Object sample(Class<?> type, boolean nulls) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            values[i] = (nulls && !c.getType().isPrimitive()) || notJson(type, c) ? null
                    : value(c.getGenericType(), type.getSimpleName() + "." + c.getName(), i);
        }
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            canonical.setAccessible(true);
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type.getName(), e);
        }
    }

    private static Object value(Type type, String where, int index) {
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            return List.of(value(p.getActualTypeArguments()[0], where + "[]", index));
        }
        if (type instanceof ParameterizedType p && p.getRawType() == java.util.Map.class
                && p.getActualTypeArguments()[0] == String.class) {
            return java.util.Map.of(where + "-key", value(p.getActualTypeArguments()[1], where + "{}", index));
        }
        if (!(type instanceof Class<?> c)) {
            return fail(where + " has type " + type + ", which has no JSON-native form");
        }
        if (c == String.class) {
            return where + "-" + index;
        }
        if (c == int.class || c == Integer.class) {
            return 10 + index;
        }
        if (c == long.class || c == Long.class) {
            return 1_000_000_000_000L + index;
        }
        if (c == boolean.class || c == Boolean.class) {
            return Boolean.TRUE;
        }
        if (c.isEnum()) {
            return c.getEnumConstants()[index % c.getEnumConstants().length];
        }
        if (c.isRecord()) {
            return sample(c, false);
        }
        return fail(where + " has type " + c.getName() + ", which has no JSON-native form (dates are ISO-8601 strings)");
    }
}
