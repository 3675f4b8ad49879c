package app.auraworkflows.twofactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Setup confirmation hardening, on a fixed clock: a pending setup expires (no secret, no confirmation, re-add gives
 * a new secret), the confirming client is recorded, and a replay of the confirming code is answered like the
 * confirmation instead of counting as a failure.
 */
class SetupConfirmationTest {
    static final ClientInfo CLIENT = new ClientInfo("203.0.113.5", "Mozilla/5.0 (X11) Firefox/128.0");

    final TwoFactorFixture f = new TwoFactorFixture();

    @Test
    void aPendingSetupExpiresAfterSevenDaysByDefault() {
        String bob = f.enrol("bob");
        f.clock.advance(Duration.ofDays(7).minusSeconds(1));
        assertEquals(SetupStatus.PENDING, f.service.mySetup(bob).status());
        f.clock.advance(Duration.ofSeconds(1));

        MySetup setup = f.service.mySetup(bob);
        assertEquals(SetupStatus.EXPIRED, setup.status());
        assertNull(setup.manualKey(), "no secret once expired");
        assertNull(setup.otpauthUri());
        assertTrue(f.service.qrPng(bob).isEmpty(), "no QR code once expired");
    }

    @Test
    void anExpiredSetupCannotBeConfirmedEvenWithTheRightCodeAndNothingIsCounted() {
        String bob = f.enrol("bob");
        f.clock.advance(Duration.ofDays(8));

        assertEquals(CodeCheck.Outcome.SETUP_EXPIRED, f.service.confirm(bob, f.codeNow(bob), CLIENT).outcome());
        assertEquals(EnrolmentStatus.PENDING, f.enrolments.find(bob).orElseThrow().status());
        assertTrue(f.attempts.claimedAt(bob, 1).isEmpty(), "not an attempt at a code");
    }

    @Test
    void theAdminListMarksAnExpiredSetupAndShowsWhenOthersExpire() {
        f.enrol("bob");
        f.clock.advance(Duration.ofDays(2));
        f.enrol("carol");
        f.clock.advance(Duration.ofDays(5).plusMinutes(1));

        List<EnrolmentView> pending = f.service.list(EnrolmentStatus.PENDING, null, 10).users();
        EnrolmentView bob = pending.stream().filter(v -> v.username().equals("bob")).findFirst().orElseThrow();
        EnrolmentView carol = pending.stream().filter(v -> v.username().equals("carol")).findFirst().orElseThrow();
        assertTrue(bob.expired());
        assertEquals(TwoFactorFixture.START.plus(Duration.ofDays(7)), bob.expiresAt());
        assertFalse(carol.expired());
        assertEquals(TwoFactorFixture.START.plus(Duration.ofDays(9)), carol.expiresAt());
    }

    @Test
    void theExpiryIsAnAdminSettingAppliedToEveryPendingSetup() {
        String bob = f.enrol("bob");
        f.clock.advance(Duration.ofDays(2));
        assertTrue(f.service.setPendingExpiryDays("2"));
        assertEquals(2, f.service.pendingExpiryDays());
        assertEquals(SetupStatus.EXPIRED, f.service.mySetup(bob).status());

        assertTrue(f.service.setPendingExpiryDays("30"));
        assertEquals(SetupStatus.PENDING, f.service.mySetup(bob).status());
    }

    @Test
    void anInvalidExpirySettingIsRefusedAndNothingChanges() {
        for (String bad : new String[] {"0", "366", "-1", "1.5", "abc", "", " ", null, "0007x", "99999999999"}) {
            assertFalse(f.service.setPendingExpiryDays(bad), "refused: " + bad);
        }
        assertEquals(PendingExpiry.DEFAULT_DAYS, f.service.pendingExpiryDays());
        assertTrue(f.service.setPendingExpiryDays(" 365 "));
        assertEquals(365, f.service.pendingExpiryDays());
    }

    @Test
    void reAddingAnExpiredUserReplacesTheSetupWithANewSecret() {
        String bob = f.enrol("bob");
        String oldSecret = f.secretOf(bob);
        f.clock.advance(Duration.ofDays(8));

        AddUsersResult result = f.service.addUsers(List.of("bob"), "admin");

        assertEquals(List.of("bob"), result.added());
        assertNotEquals(oldSecret, f.secretOf(bob));
        assertEquals(SetupStatus.PENDING, f.service.mySetup(bob).status());
        assertEquals(f.clock.instant(), f.enrolments.find(bob).orElseThrow().addedAt());
        assertTrue(f.service.confirm(bob, f.codeNow(bob), CLIENT).accepted());
    }

    @Test
    void reAddingAPendingUserThatHasNotExpiredKeepsTheSetup() {
        String bob = f.enrol("bob");
        String secret = f.secretOf(bob);
        f.clock.advance(Duration.ofDays(6));

        assertEquals(List.of("bob"), f.service.addUsers(List.of("bob"), "admin").alreadyEnrolled());
        assertEquals(secret, f.secretOf(bob));
    }

    @Test
    void activationRecordsTheClientForTheUserTheAdminListAndTheAuditLog() {
        String bob = f.enrol("bob");
        assertTrue(f.service.confirm(bob, f.codeNow(bob), CLIENT).accepted());

        MySetup setup = f.service.mySetup(bob);
        assertEquals(f.clock.instant(), setup.activatedAt());
        assertEquals(CLIENT, setup.activatedFrom());
        assertEquals(CLIENT, f.service.list(EnrolmentStatus.ACTIVE, null, 10).users().get(0).activatedFrom());
        AuditEvent activated = f.audit.page(app.auraworkflows.twofactor.AuditFilter.of("bob", AuditOutcome.USER_ACTIVATED), 0, 10).events().get(0);
        assertEquals(CLIENT, activated.client());
    }

    @Test
    void theClientIsClippedAndControlCharactersRemoved() {
        ClientInfo client = new ClientInfo(" 10.0.0.1 ", "Evil\r\nSet-Cookie: x" + "A".repeat(500));
        assertEquals("10.0.0.1", client.address());
        assertEquals(ClientInfo.MAX_USER_AGENT, client.userAgent().length());
        assertFalse(client.userAgent().contains("\n"));
        assertNull(new ClientInfo("", null).address());
    }

    @Test
    void aReplayOfTheConfirmingCodeAnswersLikeTheConfirmationAndCountsNothing() {
        String bob = f.enrol("bob");
        String code = f.codeNow(bob);
        assertTrue(f.service.confirm(bob, code, CLIENT).accepted());

        for (int i = 0; i < 15; i++) {
            assertEquals(CodeCheck.Outcome.ACCEPTED, f.service.confirm(bob, code, CLIENT).outcome(), "replay " + i);
        }
        assertTrue(f.lockout.lock(bob, f.clock.instant()).isEmpty(), "the replays did not lock the new user");
        assertTrue(f.attempts.claimedAt(bob, 1).isEmpty(), "no attempt was counted");
        assertEquals(1, f.audit.page(app.auraworkflows.twofactor.AuditFilter.of("bob", AuditOutcome.USER_ACTIVATED), 0, 10).total(), "activated once");
        assertEquals(0, f.audit.page(app.auraworkflows.twofactor.AuditFilter.of("bob", AuditOutcome.CODE_REUSED), 0, 10).total());
    }

    @Test
    void theReplayIsOnlyRecognisedWhileItsStepIsInTheWindow() {
        String bob = f.enrol("bob");
        String code = f.codeNow(bob);
        assertTrue(f.service.confirm(bob, code, CLIENT).accepted());
        f.clock.advance(Duration.ofSeconds(TwoFactorSettings.PERIOD_SECONDS * 2L));

        assertEquals(CodeCheck.Outcome.NOT_PENDING, f.service.confirm(bob, code, CLIENT).outcome());
    }

    @Test
    void anotherCodeOnAnActiveSetupIsStillNotPendingAndTheReplayCannotConfirmAReview() {
        String bob = f.enrol("bob");
        String code = f.codeNow(bob);
        assertTrue(f.service.confirm(bob, code, CLIENT).accepted());

        assertEquals(CodeCheck.Outcome.NOT_PENDING, f.service.confirm(bob, f.wrongCodeNow(bob), CLIENT).outcome());
        assertEquals(CodeCheck.Outcome.INVALID_CODE, f.reviewCheck(bob, code).outcome(),
                "a protected review still refuses the consumed setup code");
    }

    @Test
    void concurrentDoubleSubmissionsOfTheSetupCodeAllSucceedAndNothingIsCounted() throws Exception {
        String bob = f.enrol("bob");
        String code = f.codeNow(bob);

        List<CodeCheck.Outcome> outcomes = LockoutTest.concurrently(12, () -> f.service.confirm(bob, code, CLIENT).outcome());

        assertTrue(outcomes.stream().allMatch(o -> o == CodeCheck.Outcome.ACCEPTED), outcomes.toString());
        assertTrue(f.lockout.lock(bob, f.clock.instant()).isEmpty());
        assertEquals(1, f.audit.page(app.auraworkflows.twofactor.AuditFilter.of("bob", AuditOutcome.USER_ACTIVATED), 0, 10).total());
    }
}
