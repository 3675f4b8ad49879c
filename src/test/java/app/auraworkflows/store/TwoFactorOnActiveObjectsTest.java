package app.auraworkflows.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.auraworkflows.devhost.ao.DevActiveObjects;
import app.auraworkflows.twofactor.CodeCheck;
import app.auraworkflows.twofactor.EnrolmentStatus;
import app.auraworkflows.twofactor.SetupStatus;
import app.auraworkflows.twofactor.TwoFactorFixture;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The 2FA services end to end on the real Active Objects store: enrolment, confirmation, replay and
 * lockout, including the races that matter in a cluster (one code submitted many times at once, a burst
 * of wrong codes). Run once per database by the subclasses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TwoFactorOnActiveObjectsTest {
    private TestDatabase testDatabase;
    private DevActiveObjects ao;
    TwoFactorFixture f;

    abstract TestDatabase openDatabase();

    @BeforeAll
    void openStore() {
        testDatabase = openDatabase();
        ao = DevActiveObjects.create(testDatabase.database(), StoreContractTest.NAMESPACE, StoreEntities.asArray());
    }

    @AfterAll
    void closeStore() throws Exception {
        if (ao != null) {
            ao.close();
        }
        if (testDatabase != null) {
            testDatabase.close();
        }
    }

    @BeforeEach
    void freshServices() {
        ao.deleteWithSQL(AOEnrolment.class, "ID > ?", 0);
        ao.deleteWithSQL(AOUsedStep.class, "ID > ?", 0);
        ao.deleteWithSQL(AOAttempt.class, "ID > ?", 0);
        f = new TwoFactorFixture(new AoEnrolmentRepository(ao), new AoUsedStepRepository(ao),
                new AoAttemptLedger(ao), new AoTransactionRunner(ao), new AoAuditLog(ao));
    }

    @Test
    void aUserIsAddedConfirmsSetupAndApprovesWithTheNextCode() {
        assertEquals(List.of("alice"), f.service.addUsers(List.of("alice", "ALICE"), "admin").added());
        String alice = "key-alice";
        assertEquals(SetupStatus.PENDING, f.service.mySetup(alice).status());

        assertTrue(f.service.confirm(alice, f.codeNow(alice)).accepted());
        assertEquals(SetupStatus.ACTIVE, f.service.mySetup(alice).status());
        assertEquals(CodeCheck.Outcome.INVALID_CODE, f.reviewCheck(alice, f.codeNow(alice)).outcome(),
                "the setup code is used up");

        f.clock.advance(Duration.ofSeconds(30));
        assertTrue(f.reviewCheck(alice, f.codeNow(alice)).accepted());
        assertEquals(f.clock.instant(), f.enrolments.find(alice).orElseThrow().lastUsedAt());
        assertEquals(1, f.service.list(EnrolmentStatus.ACTIVE, "adams", 50).total());
    }

    @Test
    void revokeAndReAddStartsAFreshSetup() {
        String alice = f.activate("alice");
        String oldSecret = f.secretOf(alice);
        assertTrue(f.service.revoke("alice", "admin"));
        f.service.addUsers(List.of("alice"), "admin");
        assertNotEquals(oldSecret, f.secretOf(alice));
        assertTrue(f.service.confirm(alice, f.codeNow(alice)).accepted(), "old consumed steps were deleted");
    }

    @Test
    void twentyConcurrentSubmissionsOfOneCodeAreAcceptedExactlyOnce() throws Exception {
        String alice = f.activate("alice");
        f.clock.advance(Duration.ofSeconds(30));
        String code = f.codeNow(alice);

        List<CodeCheck.Outcome> outcomes = StoreContractTest.race(20, i -> f.reviewCheck(alice, code).outcome());

        assertEquals(1, outcomes.stream().filter(o -> o == CodeCheck.Outcome.ACCEPTED).count(), outcomes.toString());
    }

    @Test
    void fiftyConcurrentWrongCodesGetAtMostTenEvaluations() throws Exception {
        String alice = f.activate("alice");
        String wrong = f.wrongCodeNow(alice);

        List<CodeCheck.Outcome> outcomes = StoreContractTest.race(50, i -> f.reviewCheck(alice, wrong).outcome());

        assertEquals(10, outcomes.stream().filter(o -> o == CodeCheck.Outcome.INVALID_CODE).count(), outcomes.toString());
        assertEquals(40, outcomes.stream().filter(o -> o == CodeCheck.Outcome.LOCKED).count());
        assertEquals(CodeCheck.Outcome.LOCKED, f.reviewCheck(alice, f.codeNow(alice)).outcome());
    }

    @Test
    void anUnlockWaitsForACodeCheckOfTheUserInProgress() throws Exception {
        String alice = f.activate("alice");
        java.util.concurrent.CountDownLatch locked = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Future<?> check = pool.submit(() -> f.transactions.inTransaction(() -> {
                f.enrolments.lockCodeChecks(alice); // what a code check takes first, held to commit
                locked.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            }));
            assertTrue(locked.await(30, java.util.concurrent.TimeUnit.SECONDS));
            java.util.concurrent.Future<Boolean> unlock = pool.submit(() -> f.service.unlock("alice", "admin"));
            org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.TimeoutException.class,
                    () -> unlock.get(300, java.util.concurrent.TimeUnit.MILLISECONDS), "the unlock waits for the check");
            release.countDown();
            check.get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertTrue(unlock.get(30, java.util.concurrent.TimeUnit.SECONDS));
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void aLockShowsInTheAdminListAndExpires() {
        String alice = f.activate("alice");
        for (int i = 0; i < 10; i++) {
            f.reviewCheck(alice, f.wrongCodeNow(alice));
        }
        assertEquals(f.clock.instant().plus(Duration.ofMinutes(15)),
                f.service.list(EnrolmentStatus.ACTIVE, null, 50).users().get(0).lockedUntil());
        f.clock.advance(Duration.ofMinutes(15).plusSeconds(30));
        assertTrue(f.reviewCheck(alice, f.codeNow(alice)).accepted());
    }
}
