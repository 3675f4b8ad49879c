package app.auraworkflows.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.auraworkflows.devhost.junit.DevHostClient;
import app.auraworkflows.devhost.junit.DevHostExtension;
import app.auraworkflows.devhost.junit.HttpResult;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The XSRF contract of the REST API, run by {@link ForgedRestRequestsIT} (the dev host's XSRF filter on, as in
 * Confluence) and {@link ForgedRestRequestsWithoutHostFilterIT} (filter off: the plugin's own rule alone).
 *
 * <p>Every state-changing endpoint is found by reflection over the compiled REST package (each {@code @Path}
 * class and its methods whose annotation is a JAX-RS {@code @HttpMethod} other than GET, HEAD, OPTIONS), so a
 * new endpoint is covered without touching this test. Each one gets what a page in the admin's browser can send
 * without a CORS preflight: no body at all, {@code text/plain} and a form, each carrying a body that would change
 * something if it were accepted, from a logged-in admin session with WebSudo, with this site's Origin (a
 * same-site page) and no {@code X-Atlassian-Token}. Each must be refused (403 XSRF_CHECK_FAILED or 415) and the
 * data read before and after must be the same.
 */
abstract class ForgedRestRequestsSuite {
    static final String REST = "/rest/aura-workflows/1.0";
    private static final Set<String> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    private static final Pattern PARAM = Pattern.compile("\\{([^}/:]+)[^}]*}");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One state-changing resource method: HTTP method, path template, whether it reads a JSON body. */
    record Endpoint(String httpMethod, String template, boolean takesJson, String javaName) {
    }

    /** What the endpoints act on, made once per host (per test class). */
    record Targets(String victim, String newcomer, long draftPage, long reviewPage, long plainPage,
                   long usedWorkflow, long spareWorkflow) {
    }

    private static final Map<Class<?>, Targets> TARGETS = new LinkedHashMap<>();

    abstract DevHostExtension host();

    Targets targets() {
        return TARGETS.computeIfAbsent(getClass(), k -> makeTargets(host()));
    }

    static Targets makeTargets(DevHostExtension host) {
        long nanos = System.nanoTime() % 1_000_000_000L;
        String victim = "xsrfvictim" + nanos;
        String newcomer = "xsrfnewcomer" + nanos;
        var users = host.host().users();
        users.addMember(app.auraworkflows.devhost.directory.UserStore.USERS, users.create(victim, "Victim " + nanos,
                victim + "@example.com", victim));
        users.addMember(app.auraworkflows.devhost.directory.UserStore.USERS, users.create(newcomer, "Newcomer " + nanos,
                newcomer + "@example.com", newcomer));
        assertEquals(200, host.postJson("admin", REST + "/2fa/users", Map.of("usernames", List.of(victim))).status());

        long used = createWorkflow(host, "XSRF used " + nanos);
        long spare = createWorkflow(host, "XSRF spare " + nanos);
        long draft = WorkflowFixtures.newPage(host, "DEMO", "XSRF draft");
        assertEquals(201, host.postJson("admin", WorkflowFixtures.page(draft) + "/workflow", Map.of("workflowId", used)).status());
        long review = WorkflowFixtures.inReviewPage(host, used, "XSRF review");
        long plain = WorkflowFixtures.newPage(host, "DEMO", "XSRF plain");
        return new Targets(victim, newcomer, draft, review, plain, used, spare);
    }

    /** Basic Approval with the admin among the reviewers, so a forged approval by the admin would count. */
    @SuppressWarnings("unchecked")
    private static long createWorkflow(DevHostExtension host, String name) {
        Map<String, Object> definition = new LinkedHashMap<>(WorkflowFixtures.basicApprovalDefinition(name));
        List<Object> transitions = new ArrayList<>();
        for (Object t : (List<?>) definition.get("transitions")) {
            Map<String, Object> transition = new LinkedHashMap<>((Map<String, Object>) t);
            if ("APPROVAL".equals(transition.get("type"))) {
                transition.put("reviewers", Map.of("users", List.of("admin"), "groups", List.of("reviewers")));
            }
            transitions.add(transition);
        }
        definition.put("transitions", transitions);
        HttpResult r = host.postJson("admin", REST + "/workflows", definition);
        assertEquals(201, r.status(), r.toString());
        return r.json().get("id").asLong();
    }

    /** Every state-changing method of every resource class compiled into target/classes. */
    static List<Endpoint> stateChangingEndpoints() {
        java.nio.file.Path dir = DevHostExtension.targetDir().resolve("classes/app/auraworkflows/rest");
        List<Endpoint> found = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.list(dir)) {
            for (java.nio.file.Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (!name.endsWith(".class") || name.contains("$")) {
                    continue;
                }
                Class<?> type = Class.forName("app.auraworkflows.rest." + name.substring(0, name.length() - 6));
                Path classPath = type.getAnnotation(Path.class);
                if (classPath == null) {
                    continue;
                }
                for (Method method : type.getMethods()) {
                    String http = httpMethodOf(method);
                    if (http == null || READS.contains(http)) {
                        continue;
                    }
                    Path methodPath = method.getAnnotation(Path.class);
                    String template = join(classPath.value(), methodPath == null ? "" : methodPath.value());
                    Consumes consumes = method.getAnnotation(Consumes.class) != null ? method.getAnnotation(Consumes.class)
                            : type.getAnnotation(Consumes.class);
                    boolean json = consumes != null && List.of(consumes.value()).contains("application/json");
                    found.add(new Endpoint(http, template, json, type.getSimpleName() + "." + method.getName()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    private static String httpMethodOf(Method method) {
        for (var annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static String join(String a, String b) {
        String left = a.startsWith("/") ? a : "/" + a;
        if (left.endsWith("/")) {
            left = left.substring(0, left.length() - 1);
        }
        if (b.isEmpty()) {
            return left;
        }
        return left + (b.startsWith("/") ? b : "/" + b);
    }

    /** The concrete path of an endpoint: each parameter bound to a target it would change. */
    String pathOf(Endpoint endpoint) {
        Targets t = targets();
        Matcher m = PARAM.matcher(endpoint.template());
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "username" -> t.victim();
                case "id" -> String.valueOf(t.spareWorkflow());
                case "pageId" -> String.valueOf(endpoint.template().endsWith("/reviews") ? t.reviewPage()
                        : endpoint.template().endsWith("/transitions") ? t.draftPage() : t.plainPage());
                default -> "1";
            };
            m.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        m.appendTail(path);
        return REST + path;
    }

    /** A body that would change something if the endpoint accepted it ({@code {}} for endpoints we do not know). */
    String bodyOf(Endpoint endpoint) {
        Targets t = targets();
        Object body;
        String template = endpoint.template();
        if (template.equals("/2fa/users")) {
            body = Map.of("usernames", List.of(t.newcomer()));
        } else if (template.endsWith("/reviews")) {
            body = Map.of("decision", "APPROVE", "comment", "forged", "round", 1);
        } else if (template.endsWith("/transitions")) {
            body = Map.of("transitionKey", "submit");
        } else if (template.endsWith("/workflow")) {
            body = Map.of("workflowId", t.usedWorkflow());
        } else if (template.startsWith("/workflows")) {
            body = WorkflowFixtures.basicApprovalDefinition("Forged " + System.nanoTime());
        } else if (template.endsWith("/confirm")) {
            body = Map.of("code", "123456");
        } else {
            body = Map.of();
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the endpoints could change, read over Basic (no session, no WebSudo involved). */
    List<String> snapshot() {
        Targets t = targets();
        DevHostClient admin = host().as("admin");
        List<String> state = new ArrayList<>();
        for (String path : List.of(
                "/2fa/users?status=PENDING&limit=100", "/2fa/users?status=ACTIVE&limit=100",
                "/2fa/audit?limit=200", "/workflows",
                "/workflows/" + t.usedWorkflow(), "/workflows/" + t.spareWorkflow(),
                "/pages/" + t.draftPage() + "/workflow", "/pages/" + t.reviewPage() + "/workflow",
                "/pages/" + t.plainPage() + "/workflow", "/pages/" + t.reviewPage() + "/history",
                "/pages/" + t.draftPage() + "/history")) {
            HttpResult r = admin.get(REST + path);
            state.add(path + " -> " + r.status() + " " + r.body());
        }
        return state;
    }

    /** A cookie session of the admin with a live secure administrator session (WebSudo). */
    DevHostClient adminWithWebSudo() {
        DevHostClient browser = host().browser();
        assertEquals(302, browser.login("admin", "admin").status());
        String destination = "/plugins/servlet/aura-workflows/admin/2fa";
        browser.startWebSudo("admin", destination);
        assertEquals(200, browser.get(destination).status(), "WebSudo granted");
        return browser;
    }

    @Test
    void theSuiteFindsTheKnownStateChangingEndpoints() {
        List<String> names = stateChangingEndpoints().stream().map(e -> e.httpMethod() + " " + e.template()).toList();
        for (String known : List.of("POST /2fa/users", "DELETE /2fa/users/{username}", "POST /2fa/users/{username}/unlock",
                "POST /2fa/me/confirm", "POST /pages/{pageId}/workflow", "POST /pages/{pageId}/reviews",
                "POST /pages/{pageId}/transitions", "POST /workflows", "PUT /workflows/{id}", "DELETE /workflows/{id}")) {
            assertTrue(names.contains(known), known + " not found in " + names);
        }
    }

    @Test
    void everyStateChangingEndpointRefusesBodylessTextAndFormRequestsWithoutTheTokenAndChangesNothing() {
        DevHostClient admin = adminWithWebSudo();
        List<String> before = snapshot();
        List<String> accepted = new ArrayList<>();
        for (Endpoint endpoint : stateChangingEndpoints()) {
            String path = pathOf(endpoint);
            String body = bodyOf(endpoint);
            Map<String, HttpRequest.Builder> forged = new LinkedHashMap<>();
            forged.put("bodyless", admin.request(path).method(endpoint.httpMethod(), HttpRequest.BodyPublishers.noBody()));
            forged.put("text/plain", admin.request(path).header("Content-Type", "text/plain;charset=UTF-8")
                    .method(endpoint.httpMethod(), HttpRequest.BodyPublishers.ofString(body)));
            forged.put("form", admin.request(path).header("Content-Type", "application/x-www-form-urlencoded")
                    .method(endpoint.httpMethod(), HttpRequest.BodyPublishers.ofString(body + "=")));
            for (Map.Entry<String, HttpRequest.Builder> request : forged.entrySet()) {
                // Each on its own connection: a refused request's unread body may end a kept-alive connection.
                HttpResult r = admin.sendOnOwnConnection(request.getValue().header("Accept", "application/json"));
                if (!refused(r)) {
                    accepted.add(endpoint.javaName() + " " + request.getKey() + ": " + r);
                }
            }
        }
        assertTrue(accepted.isEmpty(), "forgeable requests were not refused: " + accepted);
        assertEquals(before, snapshot(), "a refused request changed nothing");
    }

    @Test
    void bodylessEndpointsWorkWithTheTokenHeader() {
        DevHostClient admin = adminWithWebSudo();
        String victim = "xsrftoken" + System.nanoTime() % 1_000_000_000L;
        var users = host().host().users();
        users.addMember(app.auraworkflows.devhost.directory.UserStore.USERS, users.create(victim, "Token " + victim,
                victim + "@example.com", victim));
        assertEquals(200, admin.postJson(REST + "/2fa/users", Map.of("usernames", List.of(victim))).status());

        HttpResult unlock = admin.send(admin.request(REST + "/2fa/users/" + victim + "/unlock")
                .header("X-Atlassian-Token", "no-check").POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(204, unlock.status(), unlock.toString());
        HttpResult revoke = admin.delete(REST + "/2fa/users/" + victim);
        assertEquals(204, revoke.status(), revoke.toString());
        long spare = createWorkflow(host(), "XSRF deletable " + System.nanoTime());
        HttpResult delete = admin.delete(REST + "/workflows/" + spare);
        assertEquals(204, delete.status(), delete.toString());
    }

    /** 415 (the JSON-only method would not read it) or 403 with Atlassian's XSRF code, from host or plugin. */
    private static boolean refused(HttpResult r) {
        if (r.status() == 415) {
            return true;
        }
        if (r.status() != 403) {
            return false;
        }
        try {
            return "XSRF_CHECK_FAILED".equals(r.json().path("error").asText());
        } catch (RuntimeException notJson) {
            return false;
        }
    }
}
