package app.auraworkflows.it;

import app.auraworkflows.devhost.DevHost;
import app.auraworkflows.devhost.DevHostConfig;
import app.auraworkflows.devhost.demo.DemoData;
import app.auraworkflows.devhost.junit.DevHostClient;
import app.auraworkflows.devhost.junit.DevHostExtension;
import app.auraworkflows.devhost.junit.FreshPostgresDatabase;
import app.auraworkflows.devhost.junit.HttpResult;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.junit.jupiter.api.Test;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Malformed input at EVERY JSON endpoint of the plugin, on a dev host backed by a fresh PostgreSQL database and on
 * one backed by HSQLDB: endpoints are found by reflection over the compiled REST package (a new resource is
 * covered without being listed), then each gets bad path and query parameters ({@code +1}, {@code 01}, full-width
 * digits, negative, overflow, NUL) and, when it reads a body, malformed bodies (wrong JSON types in every field,
 * nulls, huge strings, control characters, deep nesting, unknown fields, empty, not JSON, invalid UTF-8), as an
 * administrator (Basic auth, so no WebSudo) and as a normal user.
 *
 * <p>Asserts no 5xx ever (PostgreSQL fails any statement carrying U+0000, so a value that reaches the store shows up
 * as a 500 here), every 4xx has the JSON error shape, and the refused requests changed nothing (workflows,
 * enrolments, the page's history). Valid bodies are built so that one mutated field can never make them succeed
 * (an unknown initial state, a stale round, a page that already has a workflow). Prints one summary line per
 * database. Without PostgreSQL the PostgreSQL run is skipped loudly, except on CI ({@code CI=true}), where it fails.
 */
class RestFuzzIT {
    private static final String REST = "/rest/aura-workflows/1.0";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HUGE = "x".repeat(20_000);
    private static final List<String> BAD_NUMBERS = List.of("+1", "01", "\uFF11", "\u0661", "-1", "0",
            "99999999999999999999", "1.0", "1e2", " 1", "1\u0000", "\u0000", "");
    private static final List<Object> BAD_VALUES = List.of("1", 1.5, "true", 7, true, -1, 0, "", List.of(), Map.of(),
            "a\u0000b", "bell\u0007", HUGE, List.of("x\u0000"), 99999999999999999999.0);

    @Test
    void noMalformedRequestGetsA5xxOrChangesDataOnPostgresql() throws Exception {
        try (FreshPostgresDatabase database = FreshPostgresDatabase.create("aura_fuzz_", "RestFuzzIT on PostgreSQL")) {
            String url = database.jdbcUrl();
            fuzz("PostgreSQL", b -> b.jdbc(url, null, null));
        }
    }

    @Test
    void noMalformedRequestGetsA5xxOrChangesDataOnHsqldb() throws Exception {
        fuzz("HSQLDB", b -> b);
    }

    private void fuzz(String database, Function<DevHostConfig.Builder, DevHostConfig.Builder> db) throws Exception {
        Path dataDir = DevHostExtension.targetDir().resolve("devhost-it").resolve("RestFuzzIT-" + System.nanoTime());
        DevHostConfig.Builder config = DevHostConfig.builder().contextPath(DevHostExtension.itContextPath()).port(0)
                .dataDir(dataDir).sharedHome(dataDir.resolve("shared-home"))
                .demoData(DemoData.read(Path.of("amps-config/demo-data.json").toAbsolutePath()))
                .pluginJar(DevHostExtension.builtPluginJar()).nodeId("fuzz");
        try (DevHost host = DevHost.start(db.apply(config).build())) {
            DevHostClient admin = DevHostClient.basic(host.baseUrl(), "admin", "admin");
            DevHostClient alice = DevHostClient.basic(host.baseUrl(), "alice", "alice");
            Fixture fixture = Fixture.create(admin);
            Map<String, Object> before = fixture.counts(admin);
            List<Endpoint> endpoints = endpoints();
            assertTrue(endpoints.size() >= 15, "found only " + endpoints);

            Tally tally = new Tally();
            long started = System.nanoTime();
            for (Endpoint e : endpoints) {
                for (DevHostClient client : List.of(admin, alice)) {
                    // Every field mutation as the administrator; the normal user gets the rest (kept short: most
                    // endpoints refuse them before the body matters, but the body is still read by the host).
                    for (Probe probe : probes(e, fixture, client == admin)) {
                        try {
                            tally.check(probe, sendOnce(client, probe));
                        } catch (java.io.UncheckedIOException dropped) {
                            tally.dropped(probe, dropped);
                        }
                    }
                }
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            System.out.println("RestFuzzIT[" + database + "]: " + endpoints.size() + " endpoints, " + tally.sent
                    + " requests in " + millis + " ms, 5xx seen: " + tally.serverErrors + ", per status: " + tally.byStatus
                    + " (0 = no answer), of the 400s refused by the servlet container (NUL in the path): "
                    + tally.containerRefusals);
            tally.failures.stream().filter(f -> f.startsWith("no answer")).forEach(System.out::println);
            assertEquals(List.of(), tally.failures.stream().limit(20).toList(),
                    tally.failures.size() + " requests broke the rules on " + database);
            assertEquals(before, fixture.counts(admin), "refused requests changed data on " + database);
        }
    }

    /**
     * Sends the probe; when the pooled connection turns out closed (the container closes it after refusing a NUL
     * in a path, and the client may reuse it first) the request is sent once more on a new connection.
     */
    private static HttpResult sendOnce(DevHostClient client, Probe probe) {
        try {
            return client.send(probe.request(client));
        } catch (java.io.UncheckedIOException closed) {
            return client.send(probe.request(client));
        }
    }

    // ---- endpoints, found by reflection

    /** A resource method: HTTP method, path template, path and query parameter names, body type (or null). */
    record Endpoint(String method, String template, List<String> pathParams, List<String> queryParams, Class<?> body) {
    }

    static List<Endpoint> endpoints() throws Exception {
        Path dir = Path.of("target/classes/app/auraworkflows/rest");
        List<Endpoint> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                String name = f.getFileName().toString().replace(".class", "");
                if (name.contains("$") || name.equals("package-info")) {
                    continue;
                }
                Class<?> type = Class.forName("app.auraworkflows.rest." + name);
                jakarta.ws.rs.Path root = type.getAnnotation(jakarta.ws.rs.Path.class);
                if (root == null) {
                    continue;
                }
                for (Method m : type.getDeclaredMethods()) {
                    String http = httpMethod(m);
                    if (http == null) {
                        continue;
                    }
                    jakarta.ws.rs.Path sub = m.getAnnotation(jakarta.ws.rs.Path.class);
                    String template = REST + root.value() + (sub == null ? "" : "/" + sub.value().replaceFirst("^/", ""));
                    List<String> pathParams = new ArrayList<>();
                    List<String> queryParams = new ArrayList<>();
                    Class<?> body = null;
                    Annotation[][] annotations = m.getParameterAnnotations();
                    for (int i = 0; i < m.getParameterCount(); i++) {
                        if (annotations[i].length == 0) {
                            body = m.getParameterTypes()[i];
                        }
                        for (Annotation a : annotations[i]) {
                            if (a instanceof PathParam p) {
                                pathParams.add(p.value());
                            } else if (a instanceof QueryParam q) {
                                queryParams.add(q.value());
                            }
                        }
                    }
                    found.add(new Endpoint(http, template, pathParams, queryParams, body));
                }
            }
        }
        return found;
    }

    private static String httpMethod(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod h = a.annotationType().getAnnotation(HttpMethod.class);
            if (h != null) {
                return h.value();
            }
        }
        return null;
    }

    // ---- probes

    /** One request to send: method, path with query, raw body bytes (or null). */
    record Probe(String method, String path, byte[] body) {
        HttpRequest.Builder request(DevHostClient client) {
            HttpRequest.Builder b = client.request(path).header("Accept", "application/json")
                    .header("X-Atlassian-Token", "no-check");
            if (body == null) {
                return b.method(method, HttpRequest.BodyPublishers.noBody());
            }
            return b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        }
    }

    static List<Probe> probes(Endpoint e, Fixture fixture, boolean everyField) throws Exception {
        List<Probe> probes = new ArrayList<>();
        Map<String, String> good = new LinkedHashMap<>();
        for (String p : e.pathParams()) {
            good.put(p, fixture.pathValue(p));
        }
        byte[] base = e.body() == null ? null : JSON.writeValueAsBytes(fixture.refusedBody(e.body()));
        // Bad path parameters (a body that would be refused anyway rides along)
        for (String p : e.pathParams()) {
            for (String bad : BAD_NUMBERS) {
                Map<String, String> values = new LinkedHashMap<>(good);
                values.put(p, bad.isEmpty() ? " " : bad);
                probes.add(new Probe(e.method(), path(e.template(), values), base));
            }
            Map<String, String> nul = new LinkedHashMap<>(good);
            nul.put(p, "ali\u0000ce");
            probes.add(new Probe(e.method(), path(e.template(), nul), base));
        }
        // Bad query parameters, only where the path is real and the request could not change anything
        boolean harmless = e.method().equals("GET");
        if (harmless) {
            String path = path(e.template(), good);
            for (String q : e.queryParams().isEmpty() ? List.of("unexpected") : e.queryParams()) {
                for (String bad : concat(BAD_NUMBERS, List.of("a\u0000b", "\u0007", "PENDING\u0000", HUGE.substring(0, 5000)))) {
                    probes.add(new Probe("GET", path + "?" + q + "=" + encode(bad), null));
                }
            }
        }
        if (e.body() != null) {
            String path = path(e.template(), good);
            for (String raw : List.of("", "{", "[]", "\"x\"", "42", "null", "true", "{\"unknown\":1}", "{\"a\":}",
                    "[".repeat(5000) + "]".repeat(5000), "{\"a\":".repeat(3000) + "1" + "}".repeat(3000))) {
                probes.add(new Probe(e.method(), path, raw.getBytes(StandardCharsets.UTF_8)));
            }
            probes.add(new Probe(e.method(), path, new byte[] {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xFF,
                    (byte) 0xFE, (byte) 0xC3, '"', '}'}));
            Map<String, Object> valid = fixture.refusedBody(e.body());
            for (String field : everyField ? fieldNames(e.body()) : List.<String>of()) {
                for (Object bad : concat(BAD_VALUES, java.util.Collections.singletonList(null))) {
                    Map<String, Object> mutated = new LinkedHashMap<>(valid);
                    mutated.put(field, bad);
                    probes.add(new Probe(e.method(), path, JSON.writeValueAsBytes(mutated)));
                }
            }
            // Nested rows of a definition: every field of the first transition and state
            if (everyField && valid.get("transitions") instanceof List<?> transitions && !transitions.isEmpty()) {
                for (String row : List.of("transitions", "states")) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> first = (Map<String, Object>) ((List<?>) valid.get(row)).get(0);
                    for (String field : new ArrayList<>(first.keySet())) {
                        for (Object bad : BAD_VALUES) {
                            Map<String, Object> nested = new LinkedHashMap<>(first);
                            nested.put(field, bad);
                            Map<String, Object> mutated = new LinkedHashMap<>(valid);
                            mutated.put(row, List.of(nested));
                            probes.add(new Probe(e.method(), path, JSON.writeValueAsBytes(mutated)));
                        }
                    }
                }
            }
        }
        if (probes.isEmpty()) {
            probes.add(new Probe(e.method(), path(e.template(), good), null));
        }
        return probes;
    }

    private static List<String> fieldNames(Class<?> body) {
        List<String> names = new ArrayList<>();
        for (RecordComponent c : body.getRecordComponents()) {
            try {
                JsonProperty p = body.getDeclaredField(c.getName()).getAnnotation(JsonProperty.class);
                if (p != null) {
                    names.add(p.value());
                }
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException(e);
            }
        }
        return names;
    }

    private static String path(String template, Map<String, String> values) {
        String path = template;
        for (Map.Entry<String, String> v : values.entrySet()) {
            path = path.replace("{" + v.getKey() + "}", encode(v.getValue()).replace("+", "%20"));
        }
        return path;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @SafeVarargs
    private static <T> List<T> concat(List<? extends T>... lists) {
        List<T> all = new ArrayList<>();
        for (List<? extends T> l : lists) {
            all.addAll(l);
        }
        return all;
    }

    // ---- the data the probes aim at

    /** A page with a workflow applied, a workflow id, and the counts that refused requests must leave alone. */
    record Fixture(long pageId, long workflowId) {
        static Fixture create(DevHostClient admin) {
            JsonNode workflows = admin.get(REST + "/workflows").json().get("workflows");
            long workflowId = workflows.get(0).get("id").asLong();
            HttpResult created = admin.postJson("/rest/api/content", Map.of("type", "page", "title", "Fuzz " + System.nanoTime(),
                    "space", Map.of("key", "DEMO"),
                    "body", Map.of("storage", Map.of("value", "<p>fuzz</p>", "representation", "storage"))));
            assertEquals(200, created.status(), created.toString());
            long pageId = Long.parseLong(created.json().get("id").asText());
            HttpResult applied = admin.postJson(REST + "/pages/" + pageId + "/workflow", Map.of("workflowId", workflowId));
            assertEquals(201, applied.status(), applied.toString());
            return new Fixture(pageId, workflowId);
        }

        String pathValue(String name) {
            return switch (name) {
                case "pageId" -> String.valueOf(pageId);
                case "id" -> String.valueOf(workflowId);
                case "username" -> "alice";
                default -> throw new AssertionError("no fixture value for path parameter " + name);
            };
        }

        /** A well-typed body that the resource refuses whatever single field is changed. */
        Map<String, Object> refusedBody(Class<?> type) {
            return switch (type.getSimpleName()) {
                case "WorkflowDto" -> new LinkedHashMap<>(Map.of("name", "Fuzz", "description", "d",
                        "initialState", "nowhere",
                        "states", List.of(new LinkedHashMap<>(Map.of("key", "a", "name", "A", "colour", "#fff"))),
                        "transitions", List.of(new LinkedHashMap<>(Map.ofEntries(Map.entry("key", "t"),
                                Map.entry("type", "APPROVAL"), Map.entry("from", "a"), Map.entry("approveTo", "zz"),
                                Map.entry("rejectTo", "a"), Map.entry("reviewers", Map.of("users", List.of("alice"))),
                                Map.entry("minApprovals", 1), Map.entry("minRejections", 1),
                                Map.entry("requireAll", false), Map.entry("approveLabel", "Ok"),
                                Map.entry("rejectLabel", "No"), Map.entry("requireTwoFactor", false))))));
                case "Review" -> new LinkedHashMap<>(Map.of("decision", "APPROVE", "comment", "c", "round", 999));
                case "Apply" -> new LinkedHashMap<>(Map.of("workflowId", workflowId)); // the page already has one
                case "Select" -> new LinkedHashMap<>(Map.of("transitionKey", "no-such-transition"));
                case "AddUsersRequest" -> new LinkedHashMap<>(Map.of("usernames", List.of("nobody-" + pageId)));
                case "ConfirmRequest" -> new LinkedHashMap<>(Map.of("code", "000000")); // nobody is PENDING
                default -> throw new AssertionError("no refused body for " + type.getName() + ": add one");
            };
        }

        Map<String, Object> counts(DevHostClient admin) {
            Map<String, Object> counts = new TreeMap<>();
            counts.put("workflows", admin.get(REST + "/workflows").json().get("workflows").size());
            counts.put("pending", admin.get(REST + "/2fa/users?status=PENDING").json().get("total").asInt());
            counts.put("active", admin.get(REST + "/2fa/users?status=ACTIVE").json().get("total").asInt());
            counts.put("history", admin.get(REST + "/pages/" + pageId + "/history").json().get("total").asInt());
            counts.put("audit", admin.get(REST + "/2fa/audit").json().get("total").asInt());
            counts.put("state", admin.get(REST + "/pages/" + pageId + "/workflow").json().get("state").get("key").asText());
            return counts;
        }
    }

    /** The figures of a run and the answers that broke a rule. */
    static final class Tally {
        int sent;
        int serverErrors;
        int containerRefusals;
        final Map<Integer, Integer> byStatus = new TreeMap<>();
        final List<String> failures = new ArrayList<>();

        void check(Probe probe, HttpResult r) {
            sent++;
            byStatus.merge(r.status(), 1, Integer::sum);
            String what = probe.method() + " " + abbreviate(probe.path()) + " "
                    + (probe.body() == null ? "" : abbreviate(new String(probe.body(), StandardCharsets.UTF_8)));
            if (r.status() >= 500) {
                serverErrors++;
                failures.add(r.status() + " for " + what + ": " + abbreviate(r.body()));
            } else if (r.status() == 400 && probe.path().contains("%00") && r.body().contains("HTTP ERROR 400")) {
                // The servlet container refuses an encoded NUL in the path before any plugin code runs (Tomcat
                // under Confluence does the same); counted apart, it is the host's answer, not the app's.
                containerRefusals++;
            } else if (r.status() >= 400 && !errorShape(r)) {
                failures.add(r.status() + " without the JSON error shape for " + what + ": " + abbreviate(r.body()));
            }
        }

        /** The connection closed without an answer: as bad as a 5xx for the client. */
        void dropped(Probe probe, Exception e) {
            sent++;
            byStatus.merge(0, 1, Integer::sum);
            failures.add("no answer (" + e.getMessage() + ") for " + probe.method() + " " + abbreviate(probe.path()) + " "
                    + (probe.body() == null ? "" : abbreviate(new String(probe.body(), StandardCharsets.UTF_8))));
        }

        private static boolean errorShape(HttpResult r) {
            try {
                JsonNode body = JSON.readTree(r.body());
                return body.path("error").isTextual() && body.path("message").isTextual()
                        && r.header("Content-Type").orElse("").startsWith("application/json");
            } catch (Exception e) {
                return false;
            }
        }

        private static String abbreviate(String s) {
            String clean = s.replace("\u0000", "\\0");
            return clean.length() > 160 ? clean.substring(0, 160) + "…(" + clean.length() + ")" : clean;
        }
    }
}
