package app.auraworkflows.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Role: what the REST benchmarks share: latency statistics of nanosecond samples, the machine's load
 * average for the report, the system properties the bench profile passes, JSON reading and writing, sending a
 * request, checking a setup answer and the current TOTP time step.
 */
final class BenchSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String REST = "/rest/aura-workflows/1.0";

    private BenchSupport() {
    }

    /** Median, p90 (nearest rank), mean, min and max of nanosecond samples, in milliseconds. */
    record Stats(int samples, double median, double p90, double mean, double min, double max) {
        static Stats of(long[] nanos) {
            long[] s = nanos.clone();
            Arrays.sort(s);
            int n = s.length;
            double median = n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2.0;
            double p90 = s[(int) Math.ceil(0.9 * n) - 1];
            double mean = Arrays.stream(s).average().orElse(Double.NaN);
            return new Stats(n, median / 1e6, p90 / 1e6, mean / 1e6, s[0] / 1e6, s[n - 1] / 1e6);
        }

        /** One table row: the label padded to {@code labelWidth}, then the figures. */
        String row(String kind, int labelWidth) {
            return String.format(Locale.ROOT, "%-" + labelWidth + "s %8d %11.3f %9.3f %10.3f %9.3f %9.3f%n", kind, samples,
                    median, p90, mean, min, max);
        }
    }

    /** The {@code q} quantile (nearest rank) of nanosecond samples, in milliseconds. */
    static double percentile(java.util.List<Long> nanos, double q) {
        long[] s = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return s[Math.max(0, (int) Math.ceil(q * s.length) - 1)] / 1e6;
    }

    static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    static JsonNode readJson(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static java.net.http.HttpResponse<String> send(java.net.http.HttpClient http, java.net.http.HttpRequest request) {
        try {
            return http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Setup calls must succeed: otherwise the benchmark would measure something else. */
    static void expect(app.auraworkflows.devhost.junit.HttpResult r, int status, String what) {
        if (r.status() != status) {
            throw new IllegalStateException(what + ": expected " + status + ", got " + r);
        }
    }

    /** The 30-second TOTP time step of now. */
    static long currentStep() {
        return Math.floorDiv(java.time.Instant.now().getEpochSecond(), 30);
    }

    /**
     * A workflow whose initial state In Review has an approval by {@code group} (approve → Published, reject →
     * Draft), saved by {@code admin}; its id. With thresholds out of reach every review is a recorded vote.
     */
    static long reviewWorkflow(app.auraworkflows.devhost.junit.DevHostClient admin, String name, String group,
                               boolean requireTwoFactor, int minApprovals) {
        java.util.Map<String, Object> approval = new java.util.LinkedHashMap<>();
        approval.put("key", "review");
        approval.put("type", "APPROVAL");
        approval.put("from", "in-review");
        approval.put("approveTo", "published");
        approval.put("rejectTo", "draft");
        approval.put("reviewers", java.util.Map.of("users", java.util.List.of(), "groups", java.util.List.of(group)));
        approval.put("minApprovals", minApprovals);
        approval.put("minRejections", 1_000_000);
        approval.put("requireAll", false);
        approval.put("requireTwoFactor", requireTwoFactor);
        app.auraworkflows.devhost.junit.HttpResult created = admin.postJson(REST + "/workflows", java.util.Map.of(
                "name", name, "description", "Benchmark workflow", "initialState", "in-review",
                "states", java.util.List.of(java.util.Map.of("key", "draft", "name", "Draft"),
                        java.util.Map.of("key", "in-review", "name", "In Review"),
                        java.util.Map.of("key", "published", "name", "Published")),
                "transitions", java.util.List.of(approval)));
        expect(created, 201, "create workflow");
        return created.json().get("id").asLong();
    }

    /** A new DEMO page with the workflow applied by {@code admin} (so its round 1 is open); its id. */
    static long pageInReview(app.auraworkflows.devhost.junit.DevHostClient admin, long workflowId) {
        String title = "Bench page " + System.nanoTime();
        app.auraworkflows.devhost.junit.HttpResult created = admin.postJson("/rest/api/content", java.util.Map.of(
                "type", "page", "title", title, "space", java.util.Map.of("key", "DEMO"),
                "body", java.util.Map.of("storage", java.util.Map.of("value", "<p>" + title + "</p>",
                        "representation", "storage"))));
        expect(created, 200, "create page");
        long pageId = Long.parseLong(created.json().get("id").asText());
        expect(admin.postJson(REST + "/pages/" + pageId + "/workflow", java.util.Map.of("workflowId", workflowId)), 201,
                "apply workflow");
        return pageId;
    }

    static String require(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + property + " is required (mvn -Pbench verify sets it)");
        }
        return value;
    }

    /**
     * A browser-like admin session on {@code host} over {@code http}: form login, then WebSudo confirmed with the
     * password (the admin reads need it); the session cookie ({@code name=value}) to send with each request.
     */
    static String adminSessionWithWebSudo(java.net.http.HttpClient http, app.auraworkflows.devhost.DevHost host) {
        String form = "os_username=admin&os_password=admin&os_destination=%2F";
        java.net.http.HttpResponse<String> r = send(http, java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(host.baseUrl() + "/login.action"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build());
        if (r.statusCode() != 302) {
            throw new IllegalStateException("admin login answered " + r.statusCode());
        }
        String cookieName = host.config().sessionCookieName();
        String cookie = r.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0].trim())
                .filter(c -> c.startsWith(cookieName + "=")).findFirst()
                .orElseThrow(() -> new IllegalStateException("admin login set no " + cookieName + " cookie"));
        java.net.http.HttpResponse<String> sudoForm = send(http, java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(host.baseUrl() + "/authenticate.action")).header("Cookie", cookie).GET().build());
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"atl_token\" value=\"([^\"]+)\"")
                .matcher(sudoForm.body());
        if (!token.find()) {
            throw new IllegalStateException("no atl_token on the WebSudo form: " + sudoForm.statusCode());
        }
        java.net.http.HttpResponse<String> confirmed = send(http, java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(host.baseUrl() + "/authenticate.action"))
                .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("password=admin&destination=%2F&atl_token="
                        + java.net.URLEncoder.encode(token.group(1), java.nio.charset.StandardCharsets.UTF_8))).build());
        if (confirmed.statusCode() != 302) {
            throw new IllegalStateException("WebSudo confirmation answered " + confirmed.statusCode());
        }
        return cookie;
    }
}
