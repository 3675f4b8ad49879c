package app.auraworkflows.twofactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * At most 10 consecutive wrong codes, then 15 minutes locked; a success resets the count. After three lock
 * periods in a row without a success (30 consecutive failures) the user stays locked until an admin unlocks.
 */
class LockoutTest {
    final TwoFactorFixture f = new TwoFactorFixture();

    @Test
    void tenWrongCodesAreEvaluatedThenTheUserIsLocked() {
        String alice = f.activate("alice");
        for (int i = 1; i <= 10; i++) {
            assertEquals(CodeCheck.Outcome.INVALID_CODE, f.reviewCheck(alice, f.wrongCodeNow(alice)).outcome(), "attempt " + i);
        }
        CodeCheck locked = f.reviewCheck(alice, f.wrongCodeNow(alice));
        assertEquals(CodeCheck.Outcome.LOCKED, locked.outcome());
        assertEquals(15 * 60, locked.retryAfterSeconds());
    }

    @Test
    void aCorrectCodeIsRefusedWhileLocked() {
        String alice = f.activate("alice");
        lockOut(alice);
        f.clock.advance(Duration.ofMinutes(5));
        CodeCheck check = f.reviewCheck(alice, f.codeNow(alice));
        assertEquals(CodeCheck.Outcome.LOCKED, check.outcome());
        assertEquals(10 * 60, check.retryAfterSeconds());
    }

    @Test
    void setupConfirmationIsLockedTheSameWay() {
        String bob = f.enrol("bob");
        for (int i = 0; i < 10; i++) {
            f.service.confirm(bob, f.wrongCodeNow(bob));
        }
        assertEquals(CodeCheck.Outcome.LOCKED, f.service.confirm(bob, f.codeNow(bob)).outcome());
    }

    @Test
    void whenTheLockExpiresCodesAreCheckedAgain() {
        String alice = f.activate("alice");
        lockOut(alice);
        f.clock.advance(Duration.ofMinutes(15));
        assertTrue(f.reviewCheck(alice, f.codeNow(alice)).accepted());
    }

    @Test
    void afterAnExpiredLockTheUserHasTenFreshAttempts() {
        String alice = f.activate("alice");
        lockOut(alice);
        f.clock.advance(Duration.ofMinutes(16));
        for (int i = 0; i < 10; i++) {
            assertEquals(CodeCheck.Outcome.INVALID_CODE, f.reviewCheck(alice, f.wrongCodeNow(alice)).outcome());
        }
        assertEquals(CodeCheck.Outcome.LOCKED, f.reviewCheck(alice, f.wrongCodeNow(alice)).outcome());
    }

    @Test
    void aSuccessResetsTheCount() {
        String alice = f.activate("alice");
        f.clock.advance(Duration.ofSeconds(30));
        for (int i = 0; i < 9; i++) {
            f.reviewCheck(alice, f.wrongCodeNow(alice));
        }
        assertTrue(f.reviewCheck(alice, f.codeNow(alice)).accepted());
        for (int i = 0; i < 10; i++) {
            assertEquals(CodeCheck.Outcome.INVALID_CODE, f.reviewCheck(alice, f.wrongCodeNow(alice)).outcome());
        }
    }

    @Test
    void replayedCodesCountAsWrongCodes() {
        String alice = f.activate("alice");
        String setupCode = f.codeNow(alice);
        for (int i = 0; i < 10; i++) {
            assertEquals(CodeCheck.Outcome.INVALID_CODE, f.reviewCheck(alice, setupCode).outcome());
        }
        assertEquals(CodeCheck.Outcome.LOCKED, f.reviewCheck(alice, setupCode).outcome());
    }

    @Test
    void fiftyConcurrentWrongCodesEvaluateAtMostTenGuesses() throws Exception {
        TotpVerifierTest.CountingGenerator counting = new TotpVerifierTest.CountingGenerator();
        TwoFactorFixture counted = new TwoFactorFixture(new TotpVerifier(counting));
        String alice = counted.activate("alice");
        int callsForSetup = counting.steps.size();
        String wrong = counted.wrongCodeNow(alice);

        List<CodeCheck.Outcome> outcomes = concurrently(50, () -> counted.reviewCheck(alice, wrong).outcome());

        assertEquals(10, outcomes.stream().filter(o -> o == CodeCheck.Outcome.INVALID_CODE).count());
        assertEquals(40, outcomes.stream().filter(o -> o == CodeCheck.Outcome.LOCKED).count());
        assertEquals(10 * 3, counting.steps.size() - callsForSetup, "3 window steps per evaluated guess");
    }

    @Test
    void aRunMissingItsTenthAttemptStillUnlocksAfterAQuietLockPeriod() {
        String alice = f.activate("alice");
        f.clock.advance(Duration.ofSeconds(30));
        Fakes.Attempts ledger = (Fakes.Attempts) f.attempts;
        for (int i = 1; i <= 11; i++) {
            ledger.claimNext(alice, f.clock.instant());
        }
        for (int i = 1; i <= 10; i++) {
            ledger.forget(alice, i); // only attempt 11 is left
        }
        f.clock.advance(Duration.ofMinutes(1));
        assertEquals(CodeCheck.Outcome.LOCKED, f.reviewCheck(alice, f.codeNow(alice)).outcome());

        f.clock.advance(Duration.ofMinutes(15));
        assertTrue(f.reviewCheck(alice, f.codeNow(alice)).accepted());
    }

    @Test
    void thirtyConsecutiveFailuresAcrossThreeLockPeriodsLockUntilAnAdministratorUnlocks() {
        String alice = f.activate("alice");
        f.clock.advance(Duration.ofSeconds(30));
        for (int period = 1; period <= 2; period++) {
            lockOut(alice);
            assertEquals(CodeCheck.Outcome.LOCKED, f.reviewCheck(alice, f.codeNow(alice)).outcome());
            f.clock.advance(Duration.ofMinutes(15));
        }
        for (int i = 21; i <= 29; i++) {
            assertEquals(CodeCheck.Outcome.INVALID_CODE, f.reviewCheck(alice, f.wrongCodeNow(alice)).outcome(), "attempt " + i);
        }
        CodeCheck thirtieth = f.reviewCheck(alice, f.wrongCodeNow(alice));
        assertEquals(CodeCheck.Outcome.INVALID_CODE, thirtieth.outcome());
        assertTrue(thirtieth.untilUnlock(), "the 30th failure locks until an admin unlocks");

        f.clock.advance(Duration.ofDays(30));
        CodeCheck later = f.reviewCheck(alice, f.codeNow(alice));
        assertEquals(CodeCheck.Outcome.LOCKED, later.outcome(), "no lock period ends it, not even a month later");
        assertTrue(later.untilUnlock());
        assertTrue(f.lockout.lock(alice, f.clock.instant()).orElseThrow().untilUnlock());
        assertTrue(f.service.mySetup(alice).lockedUntilUnlock(), "the user's screen says so");
        assertTrue(f.service.list(EnrolmentStatus.ACTIVE, null, 10).users().get(0).lockedUntilUnlock(),
                "the admin list says so");

        assertTrue(f.service.unlock("alice", "admin"));
        assertTrue(f.reviewCheck(alice, f.codeNow(alice)).accepted(), "the Unlock action clears it");
    }

    @Test
    void theEscalationIsAuditedAsLockedUntilUnlockInsteadOfAnotherLockoutStart() {
        String bob = f.enrol("bob"); // setup confirmation audits its own code checks
        for (int period = 1; period <= 3; period++) {
            for (int i = 0; i < 10; i++) {
                f.service.confirm(bob, f.wrongCodeNow(bob));
            }
            f.clock.advance(Duration.ofMinutes(15));
        }
        assertEquals(CodeCheck.Outcome.LOCKED, f.service.confirm(bob, f.codeNow(bob)).outcome());
        List<AuditOutcome> outcomes = f.audit.page(app.auraworkflows.twofactor.AuditFilter.of("bob", null), 0, 200).events().stream()
                .map(AuditEvent::outcome).toList();
        assertEquals(2, outcomes.stream().filter(o -> o == AuditOutcome.LOCKOUT_STARTED).count());
        assertEquals(1, outcomes.stream().filter(o -> o == AuditOutcome.LOCKED_UNTIL_UNLOCK).count());
    }

    @Test
    void aSuccessBetweenLockPeriodsStartsTheEscalationOver() {
        String alice = f.activate("alice");
        f.clock.advance(Duration.ofSeconds(30));
        lockOut(alice);
        f.clock.advance(Duration.ofMinutes(15));
        lockOut(alice);
        f.clock.advance(Duration.ofMinutes(15));
        assertTrue(f.reviewCheck(alice, f.codeNow(alice)).accepted());
        f.clock.advance(Duration.ofSeconds(30));
        lockOut(alice);
        f.clock.advance(Duration.ofMinutes(15));
        assertTrue(f.reviewCheck(alice, f.codeNow(alice)).accepted(), "one lock period since the success, not three");
    }

    @Test
    void escalationNeverAllowsMoreThanOneHundredConsecutiveFailures() {
        assertTrue(TwoFactorSettings.MAX_FAILURES_BEFORE_ADMIN_UNLOCK <= 100);
        assertEquals(30, TwoFactorSettings.MAX_FAILURES_BEFORE_ADMIN_UNLOCK);
    }

    private void lockOut(String userKey) {
        for (int i = 0; i < 10; i++) {
            f.reviewCheck(userKey, f.wrongCodeNow(userKey));
        }
    }

    static <T> List<T> concurrently(int threads, java.util.concurrent.Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void eachWrongCodeSaysHowManyMoreInARowLockTheUser() {
        String alice = f.activate("alice");
        List<Integer> left = new java.util.ArrayList<>();
        for (int i = 1; i <= TwoFactorSettings.MAX_CONSECUTIVE_FAILURES; i++) {
            left.add(f.reviewCheck(alice, f.wrongCodeNow(alice)).attemptsLeft());
        }
        assertEquals(List.of(9, 8, 7, 6, 5, 4, 3, 2, 1, 0), left);
        assertEquals(List.of(false, false, false, false, false, false, true, true, true, false),
                left.stream().map(n -> CodeCheck.invalidCode(false, n == 0, false, n).warnAttemptsLeft()).toList(),
                "a warning for the last three, none for the one that locks (the lock is told next)");
    }
}
