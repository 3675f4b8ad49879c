package app.auraworkflows.bench;

import app.auraworkflows.devhost.ao.DevActiveObjects;
import app.auraworkflows.devhost.ao.DevDatabase;
import app.auraworkflows.store.AOEnrolment;
import app.auraworkflows.store.AoAttemptLedger;
import app.auraworkflows.store.AoEnrolmentRepository;
import app.auraworkflows.store.AoTransactionRunner;
import app.auraworkflows.store.AoUsedStepRepository;
import app.auraworkflows.store.EnrolmentSearchUpgradeTask;
import app.auraworkflows.store.StoreEntities;
import app.auraworkflows.twofactor.EnrolmentPage;
import app.auraworkflows.twofactor.EnrolmentStatus;
import app.auraworkflows.twofactor.ListCursor;
import com.atlassian.activeobjects.external.ModelVersion;
import app.auraworkflows.twofactor.TwoFactorFixture;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark (not a test): the admin 2FA list — what {@code GET /2fa/users} and the admin screen call —
 * with 100, 10,000 and 100,000 enrolled users, side by side in one run, through the real service and the real
 * Active Objects store, on the dev host's embedded HSQLDB and on a fresh PostgreSQL database. Run with {@code mvn -Pbench verify -DskipTests}
 * (see README) and compare the rows of each method: each should stay within 2× of the 100-user row, because a
 * page seeks to its position through the (status, sort name, username) index, a search is a prefix match an index
 * serves and counts at most 1,001 matches, and the list's total comes from the tally row, not {@code COUNT(*)}.
 *
 * <p>The rows are bulk-inserted as a previous version would have written them, then the upgrade to model version 2
 * recounts the tallies, as on a real site. The search "user 00004" matches the same ten users at every size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AdminListBenchmark {
    @Param({"100", "10000", "100000"})
    public int enrolled;

    /** The embedded HSQLDB of the dev host, or a fresh PostgreSQL database (what Data Center sites run on). */
    @Param({"hsqldb", "postgresql"})
    public String db;

    private DevActiveObjects ao;
    private app.auraworkflows.devhost.junit.FreshPostgresDatabase postgres;
    private TwoFactorFixture fixture;
    private ListCursor middle;

    @Setup(Level.Trial)
    public void fill() {
        DevDatabase database = DevDatabase.hsqlInMemory("bench" + enrolled + "_" + System.nanoTime());
        if (db.equals("postgresql")) {
            postgres = app.auraworkflows.devhost.junit.FreshPostgresDatabase.create("adminlist_", "admin list benchmark");
            database = new DevDatabase(postgres.jdbcUrl(), "postgres", "");
        }
        ao = DevActiveObjects.create(database, "app.auraworkflows.confluence", StoreEntities.asArray());
        AoEnrolmentRepository enrolments = new AoEnrolmentRepository(ao);
        fixture = new TwoFactorFixture(enrolments, new AoUsedStepRepository(ao), new AoAttemptLedger(ao),
                new AoTransactionRunner(ao));
        long addedAt = Instant.parse("2026-11-01T09:00:00Z").toEpochMilli();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < enrolled; i++) {
            String n = String.format("%06d", i);
            Map<String, Object> row = new HashMap<>();
            row.put("USER_KEY", "key-" + n);
            row.put("USERNAME", "user" + n);
            row.put("USERNAME_LOWER", "user" + n);
            row.put("FULL_NAME", "User " + n);
            row.put("FULL_NAME_LOWER", "user " + n);
            row.put("LAST_NAME_LOWER", n);
            row.put("STATUS", "PENDING");
            row.put("ENCRYPTED_SECRET", "bench-placeholder"); // the list never decrypts secrets
            row.put("KEY_VERSION", 1);
            row.put("ADDED_BY", "admin");
            row.put("ADDED_AT", addedAt + i);
            rows.add(row);
            if (rows.size() == 5_000) {
                ao.create(AOEnrolment.class, rows);
                rows.clear();
            }
        }
        if (!rows.isEmpty()) {
            ao.create(AOEnrolment.class, rows);
        }
        new EnrolmentSearchUpgradeTask().upgrade(ModelVersion.valueOf("1"), ao);
        if (postgres != null) {
            analyze(database); // a site's tables have statistics; a table filled a second ago has none yet
        }
        String n = String.format("%06d", enrolled / 2);
        middle = new ListCursor("user " + n, "user" + n);
    }

    private static void analyze(DevDatabase database) {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(database.jdbcUrl(), database.username(),
                database.password()); java.sql.Statement s = c.createStatement()) {
            s.execute("ANALYZE");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("ANALYZE failed", e);
        }
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        ao.close();
        if (postgres != null) {
            postgres.close();
        }
    }

    @Benchmark
    public EnrolmentPage firstPage() {
        return fixture.service.list(EnrolmentStatus.PENDING, null, 50);
    }

    @Benchmark
    public EnrolmentPage pageInTheMiddle() {
        return fixture.service.list(EnrolmentStatus.PENDING, null, middle, false, 50);
    }

    @Benchmark
    public EnrolmentPage searchByName() {
        return fixture.service.list(EnrolmentStatus.PENDING, "user 00004", 50);
    }
}
