package app.auraworkflows.twofactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Codes for protected approvals: only ACTIVE users, each code once, never older than the last one. */
class SecondFactorCheckTest {
    final TwoFactorFixture f = new TwoFactorFixture();
    String alice;

    @BeforeEach
    void activateAlice() {
        alice = f.activate("alice");
        f.clock.advance(Duration.ofSeconds(30)); // past the step the setup consumed
    }

    @Test
    void aCurrentCodeIsAcceptedAndTheUseRecorded() {
        assertTrue(f.reviewCheck(alice, f.codeNow(alice)).accepted());
        assertEquals(f.clock.instant(), f.enrolments.find(alice).orElseThrow().lastUsedAt());
    }

    @Test
    void theSameCodeTwiceIsRefusedTheSecondTime() {
        String code = f.codeNow(alice);
        assertTrue(f.reviewCheck(alice, code).accepted());
        assertEquals(CodeCheck.Outcome.INVALID_CODE, f.reviewCheck(alice, code).outcome());
    }

    @Test
    void thePreviousStepsCodeIsRefusedAfterTheCurrentOneWasUsed() {
        long step = TotpVerifier.stepAt(f.clock.instant());
        assertTrue(f.reviewCheck(alice, f.codeAtStep(alice, step)).accepted());
        assertEquals(CodeCheck.Outcome.INVALID_CODE, f.reviewCheck(alice, f.codeAtStep(alice, step - 1)).outcome());
    }

    @Test
    void theNextStepsCodeIsAcceptedThirtySecondsLater() {
        assertTrue(f.reviewCheck(alice, f.codeNow(alice)).accepted());
        f.clock.advance(Duration.ofSeconds(30));
        assertTrue(f.reviewCheck(alice, f.codeNow(alice)).accepted());
    }

    @Test
    void aCodeFromOneStepAheadIsAcceptedOnceAndThenBlocksTheCurrentStep() {
        long step = TotpVerifier.stepAt(f.clock.instant());
        assertTrue(f.reviewCheck(alice, f.codeAtStep(alice, step + 1)).accepted());
        assertEquals(CodeCheck.Outcome.INVALID_CODE, f.reviewCheck(alice, f.codeAtStep(alice, step)).outcome());
    }

    @Test
    void pendingOrUnknownUsersAreNotActive() {
        String bob = f.enrol("bob");
        assertEquals(CodeCheck.Outcome.NOT_ACTIVE, f.reviewCheck(bob, f.codeNow(bob)).outcome());
        assertEquals(CodeCheck.Outcome.NOT_ACTIVE, f.reviewCheck("key-nobody", "123456").outcome());
        assertEquals(SetupStatus.PENDING, f.readiness.setupStatus(bob));
        assertEquals(SetupStatus.ACTIVE, f.readiness.setupStatus(alice));
    }

    @Test
    void aRevokedUsersOldCodesStopWorking() {
        String code = f.codeNow(alice);
        f.service.revoke("alice", "admin");
        assertEquals(CodeCheck.Outcome.NOT_ACTIVE, f.reviewCheck(alice, code).outcome());
    }

    @Test
    void aTamperedSecretFailsClosed() {
        Enrolment row = f.enrolments.find(alice).orElseThrow();
        char[] text = row.encryptedSecret().toCharArray();
        text[30] = text[30] == 'A' ? 'B' : 'A';
        ((Fakes.Enrolments) f.enrolments).put(new Enrolment(row.userKey(), row.username(), row.fullName(),
                row.status(), new String(text), row.keyVersion(), row.addedBy(), row.addedAt(), row.activatedAt(), null));
        assertThrows(TwoFactorUnavailableException.class, () -> f.reviewCheck(alice, "123456"));
        assertNull(f.enrolments.find(alice).orElseThrow().lastUsedAt());
    }

    @Test
    void theCodeIsCheckedAtTheCallersOneClockReadNotAtASecondOne() {
        java.time.Instant seen = f.clock.instant();
        String code = f.codeNow(alice);
        f.clock.advance(Duration.ofMinutes(10)); // a second clock read would find the code long expired
        assertTrue(f.transactions.inTransaction(() ->
                f.secondFactor.verify(alice, code, SecondFactorCheck.Purpose.protectedReview(), seen)).check().accepted());
        assertEquals(seen, f.enrolments.find(alice).orElseThrow().lastUsedAt());
    }

    @Test
    void noCodeIsCodeRequiredAndCountsNothing() {
        assertEquals(CodeCheck.Outcome.CODE_REQUIRED, f.reviewCheck(alice, "").outcome());
        assertEquals(CodeCheck.Outcome.CODE_REQUIRED, f.reviewCheck(alice, null).outcome());
        assertEquals(0, ((Fakes.Attempts) f.attempts).size(alice));
    }

    @Test
    void aSetupThatIsNotActiveIsNamedBeforeAMissingCode() {
        String bob = f.enrol("bob");
        assertEquals(CodeCheck.Outcome.NOT_ACTIVE, f.reviewCheck(bob, "").outcome());
    }

    @Test
    void setupAndReviewRefuseALockedUserBeforeLookingAtTheCodesShape() {
        String bob = f.enrol("bob");
        for (int i = 0; i < TwoFactorSettings.MAX_CONSECUTIVE_FAILURES; i++) {
            f.reviewCheck(alice, f.wrongCodeNow(alice));
            f.service.confirm(bob, f.wrongCodeNow(bob));
        }
        assertEquals(CodeCheck.Outcome.LOCKED, f.reviewCheck(alice, "12x").outcome());
        assertEquals(CodeCheck.Outcome.LOCKED, f.service.confirm(bob, "12x").outcome());
        assertEquals(CodeCheck.Outcome.LOCKED, f.reviewCheck(alice, "").outcome());
        assertEquals(TwoFactorSettings.MAX_CONSECUTIVE_FAILURES, ((Fakes.Attempts) f.attempts).size(alice),
                "no attempt is claimed while locked");
    }

    @Test
    void aMalformedCodeIsInvalidInputAndCountsNothing() {
        assertEquals(CodeCheck.Outcome.INVALID_INPUT, f.reviewCheck(alice, "12345").outcome());
        assertEquals(CodeCheck.Outcome.INVALID_INPUT, f.reviewCheck(alice, "１２３４５６").outcome());
        assertEquals(0, ((Fakes.Attempts) f.attempts).size(alice));
    }
}
