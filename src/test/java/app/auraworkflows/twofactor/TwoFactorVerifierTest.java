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
class TwoFactorVerifierTest {
    final TwoFactorFixture f = new TwoFactorFixture();
    String alice;

    @BeforeEach
    void activateAlice() {
        alice = f.activate("alice");
        f.clock.advance(Duration.ofSeconds(30)); // past the step the setup consumed
    }

    @Test
    void aCurrentCodeIsAcceptedAndTheUseRecorded() {
        assertTrue(f.verifier.verify(alice, f.codeNow(alice)).accepted());
        assertEquals(f.clock.instant(), f.enrolments.find(alice).orElseThrow().lastUsedAt());
    }

    @Test
    void theSameCodeTwiceIsRefusedTheSecondTime() {
        String code = f.codeNow(alice);
        assertTrue(f.verifier.verify(alice, code).accepted());
        assertEquals(CodeCheck.Outcome.INVALID_CODE, f.verifier.verify(alice, code).outcome());
    }

    @Test
    void thePreviousStepsCodeIsRefusedAfterTheCurrentOneWasUsed() {
        long step = TotpVerifier.stepAt(f.clock.instant());
        assertTrue(f.verifier.verify(alice, f.codeAtStep(alice, step)).accepted());
        assertEquals(CodeCheck.Outcome.INVALID_CODE, f.verifier.verify(alice, f.codeAtStep(alice, step - 1)).outcome());
    }

    @Test
    void theNextStepsCodeIsAcceptedThirtySecondsLater() {
        assertTrue(f.verifier.verify(alice, f.codeNow(alice)).accepted());
        f.clock.advance(Duration.ofSeconds(30));
        assertTrue(f.verifier.verify(alice, f.codeNow(alice)).accepted());
    }

    @Test
    void aCodeFromOneStepAheadIsAcceptedOnceAndThenBlocksTheCurrentStep() {
        long step = TotpVerifier.stepAt(f.clock.instant());
        assertTrue(f.verifier.verify(alice, f.codeAtStep(alice, step + 1)).accepted());
        assertEquals(CodeCheck.Outcome.INVALID_CODE, f.verifier.verify(alice, f.codeAtStep(alice, step)).outcome());
    }

    @Test
    void pendingOrUnknownUsersAreNotActive() {
        String bob = f.enrol("bob");
        assertEquals(CodeCheck.Outcome.NOT_ACTIVE, f.verifier.verify(bob, f.codeNow(bob)).outcome());
        assertEquals(CodeCheck.Outcome.NOT_ACTIVE, f.verifier.verify("key-nobody", "123456").outcome());
        assertFalse(f.verifier.isActive(bob));
        assertTrue(f.verifier.isActive(alice));
    }

    @Test
    void aRevokedUsersOldCodesStopWorking() {
        String code = f.codeNow(alice);
        f.service.revoke("alice", "admin");
        assertEquals(CodeCheck.Outcome.NOT_ACTIVE, f.verifier.verify(alice, code).outcome());
    }

    @Test
    void aTamperedSecretFailsClosed() {
        Enrolment row = f.enrolments.find(alice).orElseThrow();
        char[] text = row.encryptedSecret().toCharArray();
        text[30] = text[30] == 'A' ? 'B' : 'A';
        ((Fakes.Enrolments) f.enrolments).put(new Enrolment(row.userKey(), row.username(), row.fullName(),
                row.status(), new String(text), row.keyVersion(), row.addedBy(), row.addedAt(), row.activatedAt(), null));
        assertThrows(TwoFactorUnavailableException.class, () -> f.verifier.verify(alice, "123456"));
        assertNull(f.enrolments.find(alice).orElseThrow().lastUsedAt());
    }
}
