package app.auraworkflows.bench;

import app.auraworkflows.devhost.DevHost;
import app.auraworkflows.devhost.DevHostConfig;
import app.auraworkflows.devhost.demo.DemoData;
import app.auraworkflows.devhost.directory.HostUser;
import app.auraworkflows.devhost.directory.UserStore;
import app.auraworkflows.devhost.junit.DevHostClient;
import app.auraworkflows.devhost.junit.HttpResult;
import app.auraworkflows.it.AuthenticatorApp;
import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Benchmark (not a test): the wall time of one {@code POST /rest/aura-workflows/1.0/pages/{id}/reviews} over
 * real HTTP (loopback) on a dev host running the built plugin JAR with its embedded HSQLDB, for a step with
 * "Require 2FA" (the review carries a fresh authenticator code) and for an identical step without it, side by
 * side in one run. The target: the median of a protected review stays within 1.05 × the median of an
 * unprotected one. Run by {@code mvn -B -Pbench verify -DskipTests} after the JMH benchmarks, or alone with
 * {@code -Dbench.jmh.skip=true} (see README); results in {@code target/rest-benchmark-results.txt}.
 *
 * <p>How the comparison is kept fair:
 * <ul>
 *   <li>Two workflows identical except {@code requireTwoFactor}; their thresholds are far above the number of
 *       reviewers, so every review is a plain recorded vote on an open round (no transition).</li>
 *   <li>Each pair is one reviewer voting once on a protected page and once on an unprotected page, requests
 *       strictly alternating (protected, unprotected, protected, …) after a warm-up of the same shape, so both
 *       kinds see the same JIT state, the same database size and the same background load.</li>
 *   <li>Votes rotate over {@value #PAGES_PER_KIND} pages per kind, so the votes per round (which a review
 *       reads) grow equally and slowly for both kinds.</li>
 *   <li>The reviewers are a group of the benchmark's users, not a list of a few hundred named users: a named
 *       list is loaded row by row on every review and would add the same large cost to both kinds, hiding
 *       the cost of the code check the ratio is meant to show.</li>
 *   <li>Reviewers use login sessions (as a browser does), so no request pays for HTTP Basic password
 *       hashing; one HTTP/1.1 connection serves every timed request. Only the request is timed, not the
 *       computation of the code (that is the authenticator app's work).</li>
 * </ul>
 *
 * <p>A code's time step is accepted once per user and only steps newer than the user's last one, so one user
 * can make about one protected review per 30-second step (activation uses the current step). The benchmark
 * therefore enrols and activates {@value #USERS} users and cycles through them; when every user has used up
 * the window it waits (untimed) for the next step. It makes a fixed number of requests and stops by itself.
 * Codes, setup keys and setup responses are never printed.
 */
public final class ProtectedReviewRestBenchmark {
    static final int USERS = 300;
    static final int PAGES_PER_KIND = 25;
    static final int WARMUP_PAIRS = 300;
    static final int MEASURED_PAIRS = 600;
    static final double TARGET_MEDIAN_RATIO = 1.05;

    private static final String REST = "/rest/aura-workflows/1.0";
    private static final String GROUP = "aura-bench-reviewers";
    private static final long PERIOD_SECONDS = 30;

    private final DevHost host;
    private final DevHostClient admin;
    // One client, HTTP/1.1, no cookie store: every timed request goes over the same kept-alive connection and
    // carries its reviewer's session cookie explicitly.
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private final List<Reviewer> reviewers = new ArrayList<>();
    private int cursor;
    private int waitsForNextStep;

    private ProtectedReviewRestBenchmark(DevHost host) {
        this.host = host;
        this.admin = DevHostClient.basic(host.baseUrl(), "admin", "admin");
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(System.getProperty("aura.target.dir", "target")).toAbsolutePath();
        Path jar = Path.of(BenchSupport.require("aura.plugin.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("aura.plugin.jar names no file: " + jar + " (build with mvn package first)");
        }
        Path basedir = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
        long started = System.nanoTime();
        // -Dbench.rest.postgres=true: the same run on a fresh PostgreSQL database (the database a DC cluster shares),
        // where every extra statement of a protected review is a round trip to the server.
        String postgresAdmin = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";
        String postgresDb = Boolean.getBoolean("bench.rest.postgres") ? "bench_" + System.nanoTime() : null;
        if (postgresDb != null) {
            try (java.sql.Connection c = java.sql.DriverManager.getConnection(postgresAdmin);
                 java.sql.Statement st = c.createStatement()) {
                st.execute("CREATE DATABASE " + postgresDb);
            }
        }
        DevHostConfig.Builder builder = DevHostConfig.builder();
        if (postgresDb != null) {
            builder.jdbc(postgresAdmin.replace("/postgres?", "/" + postgresDb + "?"), null, null);
        }
        DevHostConfig config = builder
                .host("127.0.0.1") // loopback only
                .port(0)
                .dataDir(target.resolve("rest-benchmark").resolve("run-" + System.currentTimeMillis()))
                .demoData(DemoData.read(basedir.resolve("amps-config/demo-data.json")))
                .pluginJar(jar)
                .nodeId("bench")
                // Timed requests use sessions and never hash a password; a low count only shortens the setup
                // (creating a few hundred users and logging them in).
                .passwordIterations(1_000)
                .build();
        String report;
        try (DevHost host = DevHost.start(config)) {
            report = new ProtectedReviewRestBenchmark(host).run(started);
        } finally {
            if (postgresDb != null) {
                try (java.sql.Connection c = java.sql.DriverManager.getConnection(postgresAdmin);
                     java.sql.Statement st = c.createStatement()) {
                    st.execute("DROP DATABASE IF EXISTS " + postgresDb + " WITH (FORCE)");
                }
            }
        }
        if (postgresDb != null) {
            report = report.replace("embedded HSQLDB", "PostgreSQL (fresh database)");
        }
        Path results = target.resolve("rest-benchmark-results.txt");
        Files.writeString(results, report, StandardCharsets.UTF_8);
        System.out.println();
        System.out.print(report);
        System.out.println("Results written to " + results);
    }

    private String run(long started) {
        // The reviewers' group first: a workflow naming a group Confluence does not know is refused on save.
        createAndActivateUsers();
        long protectedWorkflow = BenchSupport.reviewWorkflow(admin, "Bench protected " + System.nanoTime(), GROUP, true, 1_000_000);
        long unprotectedWorkflow = BenchSupport.reviewWorkflow(admin, "Bench unprotected " + System.nanoTime(), GROUP, false, 1_000_000);
        long[] protectedPages = new long[PAGES_PER_KIND];
        long[] unprotectedPages = new long[PAGES_PER_KIND];
        for (int i = 0; i < PAGES_PER_KIND; i++) {
            protectedPages[i] = pageInReview(protectedWorkflow, true);
            unprotectedPages[i] = pageInReview(unprotectedWorkflow, false);
        }
        checkProtectionIsOn(protectedPages[0]);
        double setupSeconds = (System.nanoTime() - started) / 1e9;
        double loadBefore = BenchSupport.loadAverage();

        long[] warmP = new long[WARMUP_PAIRS];
        long[] warmU = new long[WARMUP_PAIRS];
        pairs(WARMUP_PAIRS, protectedPages, unprotectedPages, warmP, warmU);
        int warmupWaits = waitsForNextStep;
        long measureStarted = System.nanoTime();
        long[] prot = new long[MEASURED_PAIRS];
        long[] unprot = new long[MEASURED_PAIRS];
        pairs(MEASURED_PAIRS, protectedPages, unprotectedPages, prot, unprot);
        double measureSeconds = (System.nanoTime() - measureStarted) / 1e9;
        double loadAfter = BenchSupport.loadAverage();
        checkVotesAreMarked(protectedPages[0], true);
        checkVotesAreMarked(unprotectedPages[0], false);

        BenchSupport.Stats p = BenchSupport.Stats.of(prot);
        BenchSupport.Stats u = BenchSupport.Stats.of(unprot);
        StringBuilder out = new StringBuilder();
        out.append("ProtectedReviewRestBenchmark: POST ").append(REST).append("/pages/{id}/reviews, wall time per request\n");
        out.append(String.format(Locale.ROOT, "run at %s; Java %s; %d CPUs; dev host on 127.0.0.1, embedded HSQLDB, HTTP/1.1 keep-alive, session auth%n",
                Instant.now(), System.getProperty("java.version"), Runtime.getRuntime().availableProcessors()));
        out.append(String.format(Locale.ROOT, "%d reviewers (group %s), %d pages per kind, %d warm-up pairs, %d measured pairs (requests alternate protected/unprotected)%n",
                USERS, GROUP, PAGES_PER_KIND, WARMUP_PAIRS, MEASURED_PAIRS));
        out.append(String.format(Locale.ROOT, "setup %.1f s, measurement %.1f s, untimed waits for the next 30 s step: %d during warm-up, %d during measurement%n",
                setupSeconds, measureSeconds, warmupWaits, waitsForNextStep - warmupWaits));
        // The machine may be shared with other builds: the load tells how much the absolute times are inflated
        // (the interleaving keeps the ratio fair, the absolute numbers are not).
        out.append(String.format(Locale.ROOT, "system load average (1 min): %.2f before warm-up, %.2f after measurement%n%n",
                loadBefore, loadAfter));
        out.append(String.format(Locale.ROOT, "%-12s %8s %11s %9s %10s %9s %9s%n", "kind", "samples", "median ms", "p90 ms", "mean ms", "min ms", "max ms"));
        out.append(u.row("unprotected", 12));
        out.append(p.row("protected", 12));
        double ratio = p.median() / u.median();
        out.append(String.format(Locale.ROOT, "%nmedian ratio protected/unprotected: %.3f (target <= %.2f: %s)%n", ratio,
                TARGET_MEDIAN_RATIO, ratio <= TARGET_MEDIAN_RATIO ? "met" : "NOT met"));
        out.append(String.format(Locale.ROOT, "p90 ratio: %.3f, mean ratio: %.3f, median difference: %.3f ms%n",
                p.p90() / u.p90(), p.mean() / u.mean(), p.median() - u.median()));
        BenchTable.ratio("Protected vs unprotected review, one node" + (Boolean.getBoolean("bench.rest.postgres")
                        ? ", PostgreSQL" : ""), "median ratio ≤ " + TARGET_MEDIAN_RATIO, "median ms", p.median(), u.median(),
                "ms", TARGET_MEDIAN_RATIO, PROTECTED_COST);
        return out.toString();
    }

    /** Why a protected review cannot cost the same as an unprotected one; shared with the cluster benchmark's row. */
    static final String PROTECTED_COST = "A protected review does what an unprotected one does plus the second factor, in"
            + " its transaction: it takes the user's code-check lock (a read and an UPDATE of the user's setup row) and"
            + " reads the setup again under it, reads the user's newest attempt once (for the lock check and the next"
            + " attempt number), counts the attempt before checking the code, reads the newest used time steps and"
            + " records this one (replay protection; pruning old steps adds a DELETE to one consumption in 10), clears"
            + " the attempts and stamps the last use on the locked row: 9 more SQL statements, 5 of them writes (19"
            + " against 10 for a vote that does not close the round, PostgreSQL's id sequence reads aside; the store"
            + " tests count them on HSQLDB and PostgreSQL). Replay protection and a cluster-wide lockout live in the"
            + " database, so these writes stay. A Java Flight Recorder profile of this benchmark (1 ms sampling) puts"
            + " about 0.95 ms of CPU per protected review in the second-factor check: 0.8 ms in Active Objects and the"
            + " database for those 9 statements (about 0.1 ms each), 0.1 ms for the TOTP and the secret's decryption."
            + " A median within 1.05 of an unprotected review (5 to 6 ms) leaves about 0.3 ms: less than the lock and"
            + " the read under it alone.";

    /**
     * {@code count} pairs: reviewer r votes on the next protected page with a fresh code (timed), then on the next
     * unprotected page without one (timed).
     */
    private void pairs(int count, long[] protectedPages, long[] unprotectedPages, long[] prot, long[] unprot) {
        for (int i = 0; i < count; i++) {
            Reviewer r = nextUsableReviewer();
            long step = Math.max(r.lastStep + 1, BenchSupport.currentStep());
            String code = AuthenticatorApp.codeAt(r.manualKey, Instant.ofEpochSecond(step * PERIOD_SECONDS));
            String protectedBody = BenchSupport.json(Map.of("decision", "APPROVE", "comment", "", "round", 1, "code", code,
                    "pageVersion", 1)); // a protected review names the version shown; bench pages stay at version 1
            String unprotectedBody = BenchSupport.json(Map.of("decision", "APPROVE", "comment", "", "round", 1, "pageVersion", 1));
            prot[i] = timedReview(r, protectedPages[i % PAGES_PER_KIND], protectedBody);
            r.lastStep = step;
            unprot[i] = timedReview(r, unprotectedPages[i % PAGES_PER_KIND], unprotectedBody);
        }
    }

    /**
     * The next reviewer (round robin) who still has a step in the current window: a step newer than their last
     * one and at most the current step + 1. If nobody has, wait (untimed) for the next step.
     */
    private Reviewer nextUsableReviewer() {
        while (true) {
            long current = BenchSupport.currentStep();
            for (int tried = 0; tried < reviewers.size(); tried++) {
                Reviewer r = reviewers.get(cursor);
                cursor = (cursor + 1) % reviewers.size();
                if (r.lastStep <= current) {
                    return r;
                }
            }
            waitsForNextStep++;
            long nextStepAt = (current + 1) * PERIOD_SECONDS * 1000;
            sleep(nextStepAt - System.currentTimeMillis() + 200);
        }
    }

    private long timedReview(Reviewer r, long pageId, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(host.baseUrl() + REST + "/pages/" + pageId + "/reviews"))
                .timeout(Duration.ofSeconds(60))
                .header("Cookie", r.sessionCookie)
                // a browser session's JSON POST carries this site's Origin (the REST XSRF rule checks it)
                .header("Origin", origin())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        long t0 = System.nanoTime();
        HttpResponse<String> response = send(request);
        long elapsed = System.nanoTime() - t0;
        if (response.statusCode() != 200 || !BenchSupport.readJson(response.body()).path("recorded").asBoolean()) {
            // the answer holds an error code and message, never the submitted code
            throw new IllegalStateException("review by " + r.username + " on page " + pageId + " not recorded: "
                    + response.statusCode() + " " + response.body());
        }
        return elapsed;
    }

    // ---------- setup ----------

    private void createAndActivateUsers() {
        UserStore users = host.users();
        String run = "bench" + System.nanoTime() % 1_000_000 + "_";
        List<String> names = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            String name = run + i;
            HostUser user = users.create(name, "Bench Reviewer " + i, name + "@example.com", name);
            users.addMember(UserStore.USERS, user); // can view the DEMO space
            users.addMember(GROUP, user);
            names.add(name);
        }
        for (int from = 0; from < names.size(); from += 100) { // POST /2fa/users takes at most 100 names
            HttpResult added = admin.postJson(REST + "/2fa/users",
                    Map.of("usernames", names.subList(from, Math.min(names.size(), from + 100))));
            BenchSupport.expect(added, 200, "enrol users");
        }
        for (String name : names) {
            Reviewer r = new Reviewer(name, login(name));
            HttpResponse<String> me = send(session(r, "/2fa/me").GET().build());
            if (me.statusCode() != 200) {
                throw new IllegalStateException("GET /2fa/me for " + name + " answered " + me.statusCode()); // no body: it holds the key
            }
            r.manualKey = BenchSupport.readJson(me.body()).get("manualKey").asText();
            Instant now = Instant.now();
            HttpResponse<String> confirmed = send(session(r, "/2fa/me/confirm")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(BenchSupport.json(Map.of("code", AuthenticatorApp.codeAt(r.manualKey, now)))))
                    .build());
            if (confirmed.statusCode() != 200) {
                throw new IllegalStateException("setup confirmation for " + name + " answered " + confirmed.statusCode()
                        + " " + confirmed.body());
            }
            // The confirmation consumed the step the code was computed for: from now on only newer steps work.
            r.lastStep = Math.floorDiv(now.getEpochSecond(), PERIOD_SECONDS);
            reviewers.add(r);
        }
    }

    /** Form login as a browser does; the session cookie ({@code name=value}). */
    private String login(String username) {
        String form = "os_username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&os_password="
                + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&os_destination=%2F";
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(host.baseUrl() + "/login.action"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (r.statusCode() != 302) {
            throw new IllegalStateException("login of " + username + " answered " + r.statusCode());
        }
        String cookieName = host.config().sessionCookieName();
        for (String setCookie : r.headers().allValues("Set-Cookie")) {
            String pair = setCookie.split(";", 2)[0].trim();
            if (pair.startsWith(cookieName + "=")) {
                return pair;
            }
        }
        throw new IllegalStateException("login of " + username + " set no " + cookieName + " cookie");
    }


    private long pageInReview(long workflowId, boolean requireTwoFactor) {
        long pageId = BenchSupport.pageInReview(admin, workflowId);
        JsonNode status = admin.get(REST + "/pages/" + pageId + "/workflow").json();
        JsonNode round = status.path("approval");
        if (round.path("round").asInt() != 1 || round.path("requireTwoFactor").asBoolean() != requireTwoFactor) {
            throw new IllegalStateException("page " + pageId + " is not in the expected round: " + status);
        }
        return pageId;
    }

    /** The protected step really asks for a code (CODE_REQUIRED is not counted toward the lockout). */
    private void checkProtectionIsOn(long protectedPage) {
        Reviewer r = reviewers.get(0);
        HttpResponse<String> refused = send(session(r, "/pages/" + protectedPage + "/reviews")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(BenchSupport.json(Map.of("decision", "APPROVE", "round", 1,
                        "pageVersion", 1)))).build());
        if (refused.statusCode() != 400 || !refused.body().contains("CODE_REQUIRED")) {
            throw new IllegalStateException("a review without a code on the protected page was not refused: "
                    + refused.statusCode() + " " + refused.body());
        }
    }

    /** The newest vote of a page says whether it was 2FA-verified: the benchmark measured what it claims. */
    private void checkVotesAreMarked(long pageId, boolean verified) {
        JsonNode newest = admin.get(REST + "/pages/" + pageId + "/history?start=0&limit=1").json().path("entries").path(0);
        if (!"VOTE".equals(newest.path("type").asText()) || newest.path("twoFactorVerified").asBoolean() != verified) {
            throw new IllegalStateException("page " + pageId + ": newest entry is not a vote with twoFactorVerified="
                    + verified + ": " + newest);
        }
    }

    // ---------- helpers ----------

    private HttpRequest.Builder session(Reviewer r, String restPath) {
        return HttpRequest.newBuilder(URI.create(host.baseUrl() + REST + restPath))
                .timeout(Duration.ofSeconds(60))
                .header("Cookie", r.sessionCookie)
                // a browser session's JSON POST carries this site's Origin (the REST XSRF rule checks it)
                .header("Origin", origin())
                .header("Accept", "application/json");
    }







    private static void sleep(long millis) {
        try {
            Thread.sleep(Math.max(1, millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }


    /** A benchmark user with a login session and an activated authenticator (key kept in memory only). */
    private static final class Reviewer {
        final String username;
        final String sessionCookie;
        String manualKey;
        long lastStep;

        Reviewer(String username, String sessionCookie) {
            this.username = username;
            this.sessionCookie = sessionCookie;
        }

        @Override
        public String toString() {
            return "Reviewer[" + username + "]"; // never the key or the cookie
        }
    }

    /** {@code scheme://host:port} of the dev host, as a browser's Origin header names it. */
    private String origin() {
        URI base = URI.create(host.baseUrl());
        return base.getScheme() + "://" + base.getAuthority();
    }

    private HttpResponse<String> send(HttpRequest request) {
        return BenchSupport.send(http, request);
    }
}
