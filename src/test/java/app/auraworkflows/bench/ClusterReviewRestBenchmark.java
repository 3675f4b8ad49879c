package app.auraworkflows.bench;

import app.auraworkflows.devhost.DevHost;
import app.auraworkflows.devhost.DevHostConfig;
import app.auraworkflows.devhost.demo.DemoData;
import app.auraworkflows.devhost.directory.HostUser;
import app.auraworkflows.devhost.directory.UserStore;
import app.auraworkflows.devhost.junit.DevHostClient;
import app.auraworkflows.devhost.junit.FreshPostgresDatabase;
import app.auraworkflows.devhost.junit.HttpResult;
import app.auraworkflows.it.AuthenticatorApp;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Benchmark (not a test): reviews over real HTTP on <b>two dev-host nodes sharing one fresh PostgreSQL database</b>
 * (and one shared home), each node running the built plugin JAR with its own connection pools, under
 * {@value #THREADS} concurrent reviewers. It reports the throughput of the bursts, p50 and p95 per kind, the
 * protected/unprotected median ratio (target ≤ {@value #TARGET_MEDIAN_RATIO}), the number of failed requests, and
 * checks that rounds closed by concurrent votes on both nodes transition exactly once. Run with
 * {@code mvn -B -Pbench verify -DskipTests -Dbench.jmh.skip=true -Dbench.rest.skip=true -Dbench.cluster=true};
 * results in {@code target/cluster-benchmark-results.txt}.
 *
 * <p>How it is kept fair: every reviewer makes one protected and one unprotected review per 30-second window
 * (a code's time step is accepted once per user, and only newer steps), the two on different nodes and in
 * alternating order, so both kinds meet the same load, the same pool state and the same database size. The
 * {@value #THREADS} threads start each window at the same moment; each owns {@value #REVIEWERS_PER_THREAD}
 * reviewers. The thresholds of the measured rounds are out of reach, so every measured review is a recorded vote.
 * Requests authenticate with HTTP Basic (the same cost for both kinds; sessions are per node). Codes and setup
 * keys are never printed.
 */
public final class ClusterReviewRestBenchmark {
    static final int THREADS = 50;
    static final int REVIEWERS_PER_THREAD = 10;
    static final int USERS = THREADS * REVIEWERS_PER_THREAD;
    static final int PAGES_PER_KIND = 25;
    static final int WARMUP_WINDOWS = 1;
    static final int MEASURED_WINDOWS = 2;
    static final int CLOSING_PAGES = 10;
    static final int CLOSING_VOTERS = 12;
    static final double TARGET_MEDIAN_RATIO = 1.1;

    private static final String REST = "/rest/aura-workflows/1.0";
    private static final String GROUP = "aura-cluster-bench";
    private static final long PERIOD_SECONDS = 30;

    private final DevHost nodeA;
    private final DevHost nodeB;
    private final DevHostClient admin;
    private final List<Reviewer> reviewers = new ArrayList<>();
    /** The newest code step any reviewer has used: each window's codes must be newer. */
    private long lastUsedStep;

    private ClusterReviewRestBenchmark(DevHost nodeA, DevHost nodeB) {
        this.nodeA = nodeA;
        this.nodeB = nodeB;
        this.admin = DevHostClient.basic(nodeA.baseUrl(), "admin", "admin");
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(System.getProperty("aura.target.dir", "target")).toAbsolutePath();
        Path jar = Path.of(BenchSupport.require("aura.plugin.jar"));
        Path basedir = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
        Path root = target.resolve("cluster-benchmark").resolve("run-" + System.currentTimeMillis());
        String report;
        try (FreshPostgresDatabase database = FreshPostgresDatabase.create("bench_cluster_", "cluster benchmark")) {
            DevHostConfig.Builder node = DevHostConfig.builder().host("127.0.0.1").port(0)
                    .jdbc(database.jdbcUrl(), null, null)
                    .demoData(DemoData.read(basedir.resolve("amps-config/demo-data.json")))
                    .sharedHome(root.resolve("shared-home")).pluginJar(jar)
                    // every request is HTTP Basic: a low iteration count keeps password checks from dominating
                    .passwordIterations(1_000);
            try (DevHost a = DevHost.start(node.dataDir(root.resolve("a")).nodeId("a").build());
                 DevHost b = DevHost.start(node.dataDir(root.resolve("b")).nodeId("b").build())) {
                report = new ClusterReviewRestBenchmark(a, b).run();
            }
        }
        Path results = target.resolve("cluster-benchmark-results.txt");
        Files.writeString(results, report, StandardCharsets.UTF_8);
        System.out.println();
        System.out.print(report);
        System.out.println("Results written to " + results);
    }

    private DevHost node(int i) {
        return i % 2 == 0 ? nodeA : nodeB;
    }

    private String run() throws Exception {
        long started = System.nanoTime();
        // The reviewers' group first: a workflow naming a group Confluence does not know is refused on save.
        createAndActivateUsers();
        long protectedWorkflow = BenchSupport.reviewWorkflow(admin, "Cluster protected " + System.nanoTime(), GROUP, true, 1_000_000);
        long unprotectedWorkflow = BenchSupport.reviewWorkflow(admin, "Cluster unprotected " + System.nanoTime(), GROUP, false, 1_000_000);
        long closingWorkflow = BenchSupport.reviewWorkflow(admin, "Cluster closing " + System.nanoTime(), GROUP, false, 3);
        long[] protectedPages = new long[PAGES_PER_KIND];
        long[] unprotectedPages = new long[PAGES_PER_KIND];
        for (int i = 0; i < PAGES_PER_KIND; i++) {
            protectedPages[i] = BenchSupport.pageInReview(admin, protectedWorkflow);
            unprotectedPages[i] = BenchSupport.pageInReview(admin, unprotectedWorkflow);
        }
        lastUsedStep = BenchSupport.currentStep(); // every activation used a step up to now
        double setupSeconds = (System.nanoTime() - started) / 1e9;
        double loadBefore = BenchSupport.loadAverage();

        List<Long> prot = new ArrayList<>();
        List<Long> unprot = new ArrayList<>();
        AtomicInteger errors = new AtomicInteger();
        long burstNanos = 0;
        int measuredRequests = 0;
        for (int window = 0; window < WARMUP_WINDOWS + MEASURED_WINDOWS; window++) {
            boolean measured = window >= WARMUP_WINDOWS;
            Window w = window(protectedPages, unprotectedPages, errors, measured);
            if (measured) {
                prot.addAll(w.protectedNanos);
                unprot.addAll(w.unprotectedNanos);
                burstNanos += w.wallNanos;
                measuredRequests += w.protectedNanos.size() + w.unprotectedNanos.size();
            }
        }
        double loadAfter = BenchSupport.loadAverage();
        String closing = closingRounds(closingWorkflow, errors);

        BenchSupport.Stats p = BenchSupport.Stats.of(prot.stream().mapToLong(Long::longValue).toArray());
        BenchSupport.Stats u = BenchSupport.Stats.of(unprot.stream().mapToLong(Long::longValue).toArray());
        double p95p = BenchSupport.percentile(prot, 0.95);
        double p95u = BenchSupport.percentile(unprot, 0.95);
        double ratio = p.median() / u.median();
        StringBuilder out = new StringBuilder();
        out.append("ClusterReviewRestBenchmark: POST ").append(REST).append("/pages/{id}/reviews on two dev-host nodes\n");
        out.append(String.format(Locale.ROOT, "run at %s; Java %s; %d CPUs; nodes a and b on 127.0.0.1, one fresh PostgreSQL"
                        + " database, HikariCP pools (max %s per pool), HTTP/1.1 keep-alive, Basic auth%n", Instant.now(),
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Integer.getInteger("aura.devhost.pool.max", 20)));
        out.append(String.format(Locale.ROOT, "%d concurrent reviewer threads, %d reviewers (group %s), %d pages per kind;"
                        + " %d warm-up and %d measured 30 s windows, each: every reviewer one protected and one unprotected"
                        + " review, on different nodes%n", THREADS, USERS, GROUP, PAGES_PER_KIND, WARMUP_WINDOWS,
                MEASURED_WINDOWS));
        out.append(String.format(Locale.ROOT, "setup %.1f s; system load average (1 min): %.2f before, %.2f after%n%n",
                setupSeconds, loadBefore, loadAfter));
        out.append(String.format(Locale.ROOT, "%-12s %8s %11s %9s %9s %10s%n", "kind", "samples", "median ms", "p90 ms",
                "p95 ms", "mean ms"));
        out.append(String.format(Locale.ROOT, "%-12s %8d %11.3f %9.3f %9.3f %10.3f%n", "unprotected", u.samples(), u.median(),
                u.p90(), p95u, u.mean()));
        out.append(String.format(Locale.ROOT, "%-12s %8d %11.3f %9.3f %9.3f %10.3f%n", "protected", p.samples(), p.median(),
                p.p90(), p95p, p.mean()));
        out.append(String.format(Locale.ROOT, "%nthroughput during the measured bursts: %.1f reviews/s (%d reviews in %.2f s"
                + " of burst wall time)%n", measuredRequests / (burstNanos / 1e9), measuredRequests, burstNanos / 1e9));
        out.append(String.format(Locale.ROOT, "median ratio protected/unprotected: %.3f (target <= %.2f: %s)%n", ratio,
                TARGET_MEDIAN_RATIO, ratio <= TARGET_MEDIAN_RATIO ? "met" : "NOT met"));
        out.append(String.format(Locale.ROOT, "p95 ratio: %.3f%n", p95p / p95u));
        out.append(String.format(Locale.ROOT, "failed requests (not 200, or not recorded): %d%n", errors.get()));
        out.append(closing);
        BenchTable.record("Cluster: 2 nodes, PostgreSQL, " + THREADS + " concurrent reviewers", "protected/unprotected"
                + " median ≤ " + TARGET_MEDIAN_RATIO + ", 0 errors, one transition per round", String.format(Locale.ROOT,
                "%.1f reviews/s; p50 %.0f / %.0f ms, p95 %.0f / %.0f ms (unprotected / protected); median ratio %.3f;"
                        + " %d failed; %s", measuredRequests / (burstNanos / 1e9), u.median(), p.median(), p95u, p95p,
                ratio, errors.get(), closing.strip()), ratio <= TARGET_MEDIAN_RATIO && errors.get() == 0
                && closing.contains(CLOSING_PAGES + " of " + CLOSING_PAGES + " transitioned exactly once"),
                errors.get() == 0 && closing.contains(CLOSING_PAGES + " of " + CLOSING_PAGES + " transitioned exactly once")
                        ? ProtectedReviewRestBenchmark.PROTECTED_COST : "");
        return out.toString();
    }

    /** The samples of one window. */
    private record Window(List<Long> protectedNanos, List<Long> unprotectedNanos, long wallNanos) {
    }

    /**
     * One window: waits for a fresh 30 s step, then all threads start together; thread t's reviewer i votes with a
     * code for the next step on protected page (t + i) (node t + i) and on unprotected page (t + i) (the other
     * node), the order alternating.
     */
    private Window window(long[] protectedPages, long[] unprotectedPages, AtomicInteger errors, boolean measured)
            throws Exception {
        while (BenchSupport.currentStep() + 1 <= lastUsedStep) {
            Thread.sleep(200); // untimed: wait for a step newer than the last window's
        }
        AuthenticatorApp.awaitSecondsLeftInStep(20);
        long step = BenchSupport.currentStep() + 1; // accepted while now is within one step of it; newer than any used so far
        lastUsedStep = step;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<long[][]>> futures = new ArrayList<>();
        try {
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                Callable<long[][]> work = () -> {
                    HttpClient http = client();
                    long[][] samples = new long[2][REVIEWERS_PER_THREAD];
                    start.await();
                    for (int i = 0; i < REVIEWERS_PER_THREAD; i++) {
                        Reviewer r = reviewers.get(thread * REVIEWERS_PER_THREAD + i);
                        String code = AuthenticatorApp.codeAt(r.manualKey, Instant.ofEpochSecond(step * PERIOD_SECONDS));
                        int page = (thread + i) % PAGES_PER_KIND;
                        DevHost protectedNode = node(thread + i);
                        DevHost unprotectedNode = node(thread + i + 1);
                        String protectedBody = BenchSupport.json(Map.of("decision", "APPROVE", "comment", "", "round", 1,
                                "code", code, "pageVersion", 1));
                        String unprotectedBody = BenchSupport.json(Map.of("decision", "APPROVE", "comment", "", "round", 1,
                                "pageVersion", 1));
                        if ((thread + i) % 2 == 0) {
                            samples[0][i] = timedReview(http, protectedNode, r, protectedPages[page], protectedBody, errors);
                            samples[1][i] = timedReview(http, unprotectedNode, r, unprotectedPages[page], unprotectedBody,
                                    errors);
                        } else {
                            samples[1][i] = timedReview(http, unprotectedNode, r, unprotectedPages[page], unprotectedBody,
                                    errors);
                            samples[0][i] = timedReview(http, protectedNode, r, protectedPages[page], protectedBody, errors);
                        }
                    }
                    return samples;
                };
                futures.add(pool.submit(work));
            }
            long t0 = System.nanoTime();
            start.countDown();
            List<Long> prot = new ArrayList<>();
            List<Long> unprot = new ArrayList<>();
            for (Future<long[][]> f : futures) {
                long[][] samples = f.get(120, TimeUnit.SECONDS);
                for (long s : samples[0]) {
                    prot.add(s);
                }
                for (long s : samples[1]) {
                    unprot.add(s);
                }
            }
            long wall = System.nanoTime() - t0;
            if (BenchSupport.currentStep() > step + 1) {
                throw new IllegalStateException("a window ran past its code step; use fewer reviewers per thread");
            }
            return new Window(prot, unprot, wall);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Correctness under the same load: {@value #CLOSING_PAGES} rounds (Min. approvals 3), each voted on by
     * {@value #CLOSING_VOTERS} reviewers at once across both nodes; every round must transition exactly once.
     */
    private String closingRounds(long workflowId, AtomicInteger errors) throws Exception {
        int exactlyOnce = 0;
        int refusedLate = 0;
        for (int p = 0; p < CLOSING_PAGES; p++) {
            long pageId = BenchSupport.pageInReview(admin, workflowId);
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(CLOSING_VOTERS);
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            try {
                for (int v = 0; v < CLOSING_VOTERS; v++) {
                    Reviewer r = reviewers.get(p * CLOSING_VOTERS + v);
                    DevHost node = node(v);
                    futures.add(pool.submit(() -> {
                        start.await();
                        return BenchSupport.send(client(), post(node, r, "/pages/" + pageId + "/reviews",
                                BenchSupport.json(Map.of("decision", "APPROVE", "comment", "", "round", 1))));
                    }));
                }
                start.countDown();
                for (Future<HttpResponse<String>> f : futures) {
                    HttpResponse<String> response = f.get(120, TimeUnit.SECONDS);
                    if (response.statusCode() == 409 && response.body().contains("NO_PENDING_APPROVAL")) {
                        refusedLate++;
                    } else if (response.statusCode() != 200) {
                        errors.incrementAndGet();
                    }
                }
            } finally {
                pool.shutdownNow();
            }
            JsonNode history = admin.get(REST + "/pages/" + pageId + "/history?limit=100").json().get("entries");
            int transitions = 0;
            for (JsonNode e : history) {
                if ("TRANSITION".equals(e.path("type").asText())) {
                    transitions++;
                }
            }
            String state = DevHostClient.basic(nodeB.baseUrl(), "admin", "admin").get(REST + "/pages/" + pageId + "/workflow")
                    .json().path("state").path("key").asText();
            if (transitions == 1 && "published".equals(state)) {
                exactlyOnce++;
            }
        }
        return String.format(Locale.ROOT, "rounds closed by %d simultaneous votes on both nodes: %d of %d transitioned exactly"
                        + " once (%d late votes refused with 409 NO_PENDING_APPROVAL, as they must be)%n", CLOSING_VOTERS,
                exactlyOnce, CLOSING_PAGES, refusedLate);
    }

    private long timedReview(HttpClient http, DevHost node, Reviewer r, long pageId, String body, AtomicInteger errors) {
        HttpRequest request = post(node, r, "/pages/" + pageId + "/reviews", body);
        long t0 = System.nanoTime();
        HttpResponse<String> response = BenchSupport.send(http, request);
        long elapsed = System.nanoTime() - t0;
        if (response.statusCode() != 200 || !BenchSupport.readJson(response.body()).path("recorded").asBoolean()) {
            errors.incrementAndGet();
            // the answer holds an error code and message, never the submitted code
            System.err.println("review by " + r.username + " on page " + pageId + " failed: " + response.statusCode()
                    + " " + response.body());
        }
        return elapsed;
    }

    // ---------- setup ----------

    private void createAndActivateUsers() throws Exception {
        UserStore users = nodeA.users();
        String run = "cb" + System.nanoTime() % 1_000_000 + "_";
        List<String> names = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            String name = run + i;
            HostUser user = users.create(name, "Cluster Reviewer " + i, name + "@example.com", name);
            users.addMember(UserStore.USERS, user);
            users.addMember(GROUP, user);
            names.add(name);
        }
        for (int from = 0; from < names.size(); from += 100) { // POST /2fa/users takes at most 100 names
            BenchSupport.expect(admin.postJson(REST + "/2fa/users", Map.of("usernames",
                    names.subList(from, Math.min(names.size(), from + 100)))), 200, "enrol users");
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Reviewer>> futures = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                DevHost node = node(i);
                futures.add(pool.submit(() -> activate(node, name)));
            }
            for (Future<Reviewer> f : futures) {
                reviewers.add(f.get(120, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Reviewer activate(DevHost node, String name) {
        Reviewer r = new Reviewer(name);
        HttpClient http = client();
        HttpResponse<String> me = BenchSupport.send(http, HttpRequest.newBuilder(URI.create(node.baseUrl() + REST + "/2fa/me"))
                .header("Authorization", r.basic).header("Accept", "application/json").GET().build());
        if (me.statusCode() != 200) {
            throw new IllegalStateException("GET /2fa/me for " + name + " answered " + me.statusCode()); // no body: the key
        }
        r.manualKey = BenchSupport.readJson(me.body()).get("manualKey").asText();
        HttpResponse<String> confirmed = BenchSupport.send(http, post(node, r, "/2fa/me/confirm",
                BenchSupport.json(Map.of("code", AuthenticatorApp.codeAt(r.manualKey, Instant.now())))));
        if (confirmed.statusCode() != 200) {
            throw new IllegalStateException("setup confirmation for " + name + " answered " + confirmed.statusCode());
        }
        return r;
    }



    // ---------- helpers ----------

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    private static HttpRequest post(DevHost node, Reviewer r, String restPath, String body) {
        return HttpRequest.newBuilder(URI.create(node.baseUrl() + REST + restPath))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", r.basic)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }





    /** A benchmark user with an activated authenticator (the key is kept in memory only). */
    private static final class Reviewer {
        final String username;
        final String basic;
        String manualKey;

        Reviewer(String username) {
            this.username = username;
            this.basic = "Basic " + Base64.getEncoder().encodeToString((username + ":" + username)
                    .getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String toString() {
            return "Reviewer[" + username + "]"; // never the key or the password
        }
    }
}
