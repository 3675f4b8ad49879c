package app.auraworkflows.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.auraworkflows.twofactor.AuditEvent;
import app.auraworkflows.twofactor.AuditOutcome;
import app.auraworkflows.twofactor.Fakes;
import app.auraworkflows.twofactor.TotpVerifier;
import app.auraworkflows.twofactor.TwoFactorFixture;
import app.auraworkflows.twofactor.TwoFactorReviewGuard;
import app.auraworkflows.twofactor.TwoFactorSettings;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link TwoFactorReviewGuard} (the 2FA implementation of the approval engine's {@link ReviewGuard} port) over the
 * real 2FA object graph (in-memory stores): every outcome of the protected-review checks, and what the review
 * service records with it.
 */
class TwoFactorReviewGuardTest {
    private final TwoFactorFixture tf = new TwoFactorFixture();
    private final TwoFactorReviewGuard guard = new TwoFactorReviewGuard(tf.secondFactor, tf.audit);

    private static ApprovalRound round(boolean requireTwoFactor) {
        return new ApprovalRound(1, "review", "in-review", "published", "draft", 1, 1, false, requireTwoFactor,
                null, null, List.of(new Reviewer("key-alice", "alice", "Alice Adams")), List.of(), TwoFactorFixture.START);
    }

    private GuardResult check(String userKey, boolean protectedStep, String code) {
        return guard.check(new ReviewContext(1L, new Actor(userKey, userKey.substring(4), "Name"), Decision.APPROVE,
                "", round(protectedStep), code, tf.clock.instant()));
    }

    @Test
    void unprotectedStepsAreAllowedWithoutACodeEvenForActiveUsers() {
        String alice = tf.activate("alice");
        assertEquals(GuardResult.allow(), check(alice, false, null));
        assertEquals(GuardResult.allow(), check("key-bob", false, null)); // not enrolled at all
        assertEquals(GuardResult.allow(), check(alice, false, "garbage"));
    }

    @Test
    void aUserWithoutAnActiveSetupIsRefusedWhateverTheCode() {
        assertEquals(GuardResult.refuse(GuardRefusal.TWO_FACTOR_NOT_ACTIVE), check("key-bob", true, "123456"));
        String carol = tf.enrol("carol"); // pending only
        assertEquals(GuardResult.refuse(GuardRefusal.TWO_FACTOR_NOT_ACTIVE), check(carol, true, tf.codeNow(carol)));
        assertEquals(GuardResult.refuse(GuardRefusal.TWO_FACTOR_NOT_ACTIVE), check(carol, true, null));
    }

    @Test
    void missingAndMalformedCodesAreRefusedAndNotCounted() {
        String alice = tf.activate("alice");
        tf.clock.advance(Duration.ofSeconds(30));
        for (int i = 0; i < TwoFactorSettings.MAX_CONSECUTIVE_FAILURES + 2; i++) {
            assertEquals(GuardResult.refuse(GuardRefusal.CODE_REQUIRED), check(alice, true, null));
            assertEquals(GuardResult.refuse(GuardRefusal.CODE_REQUIRED), check(alice, true, ""));
            assertEquals(GuardResult.refuse(GuardRefusal.INVALID_INPUT), check(alice, true, "12a456"));
            assertEquals(GuardResult.refuse(GuardRefusal.INVALID_INPUT), check(alice, true, "1234567"));
            assertEquals(GuardResult.refuse(GuardRefusal.INVALID_INPUT), check(alice, true, "١٢٣٤٥٦")); // non-ASCII digits
        }
        assertEquals(GuardResult.allowVerified(), check(alice, true, tf.codeNow(alice)));
    }

    @Test
    void theRightCodeIsAcceptedOnceAndRecordsTheLastUse() {
        String alice = tf.activate("alice");
        tf.clock.advance(Duration.ofSeconds(30));
        String code = tf.codeNow(alice);
        assertNull(tf.enrolments.find(alice).orElseThrow().lastUsedAt());
        GuardResult ok = check(alice, true, code);
        assertTrue(ok.allowed());
        assertTrue(ok.twoFactorVerified());
        assertNotNull(tf.enrolments.find(alice).orElseThrow().lastUsedAt());
        assertEquals(GuardResult.refuseWrongCode(9), check(alice, true, code), "one code, one vote");
    }

    @Test
    void theSetupCodeCannotBeUsedForAReview() {
        String alice = tf.enrol("alice");
        String setupCode = tf.codeNow(alice);
        assertTrue(tf.service.confirm(alice, setupCode).accepted());
        assertEquals(GuardResult.refuseWrongCode(9), check(alice, true, setupCode));
    }

    @Test
    void wrongAndExpiredCodesAreInvalidAndCountTowardTheLockout() {
        String alice = tf.activate("alice");
        tf.clock.advance(Duration.ofSeconds(30));
        long step = TotpVerifier.stepAt(tf.clock.instant());
        assertEquals(GuardResult.refuseWrongCode(9), check(alice, true, tf.codeAtStep(alice, step - 3)));
        for (int i = 1; i < TwoFactorSettings.MAX_CONSECUTIVE_FAILURES; i++) {
            assertEquals(GuardResult.refuseWrongCode(TwoFactorSettings.MAX_CONSECUTIVE_FAILURES - 1 - i),
                    check(alice, true, tf.wrongCodeNow(alice)), "the wrong codes left before the lock");
        }
        // ten failures: locked, even for the right code, even without a code or with a malformed one
        GuardResult locked = check(alice, true, tf.codeNow(alice));
        assertFalse(locked.allowed());
        assertEquals(GuardRefusal.LOCKED, locked.refusal());
        assertTrue(!locked.retryAfter().isNegative() && !locked.retryAfter().isZero() && locked.retryAfter().compareTo(TwoFactorSettings.LOCK_DURATION) <= 0,
                locked.retryAfter().toString());
        assertEquals(GuardRefusal.LOCKED, check(alice, true, null).refusal());
        assertEquals(GuardRefusal.LOCKED, check(alice, true, "12a456").refusal());
        assertEquals(GuardResult.allow(), check(alice, false, null), "unprotected steps stay open");

        tf.clock.advance(TwoFactorSettings.LOCK_DURATION.plusSeconds(1));
        assertEquals(GuardResult.allowVerified(), check(alice, true, tf.codeNow(alice)));
    }

    @Test
    void aLockThatOnlyAnAdministratorEndsIsSaidToBeSo() {
        String alice = tf.activate("alice");
        int failures = 0;
        while (failures < TwoFactorSettings.MAX_FAILURES_BEFORE_ADMIN_UNLOCK) {
            tf.clock.advance(Duration.ofSeconds(30));
            GuardResult r = check(alice, true, tf.wrongCodeNow(alice));
            if (r.refusal() == GuardRefusal.INVALID_CODE) {
                failures++;
            } else {
                assertFalse(r.untilUnlock(), "a timed lock before the last period: " + r);
                tf.clock.advance(TwoFactorSettings.LOCK_DURATION.plusSeconds(1));
            }
        }
        GuardResult withCode = check(alice, true, tf.codeNow(alice));
        GuardResult withoutCode = check(alice, true, null);
        assertEquals(GuardRefusal.LOCKED, withCode.refusal());
        assertTrue(withCode.untilUnlock(), withCode.toString());
        assertTrue(withoutCode.untilUnlock(), "also when no code is sent: " + withoutCode);
        tf.clock.advance(Duration.ofDays(1));
        assertTrue(check(alice, true, tf.codeNow(alice)).untilUnlock(), "no wait ends it");
    }

    @Test
    void setupFailuresAndReviewFailuresShareOneLockout() {
        String alice = tf.activate("alice");
        for (int i = 0; i < TwoFactorSettings.MAX_CONSECUTIVE_FAILURES; i++) {
            check(alice, true, tf.wrongCodeNow(alice));
        }
        assertEquals("LOCKED", tf.reviewCheck(alice, tf.codeNow(alice)).outcome().name());
    }

    @Test
    void everyRefusedAttemptOnAProtectedStepIsAuditedWithItsPageButMissingOrMalformedCodesAreNot() {
        Fakes.Audit log = (Fakes.Audit) tf.auditLog;
        check("key-bob", true, "123456"); // not enrolled
        String alice = tf.activate("alice");
        tf.clock.advance(Duration.ofSeconds(30));
        check(alice, true, null);
        check(alice, true, "12a456");
        String code = tf.codeNow(alice);
        assertTrue(check(alice, true, code).allowed());
        check(alice, true, code); // the same code again: a replay
        for (int i = 1; i < TwoFactorSettings.MAX_CONSECUTIVE_FAILURES; i++) {
            check(alice, true, tf.wrongCodeNow(alice));
        }
        check(alice, true, tf.codeNow(alice)); // locked

        List<AuditOutcome> expected = new java.util.ArrayList<>(List.of(AuditOutcome.NOT_ACTIVE,
                AuditOutcome.USER_ADDED, AuditOutcome.USER_ACTIVATED, AuditOutcome.CODE_REUSED));
        for (int i = 1; i < TwoFactorSettings.MAX_CONSECUTIVE_FAILURES - 1; i++) {
            expected.add(AuditOutcome.INVALID_CODE);
        }
        expected.addAll(List.of(AuditOutcome.INVALID_CODE, AuditOutcome.LOCKOUT_STARTED, AuditOutcome.LOCKED));
        assertEquals(expected, log.outcomes());
        List<AuditEvent> reviewEvents = log.find(app.auraworkflows.twofactor.AuditFilter.of(null, null), 0, 100).stream()
                .filter(e -> e.outcome() != AuditOutcome.USER_ADDED && e.outcome() != AuditOutcome.USER_ACTIVATED)
                .toList();
        assertTrue(reviewEvents.stream().allMatch(e -> Long.valueOf(1L).equals(e.pageId())), reviewEvents.toString());
        assertEquals("bob", reviewEvents.get(reviewEvents.size() - 1).username());
    }

    // ----- through the review service: what is recorded -----

    @Test
    void theReviewServiceRecordsAVerifiedVoteOnlyAfterTheCodeIsAccepted() {
        ApprovalFixture f = new ApprovalFixture(tf.clock); // the code is checked at the review's one clock read
        f.guard = guard;
        WorkflowDefinition d = ApprovalFixture.startsInReview(Reviewers.users("alice", "bob"), 2, 2, false);
        ApprovalTransition protectedReview = ((ApprovalTransition) d.transitions().get(1)).withRequireTwoFactor(true);
        f.applyToPage(new WorkflowDefinition(null, d.name(), "", d.initialState(), d.states(),
                List.of(d.transitions().get(0), protectedReview)));
        String alice = tf.activate("alice");
        tf.clock.advance(Duration.ofSeconds(30));

        for (String code : new String[] {null, "12a456", tf.wrongCodeNow(alice)}) {
            ReviewResult refused = f.reviewService().review(new ReviewRequest(ApprovalFixture.PAGE,
                    ApprovalFixture.actor("alice"), "APPROVE", "ok", 1, code, 1));
            assertEquals(ReviewOutcome.REFUSED_BY_GUARD, refused.outcome());
            assertFalse(refused.recorded());
        }
        ReviewResult bob = f.reviewService().review(new ReviewRequest(ApprovalFixture.PAGE,
                ApprovalFixture.actor("bob"), "APPROVE", "ok", 1, "123456", 1));
        assertEquals(GuardRefusal.TWO_FACTOR_NOT_ACTIVE, bob.guardRefusal());
        assertTrue(f.votes.rows.isEmpty());

        ReviewResult ok = f.reviewService().review(new ReviewRequest(ApprovalFixture.PAGE,
                ApprovalFixture.actor("alice"), "APPROVE", "ok", 1, tf.codeNow(alice), 1));
        assertTrue(ok.recorded());
        assertEquals(1, f.votes.rows.size());
        assertTrue(f.votes.rows.get(0).twoFactorVerified());
    }
}
