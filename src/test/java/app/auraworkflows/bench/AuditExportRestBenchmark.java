package app.auraworkflows.bench;

import app.auraworkflows.devhost.DevHost;
import app.auraworkflows.devhost.DevHostConfig;
import app.auraworkflows.devhost.demo.DemoData;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Benchmark (not a test): the CSV export of a 2FA audit log of {@value #EVENTS} events over real HTTP, from a dev host
 * running the built plugin JAR in this JVM. It reports the time, the rows and bytes received, and the heap the export
 * keeps alive while it streams: the used heap after a full GC every {@value #SAMPLE_EVERY} rows, minus the used heap
 * after a full GC before the request (both the server and this client run in the one JVM, so a server that held the
 * log in memory would show here; target below 64 MB). The events are bulk-inserted with JDBC into the plugin's table
 * first (not through a million REST calls). Run with {@code mvn -B -o -Pbench verify -DskipTests}; results in
 * {@code target/audit-export-benchmark-results.txt}.
 */
public final class AuditExportRestBenchmark {
    static final int EVENTS = Integer.getInteger("bench.audit.events", 1_000_000);
    static final int SAMPLE_EVERY = 100_000;
    private static final String TABLE = "AO_4B91BC_TFA_AUDIT";
    private static final String[] OUTCOMES = {"INVALID_CODE", "LOCKED", "USER_ADDED", "USER_ACTIVATED", "CODE_REUSED"};

    public static void main(String[] args) throws Exception {
        Path target = Path.of(System.getProperty("aura.target.dir", "target")).toAbsolutePath();
        Path jar = Path.of(BenchSupport.require("aura.plugin.jar"));
        Path basedir = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
        Path runDir = target.resolve("audit-export-benchmark").resolve("run-" + System.currentTimeMillis());
        String report;
        try (DevHost host = DevHost.start(DevHostConfig.builder().host("127.0.0.1").port(0).dataDir(runDir)
                .demoData(DemoData.read(basedir.resolve("amps-config/demo-data.json"))).pluginJar(jar)
                .nodeId("bench-audit").passwordIterations(1_000).build())) {
            report = run(host);
        }
        Path results = target.resolve("audit-export-benchmark-results.txt");
        Files.writeString(results, report, StandardCharsets.UTF_8);
        System.out.println();
        System.out.print(report);
        System.out.println("Results written to " + results);
    }

    private static String run(DevHost host) throws Exception {
        double insertSeconds = fill(host);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        String cookie = BenchSupport.adminSessionWithWebSudo(http, host);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long baseline = usedAfterGc(memory);
        long peak = 0;
        long rows = 0;
        long bytes = 0;
        long t0 = System.nanoTime();
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(URI.create(host.baseUrl()
                        + BenchSupport.REST + "/2fa/audit.csv")).header("Cookie", cookie).timeout(Duration.ofMinutes(30))
                .GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("audit.csv answered " + response.statusCode());
        }
        long firstByte = System.nanoTime() - t0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                rows++;
                bytes += line.length() + 2;
                if (rows % SAMPLE_EVERY == 0) {
                    peak = Math.max(peak, usedAfterGc(memory) - baseline);
                }
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        peak = Math.max(peak, usedAfterGc(memory) - baseline);
        long dataRows = rows - 1; // the header row
        if (dataRows < EVENTS) {
            throw new IllegalStateException("the export had " + dataRows + " rows, expected at least " + EVENTS);
        }
        StringBuilder out = new StringBuilder();
        out.append("AuditExportRestBenchmark: GET ").append(BenchSupport.REST).append("/2fa/audit.csv of the whole log\n");
        out.append(String.format(Locale.ROOT, "run at %s; Java %s; %d CPUs; max heap %d MB; one dev host on 127.0.0.1,"
                        + " embedded HSQLDB%n", Instant.now(), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20));
        out.append(String.format(Locale.ROOT, "events: %,d bulk-inserted in %.1f s; system load average %.2f%n", EVENTS,
                insertSeconds, BenchSupport.loadAverage()));
        out.append(String.format(Locale.ROOT, "export: %,d data rows, %.1f MB, first byte after %.0f ms, all in %.1f s"
                + " (%,.0f rows/s)%n", dataRows, bytes / 1e6, firstByte / 1e6, seconds, dataRows / seconds));
        out.append(String.format(Locale.ROOT, "heap kept alive during the export (after a full GC every %,d rows, above"
                + " the baseline of %.1f MB): peak %.1f MB (target < 64 MB)%n", SAMPLE_EVERY, baseline / 1e6, peak / 1e6));
        BenchTable.record("Audit CSV export of " + String.format(Locale.ROOT, "%,d", EVENTS) + " events",
                "streams with peak heap growth < 64 MB, no transaction for the whole export", String.format(Locale.ROOT,
                        "%,d rows, %.0f MB in %.1f s; peak heap kept alive %.1f MB; one short read per 500 rows",
                        dataRows, bytes / 1e6, seconds, peak / 1e6), peak < 64L * 1024 * 1024);
        return out.toString();
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        System.gc();
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** Bulk-inserts the events with JDBC batches; returns the seconds taken. */
    private static double fill(DevHost host) throws Exception {
        long t0 = System.nanoTime();
        long start = Instant.parse("2024-01-01T00:00:00Z").toEpochMilli();
        try (Connection c = host.database().connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + TABLE + " (OCCURRED_AT, USER_KEY,"
                    + " USERNAME, USERNAME_LOWER, FULL_NAME, OUTCOME, PAGE_ID, ACTOR_USERNAME) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < EVENTS; i++) {
                    String user = "user" + (i % 5_000);
                    insert.setLong(1, start + i * 30_000L);
                    insert.setString(2, "key-" + user);
                    insert.setString(3, user);
                    insert.setString(4, user);
                    insert.setString(5, "User " + (i % 5_000));
                    insert.setString(6, OUTCOMES[i % OUTCOMES.length]);
                    if (i % 2 == 0) {
                        insert.setLong(7, 65_536L + i % 100);
                    } else {
                        insert.setNull(7, java.sql.Types.BIGINT);
                    }
                    insert.setString(8, user);
                    insert.addBatch();
                    if ((i + 1) % 10_000 == 0) {
                        insert.executeBatch();
                        c.commit();
                    }
                }
                if (EVENTS % 10_000 != 0) {
                    insert.executeBatch(); // HSQLDB refuses an empty batch
                    c.commit();
                }
            }
        }
        return (System.nanoTime() - t0) / 1e9;
    }
}
