package app.auraworkflows.bench;

import app.auraworkflows.devhost.ao.DevActiveObjects;
import app.auraworkflows.devhost.ao.DevDatabase;
import app.auraworkflows.store.AoAttemptLedger;
import app.auraworkflows.store.AoEnrolmentRepository;
import app.auraworkflows.store.AoTransactionRunner;
import app.auraworkflows.store.AoUsedStepRepository;
import app.auraworkflows.store.StoreEntities;
import app.auraworkflows.twofactor.Enrolment;
import app.auraworkflows.twofactor.EnrolmentPage;
import app.auraworkflows.twofactor.EnrolmentStatus;
import app.auraworkflows.twofactor.TwoFactorFixture;
import java.time.Instant;
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
 * with 100 and with 10,000 enrolled users, side by side in one run, through the real service and the real
 * Active Objects store on the dev host's embedded HSQLDB. Run with {@code mvn -Pbench verify -DskipTests}
 * (see README) and compare the two rows of each method: the ratio should stay near 1 because listing is
 * paged in the database (indexed columns, LIMIT/OFFSET) and never loads every row.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AdminListBenchmark {
    @Param({"100", "10000"})
    public int enrolled;

    private DevActiveObjects ao;
    private TwoFactorFixture fixture;

    @Setup(Level.Trial)
    public void fill() {
        ao = DevActiveObjects.create(DevDatabase.hsqlInMemory("bench" + enrolled + "_" + System.nanoTime()),
                "app.auraworkflows.confluence", StoreEntities.asArray());
        AoEnrolmentRepository enrolments = new AoEnrolmentRepository(ao);
        fixture = new TwoFactorFixture(enrolments, new AoUsedStepRepository(ao), new AoAttemptLedger(ao),
                new AoTransactionRunner(ao));
        Instant addedAt = Instant.parse("2026-11-01T09:00:00Z");
        for (int i = 0; i < enrolled; i++) {
            String n = String.format("%05d", i);
            // The list never decrypts secrets, so a placeholder ciphertext keeps the fill fast.
            enrolments.insertPending(new Enrolment("key-" + n, "user" + n, "User " + n, EnrolmentStatus.PENDING,
                    "bench-placeholder", 1, "admin", addedAt.plusSeconds(i), null, null));
        }
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        ao.close();
    }

    @Benchmark
    public EnrolmentPage firstPage() {
        return fixture.service.list(EnrolmentStatus.PENDING, null, 0, 50);
    }

    @Benchmark
    public EnrolmentPage pageInTheMiddle() {
        return fixture.service.list(EnrolmentStatus.PENDING, null, enrolled / 2, 50);
    }

    @Benchmark
    public EnrolmentPage searchByName() {
        return fixture.service.list(EnrolmentStatus.PENDING, "user 0004", 0, 50);
    }
}
