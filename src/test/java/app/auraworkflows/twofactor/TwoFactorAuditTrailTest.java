package app.auraworkflows.twofactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The 2FA audit log as the enrolment service and the code checks write it: setup changes by admins,
 * failed setup codes, the start of a lockout, admin unlock; and how it is read back (filters, pages, export).
 */
class TwoFactorAuditTrailTest {
    private final TwoFactorFixture tf = new TwoFactorFixture();
    private final Fakes.Audit log = (Fakes.Audit) tf.auditLog;

    @Test
    void addingConfirmingAndRevokingAreAuditedWithWhoDidIt() {
        String alice = tf.activate("alice");
        assertTrue(tf.service.revoke("alice", "admin"));
        assertFalse(tf.service.revoke("alice", "admin"), "nothing left to revoke: no second event");

        assertEquals(List.of(AuditOutcome.USER_ADDED, AuditOutcome.USER_ACTIVATED, AuditOutcome.USER_REVOKED),
                log.outcomes());
        List<AuditEvent> events = log.find(app.auraworkflows.twofactor.AuditFilter.of(null, null), 0, 10);
        assertEquals(List.of("admin", "alice", "admin"),
                events.stream().map(AuditEvent::actorUsername).toList(), "newest first");
        assertTrue(events.stream().allMatch(e -> e.userKey().equals(alice) && e.username().equals("alice")
                && e.fullName().equals("Alice Adams") && e.pageId() == null));
    }

    @Test
    void wrongAndReusedSetupCodesAreAuditedAndTheTenthFailureStartsTheLockout() {
        String alice = tf.enrol("alice");
        String code = tf.codeNow(alice);
        assertTrue(tf.service.confirm(alice, code).accepted());
        tf.service.revoke("alice", "admin");
        String again = tf.enrol("alice"); // a new secret: the old app's code is now simply wrong
        tf.service.confirm(again, "12a456"); // malformed: not an attempt at a code
        for (int i = 0; i < TwoFactorSettings.MAX_CONSECUTIVE_FAILURES; i++) {
            assertEquals(CodeCheck.Outcome.INVALID_CODE, tf.service.confirm(again, tf.wrongCodeNow(again)).outcome());
        }
        assertEquals(CodeCheck.Outcome.LOCKED, tf.service.confirm(again, tf.codeNow(again)).outcome());

        List<AuditOutcome> outcomes = log.outcomes();
        assertEquals(List.of(AuditOutcome.USER_ADDED, AuditOutcome.USER_ACTIVATED, AuditOutcome.USER_REVOKED,
                AuditOutcome.USER_ADDED), outcomes.subList(0, 4));
        List<AuditOutcome> failures = outcomes.subList(4, outcomes.size());
        assertEquals(TwoFactorSettings.MAX_CONSECUTIVE_FAILURES,
                failures.stream().filter(o -> o == AuditOutcome.INVALID_CODE).count());
        assertEquals(List.of(AuditOutcome.INVALID_CODE, AuditOutcome.LOCKOUT_STARTED, AuditOutcome.LOCKED),
                failures.subList(failures.size() - 3, failures.size()));
    }

    @Test
    void aReplayedCodeIsAuditedAsReusedThoughTheUserIsToldItIsInvalid() {
        String alice = tf.activate("alice");
        tf.clock.advance(Duration.ofSeconds(30));
        String code = tf.codeNow(alice);
        assertTrue(tf.reviewCheck(alice, code).accepted());
        CodeCheck replay = tf.reviewCheck(alice, code);
        assertEquals(CodeCheck.Outcome.INVALID_CODE, replay.outcome(), "one answer for wrong, expired and used");
        assertTrue(replay.reused());
        tf.audit.codeChecked(new TwoFactorAuditTrail.Attempt(alice, "alice", "Alice Adams", 42L), replay,
                tf.clock.instant());
        AuditEvent event = log.find(app.auraworkflows.twofactor.AuditFilter.of(null, null), 0, 1).get(0);
        assertEquals(AuditOutcome.CODE_REUSED, event.outcome());
        assertEquals(42L, event.pageId());
    }

    @Test
    void anAdminUnlockEndsTheLockoutAtOnceIsAuditedAndKeepsUsedCodesUsed() {
        String alice = tf.activate("alice");
        tf.clock.advance(Duration.ofSeconds(30));
        String used = tf.codeNow(alice);
        assertTrue(tf.reviewCheck(alice, used).accepted());
        for (int i = 0; i < TwoFactorSettings.MAX_CONSECUTIVE_FAILURES; i++) {
            tf.reviewCheck(alice, tf.wrongCodeNow(alice));
        }
        assertEquals(CodeCheck.Outcome.LOCKED, tf.reviewCheck(alice, tf.codeNow(alice)).outcome());
        assertNotNull(tf.service.mySetup(alice).lockedUntil(), "the user's own screen says they are locked");

        assertTrue(tf.service.unlock("alice", "admin"));
        assertNull(tf.service.mySetup(alice).lockedUntil());
        assertNull(tf.service.list(EnrolmentStatus.ACTIVE, "", 10).users().get(0).lockedUntil());
        assertEquals(CodeCheck.Outcome.INVALID_CODE, tf.reviewCheck(alice, used).outcome(), "used stays used");
        tf.clock.advance(Duration.ofSeconds(30));
        assertTrue(tf.reviewCheck(alice, tf.codeNow(alice)).accepted());

        AuditEvent unlock = log.find(app.auraworkflows.twofactor.AuditFilter.of(null, AuditOutcome.ADMIN_UNLOCK), 0, 10).get(0);
        assertEquals("alice", unlock.username());
        assertEquals("admin", unlock.actorUsername());
        assertFalse(tf.service.unlock("bob", "admin"), "bob is not enrolled");
        assertEquals(1, log.count(app.auraworkflows.twofactor.AuditFilter.of(null, AuditOutcome.ADMIN_UNLOCK)));
    }

    @Test
    void pagesFilterByTheStartOfAUsernameInAnyCaseAndByOutcomeNewestFirst() {
        tf.activate("alice");
        tf.clock.advance(Duration.ofSeconds(1));
        tf.activate("bob");
        AuditPage alice = tf.audit.page(app.auraworkflows.twofactor.AuditFilter.of("  ALICE ", null), 0, 10);
        assertEquals(2, alice.total());
        assertEquals(List.of(AuditOutcome.USER_ACTIVATED, AuditOutcome.USER_ADDED),
                alice.events().stream().map(AuditEvent::outcome).toList());
        assertEquals(2, tf.audit.page(app.auraworkflows.twofactor.AuditFilter.of("Ali", null), 0, 10).total(),
                "the start of the username, as the admin list's search");
        assertEquals(0, tf.audit.page(app.auraworkflows.twofactor.AuditFilter.of("lice", null), 0, 10).total(),
                "not any substring");
        AuditPage added = tf.audit.page(app.auraworkflows.twofactor.AuditFilter.of("", AuditOutcome.USER_ADDED), 0, 1);
        assertEquals(2, added.total());
        assertEquals("bob", added.events().get(0).username(), "newest first");
        assertEquals(1, tf.audit.page(app.auraworkflows.twofactor.AuditFilter.of(null, null), 3, 10).events().size());
    }

    @Test
    void theExportReadsEveryMatchingEventInBatches() {
        for (int i = 0; i < TwoFactorAuditTrail.EXPORT_BATCH * 2 + 3; i++) {
            tf.audit.adminAction("key-alice", "alice", "Alice Adams", AuditOutcome.ADMIN_UNLOCK, "admin",
                    tf.clock.instant());
        }
        tf.audit.adminAction("key-bob", "bob", "Bob Brown", AuditOutcome.USER_ADDED, "admin", tf.clock.instant());
        List<AuditEvent> exported = new ArrayList<>();
        tf.audit.forEach(app.auraworkflows.twofactor.AuditFilter.of("alice", null), exported::add);
        assertEquals(TwoFactorAuditTrail.EXPORT_BATCH * 2 + 3, exported.size());
        assertTrue(exported.stream().allMatch(e -> e.username().equals("alice")));
        assertEquals(TwoFactorAuditTrail.MAX_PAGE, tf.audit.page(app.auraworkflows.twofactor.AuditFilter.of(null, null), 0, 100_000).events().size(),
                "one page holds at most MAX_PAGE events");
        List<AuditEvent> all = new ArrayList<>();
        tf.audit.forEach(app.auraworkflows.twofactor.AuditFilter.ALL, all::add);
        assertEquals(TwoFactorAuditTrail.EXPORT_BATCH * 2 + 4, all.size());
    }
}
