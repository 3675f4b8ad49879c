package app.auraworkflows.bench;

import app.auraworkflows.devhost.DevHost;
import app.auraworkflows.devhost.DevHostConfig;
import app.auraworkflows.devhost.demo.DemoData;
import app.auraworkflows.devhost.directory.UserStore;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark (not a test): the wall time of {@code GET /rest/aura-workflows/1.0/2fa/user-search} (the "Add 2FA
 * user" type-ahead) over real HTTP on loopback, against two dev hosts running the built plugin JAR side by
 * side in one run: one whose directory has {@value #SMALL} bulk-inserted users, one with {@value #LARGE}. A
 * bounded search costs about the same on both; one that loads every match grows with the directory. Run with
 * {@code mvn -B -o -Pbench verify -DskipTests -Dbench.jmh.skip=true -Dbench.rest.skip=true
 * -Dbench.usersearch=true}; results in {@code target/user-search-benchmark-results.txt}.
 *
 * <p>Fairness: both hosts run in this JVM with the same configuration and embedded HSQLDB; the directories use
 * the same name generator, so every query matches users in both (many more in the large one); requests
 * strictly alternate between the hosts, and which host goes first flips every pair, after a warm-up of the same
 * shape. The queries are what an administrator types: 2 to 5 leading characters of a first name, last name or
 * username, with the dialog's limit of 20. Each host is called with its admin's login session over one kept-alive
 * HTTP/1.1 connection, so no request pays for password hashing. Only the request is timed.
 */
public final class UserSearchRestBenchmark {
    static final int SMALL = 100;
    static final int LARGE = 100_000;
    static final int WARMUP_PAIRS = 300;
    static final int MEASURED_PAIRS = 1_500;
    static final int LIMIT = 20;

    private static final String SEARCH = "/rest/aura-workflows/1.0/2fa/user-search";
    private static final List<String> FIRST = List.of("john", "maria", "mark", "joanna", "peter", "paula", "sam",
            "sarah", "anna", "andrew", "lena", "lucas", "mia", "michael", "nora", "oliver", "rosa", "ryan");
    private static final List<String> LAST = List.of("smith", "smithers", "miller", "mills", "jones", "johnson",
            "brown", "browning", "taylor", "tanaka", "garcia", "gardner", "nguyen", "novak", "weber", "west");
    private static final List<String> QUERIES = List.of("jo", "joh", "john", "ma", "mar", "mari", "smi", "smith",
            "mil", "mill", "br", "brow", "an", "andr", "ga", "garc", "no", "nov", "we", "west");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    public static void main(String[] args) throws Exception {
        Path target = Path.of(System.getProperty("aura.target.dir", "target")).toAbsolutePath();
        Path jar = Path.of(BenchSupport.require("aura.plugin.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("aura.plugin.jar names no file: " + jar + " (build with mvn package first)");
        }
        Path basedir = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
        Path runDir = target.resolve("user-search-benchmark").resolve("run-" + System.currentTimeMillis());
        String report;
        try (DevHost small = DevHost.start(config(jar, basedir, runDir.resolve("small"), "bench-small"));
             DevHost large = DevHost.start(config(jar, basedir, runDir.resolve("large"), "bench-large"))) {
            report = new UserSearchRestBenchmark().run(small, large);
        }
        Path results = target.resolve("user-search-benchmark-results.txt");
        Files.writeString(results, report, StandardCharsets.UTF_8);
        System.out.println();
        System.out.print(report);
        System.out.println("Results written to " + results);
    }

    private static DevHostConfig config(Path jar, Path basedir, Path dataDir, String nodeId) throws IOException {
        return DevHostConfig.builder()
                .host("127.0.0.1") // loopback only
                .port(0)
                .dataDir(dataDir)
                .demoData(DemoData.read(basedir.resolve("amps-config/demo-data.json")))
                .pluginJar(jar)
                .nodeId(nodeId)
                .passwordIterations(1_000)
                .build();
    }

    private String run(DevHost small, DevHost large) {
        double insertSmall = fill(small, SMALL);
        double insertLarge = fill(large, LARGE);
        String smallCookie = login(small);
        String largeCookie = login(large);
        double loadBefore = BenchSupport.loadAverage();

        pairs(WARMUP_PAIRS, small, smallCookie, large, largeCookie, new long[WARMUP_PAIRS], new long[WARMUP_PAIRS],
                new int[2]);
        long measureStarted = System.nanoTime();
        long[] smallTimes = new long[MEASURED_PAIRS];
        long[] largeTimes = new long[MEASURED_PAIRS];
        int[] truncated = new int[2];
        pairs(MEASURED_PAIRS, small, smallCookie, large, largeCookie, smallTimes, largeTimes, truncated);
        double measureSeconds = (System.nanoTime() - measureStarted) / 1e9;
        double loadAfter = BenchSupport.loadAverage();

        BenchSupport.Stats s = BenchSupport.Stats.of(smallTimes);
        BenchSupport.Stats l = BenchSupport.Stats.of(largeTimes);
        StringBuilder out = new StringBuilder();
        out.append("UserSearchRestBenchmark: GET ").append(SEARCH).append("?q=<2-5 characters>&limit=").append(LIMIT)
                .append(", wall time per request\n");
        out.append(String.format(Locale.ROOT, "run at %s; Java %s; %d CPUs; two dev hosts on 127.0.0.1 in one JVM, embedded"
                        + " HSQLDB, HTTP/1.1 keep-alive, admin session auth%n",
                Instant.now(), System.getProperty("java.version"), Runtime.getRuntime().availableProcessors()));
        out.append(String.format(Locale.ROOT, "directories: %d and %d bulk-inserted users (plus the demo users); bulk insert"
                + " %.1f s and %.1f s%n", SMALL, LARGE, insertSmall, insertLarge));
        out.append(String.format(Locale.ROOT, "%d queries in rotation, %d warm-up pairs, %d measured pairs (requests alternate"
                + " between the hosts, the first of each pair flips); measurement %.1f s%n",
                QUERIES.size(), WARMUP_PAIRS, MEASURED_PAIRS, measureSeconds));
        out.append(String.format(Locale.ROOT, "answers with moreResults=true: %d of %d (%d users), %d of %d (%d users)%n",
                truncated[0], MEASURED_PAIRS, SMALL, truncated[1], MEASURED_PAIRS, LARGE));
        out.append(String.format(Locale.ROOT, "system load average (1 min): %.2f before warm-up, %.2f after measurement%n%n",
                loadBefore, loadAfter));
        out.append(String.format(Locale.ROOT, "%-14s %8s %11s %9s %10s %9s %9s%n", "directory", "samples", "median ms",
                "p90 ms", "mean ms", "min ms", "max ms"));
        out.append(s.row(SMALL + " users", 14));
        out.append(l.row(LARGE + " users", 14));
        out.append(String.format(Locale.ROOT, "%nratio %d/%d users: median %.3f, p90 %.3f, mean %.3f%n", LARGE, SMALL,
                l.median() / s.median(), l.p90() / s.p90(), l.mean() / s.mean()));
        BenchTable.record("\"Add 2FA user\" search, " + SMALL + " vs " + LARGE + " directory users",
                "bounded work (no whole-directory load), and a figure", String.format(Locale.ROOT,
                        "median %.2f ms vs %.2f ms, ratio %.2f (p90 ratio %.2f)", s.median(), l.median(),
                        l.median() / s.median(), l.p90() / s.p90()), null);
        return out.toString();
    }

    /** {@code count} pairs of the same query on both hosts; the host asked first alternates. */
    private void pairs(int count, DevHost small, String smallCookie, DevHost large, String largeCookie,
            long[] smallTimes, long[] largeTimes, int[] truncated) {
        for (int i = 0; i < count; i++) {
            String q = QUERIES.get(i % QUERIES.size());
            if (i % 2 == 0) {
                smallTimes[i] = timedSearch(small, smallCookie, q, truncated, 0);
                largeTimes[i] = timedSearch(large, largeCookie, q, truncated, 1);
            } else {
                largeTimes[i] = timedSearch(large, largeCookie, q, truncated, 1);
                smallTimes[i] = timedSearch(small, smallCookie, q, truncated, 0);
            }
        }
    }

    private long timedSearch(DevHost host, String cookie, String q, int[] truncated, int which) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(host.baseUrl() + SEARCH + "?q="
                        + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&limit=" + LIMIT))
                .timeout(Duration.ofSeconds(60))
                .header("Cookie", cookie)
                .header("Accept", "application/json")
                .GET().build();
        long t0 = System.nanoTime();
        HttpResponse<String> response = send(request);
        long elapsed = System.nanoTime() - t0;
        if (response.statusCode() != 200) {
            throw new IllegalStateException("search " + q + " answered " + response.statusCode() + " " + response.body());
        }
        JsonNode body = BenchSupport.readJson(response.body());
        int found = body.get("users").size();
        if (found == 0 || found > LIMIT) {
            throw new IllegalStateException("search " + q + " found " + found + " users on " + host.baseUrl());
        }
        if (body.get("moreResults").asBoolean()) {
            truncated[which]++;
        }
        return elapsed;
    }

    /** Bulk-inserts {@code count} users named from the same generator on every host; returns the seconds taken. */
    private static double fill(DevHost host, int count) {
        List<UserStore.NewUser> users = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String first = FIRST.get(i % FIRST.size());
            String last = LAST.get(i % LAST.size()); // 18 x 16 names: every query matches in both directories
            String username = first + "." + last + i;
            String display = Character.toUpperCase(first.charAt(0)) + first.substring(1) + " "
                    + Character.toUpperCase(last.charAt(0)) + last.substring(1);
            users.add(new UserStore.NewUser(username, display, username + "@bench.example.com"));
        }
        long t0 = System.nanoTime();
        host.users().createAll(users, "bench-password");
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Form login as a browser does, with WebSudo (the search is an admin read); the session cookie. */
    private String login(DevHost host) {
        return BenchSupport.adminSessionWithWebSudo(http, host);
    }

    private HttpResponse<String> send(HttpRequest request) {
        return BenchSupport.send(http, request);
    }
}
