package app.auraworkflows.devhost.junit;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Small HTTP client for tests against a dev host (java.net.http, redirects not followed). Three kinds:
 * {@link #basic} sends HTTP Basic credentials with every request and {@link #bearer} a personal access
 * token (REST scripts); {@link #browser} keeps cookies like a browser session (form login, WebSudo, XSRF
 * tokens) and, like a browser, sends this site's {@code Origin} with every mutating request. Paths are
 * relative to the base URL ({@code /rest/...}, {@code /plugins/servlet/...}). {@link #delete} sends
 * {@code X-Atlassian-Token: no-check}, which the REST XSRF rules require of a request without a body.
 */
public final class DevHostClient {

    // No JSR-310 module: request bodies are maps or strings, and the dev host has none either.
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final String authorization;
    private final HttpClient http;
    private final boolean sendsOrigin;

    private DevHostClient(String baseUrl, String authorization, HttpClient http, boolean sendsOrigin) {
        this.baseUrl = baseUrl;
        this.authorization = authorization;
        this.http = http;
        this.sendsOrigin = sendsOrigin;
    }

    public static DevHostClient basic(String baseUrl, String username, String password) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new DevHostClient(baseUrl, "Basic " + token, client(null), false);
    }

    /** A client that authenticates with a personal access token ({@code Authorization: Bearer}). */
    public static DevHostClient bearer(String baseUrl, String token) {
        return new DevHostClient(baseUrl, "Bearer " + token, client(null), false);
    }

    public static DevHostClient anonymous(String baseUrl) {
        return new DevHostClient(baseUrl, null, client(null), false);
    }

    /** A cookie-keeping client; call {@link #login} to start a session. */
    public static DevHostClient browser(String baseUrl) {
        return new DevHostClient(baseUrl, null, client(new CookieManager()), true);
    }

    private static HttpClient client(java.net.CookieHandler cookies) {
        HttpClient.Builder b = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10));
        if (cookies != null) {
            b.cookieHandler(cookies);
        }
        return b.build();
    }

    private static final java.util.regex.Pattern ATL_TOKEN =
            java.util.regex.Pattern.compile("name=\"atl_token\" value=\"([^\"]+)\"");

    /**
     * Confirms the password on Confluence's WebSudo form ({@code /authenticate.action}) for a logged-in browser
     * session, as a person does before an admin screen; returns the form post's response (302 on success).
     */
    public HttpResult startWebSudo(String password, String destination) {
        String form = get("/authenticate.action?destination=" + destination).body();
        java.util.regex.Matcher token = ATL_TOKEN.matcher(form);
        if (!token.find()) {
            throw new AssertionError("no atl_token on the WebSudo form: " + form);
        }
        return postForm("/authenticate.action", Map.of("password", password, "destination", destination,
                "atl_token", token.group(1)));
    }

    /** Form login at /login.action; returns the response (302 on success). */
    public HttpResult login(String username, String password) {
        return postForm("/login.action", Map.of("os_username", username, "os_password", password, "os_destination", "/"));
    }

    public HttpResult get(String path) {
        return send(request(path).GET().header("Accept", "application/json, text/html;q=0.9"));
    }

    public HttpResult delete(String path) {
        return send(request(path).DELETE().header("Accept", "application/json").header("X-Atlassian-Token", "no-check"));
    }

    public HttpResult postJson(String path, Object body) {
        return sendJson("POST", path, body);
    }

    public HttpResult putJson(String path, Object body) {
        return sendJson("PUT", path, body);
    }

    public HttpResult sendJson(String method, String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json(body))));
    }

    /** An application/x-www-form-urlencoded POST (add {@code X-Atlassian-Token: no-check} via {@link #send} if needed). */
    public HttpResult postForm(String path, Map<String, String> fields) {
        return postForm(path, fields, Map.of());
    }

    public HttpResult postForm(String path, Map<String, String> fields, Map<String, String> headers) {
        String form = new LinkedHashMap<>(fields).entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder b = request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        headers.forEach(b::header);
        return send(b);
    }

    /** A request builder for anything else; credentials are added. */
    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(resolve(path))
                .timeout(Duration.ofSeconds(60));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b;
    }

    /**
     * {@code http...} as is; a server path that already starts with the context path (a redirect's
     * Location, e.g. {@code /confluence/login.action}) against the server; anything else against the base URL.
     */
    public URI resolve(String path) {
        if (path.startsWith("http://") || path.startsWith("https://")) {
            return URI.create(path);
        }
        URI base = URI.create(baseUrl);
        String contextPath = base.getPath() == null ? "" : base.getPath();
        if (!contextPath.isEmpty() && (path.startsWith(contextPath + "/") || path.equals(contextPath))) {
            return base.resolve(path);
        }
        return URI.create(baseUrl + path);
    }

    public HttpResult send(HttpRequest.Builder request) {
        return send(http, request);
    }

    /**
     * As {@link #send}, over a connection of its own (the same cookies). For requests the server refuses without
     * reading their body: it may then close the connection after answering, and a next request on that kept-alive
     * connection would fail with "header parser received no bytes" although the server did nothing wrong.
     */
    public HttpResult sendOnOwnConnection(HttpRequest.Builder request) {
        return send(client(http.cookieHandler().orElse(null)), request);
    }

    private HttpResult send(HttpClient client, HttpRequest.Builder request) {
        HttpRequest built = request.build();
        if (sendsOrigin && !"GET".equals(built.method()) && !"HEAD".equals(built.method())
                && built.headers().firstValue("Origin").isEmpty()) {
            URI uri = built.uri();
            String origin = uri.getScheme() + "://" + uri.getHost() + (uri.getPort() >= 0 ? ":" + uri.getPort() : "");
            built = HttpRequest.newBuilder(built, (name, value) -> true).header("Origin", origin).build();
        }
        try {
            HttpResponse<String> r = client.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new HttpResult(r.statusCode(), r.body(), r.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String json(Object body) {
        if (body instanceof String s) {
            return s;
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
