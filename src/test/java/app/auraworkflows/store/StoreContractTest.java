package app.auraworkflows.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.auraworkflows.devhost.ao.DevActiveObjects;
import app.auraworkflows.twofactor.AttemptLedger;
import app.auraworkflows.twofactor.Enrolment;
import app.auraworkflows.twofactor.EnrolmentOrder;
import app.auraworkflows.twofactor.EnrolmentStatus;
import app.auraworkflows.twofactor.ListCursor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.apache.commons.codec.digest.DigestUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The store's behaviour on the REAL Active Objects EntityManager (through {@link DevActiveObjects}), run
 * once per database by the subclasses: every test class gets its own fresh database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StoreContractTest {
    static final String NAMESPACE = "app.auraworkflows.confluence";
    static final Instant T0 = Instant.parse("2026-01-15T10:00:00Z");

    private TestDatabase testDatabase;
    DevActiveObjects ao;
    AoEnrolmentRepository enrolments;
    AoUsedStepRepository usedSteps;
    AoAttemptLedger attempts;
    AoTransactionRunner transactions;

    abstract TestDatabase openDatabase();

    @BeforeAll
    void openStore() {
        testDatabase = openDatabase();
        ao = DevActiveObjects.create(testDatabase.database(), NAMESPACE, StoreEntities.asArray());
        enrolments = new AoEnrolmentRepository(ao);
        usedSteps = new AoUsedStepRepository(ao);
        attempts = new AoAttemptLedger(ao);
        transactions = new AoTransactionRunner(ao);
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
    void emptyTables() {
        ao.deleteWithSQL(AOEnrolment.class, "ID > ?", 0);
        ao.deleteWithSQL(AOUsedStep.class, "ID > ?", 0);
        ao.deleteWithSQL(AOAttempt.class, "ID > ?", 0);
        ao.deleteWithSQL(AOAuditEvent.class, "ID > ?", 0);
        ao.deleteWithSQL(AOSetting.class, "ID > ?", 0);
        ao.deleteWithSQL(AOEnrolmentTally.class, "ID > ?", 0);
        EnrolmentSearchUpgradeTask.recount(ao); // the tallies, as the upgrade to model version 2 creates them
    }

    // ----- pending expiry, activation record, settings -----

    @Test
    void activationStoresTheClientAndTheStepOfTheConfirmingCode() {
        enrolments.insertPending(pending("u1", "alice", "Alice Adams"));
        String longAgent = "Mozilla/5.0 " + "x".repeat(300);
        assertTrue(enrolments.activate("u1", Instant.ofEpochMilli(5_000),
                new app.auraworkflows.twofactor.ClientInfo("2001:db8::1", longAgent), 59_000_000L));

        Enrolment active = enrolments.find("u1").orElseThrow();
        assertEquals("2001:db8::1", active.activatedFrom().address());
        assertEquals(app.auraworkflows.twofactor.ClientInfo.MAX_USER_AGENT, active.activatedFrom().userAgent().length());
        assertEquals(59_000_000L, active.activatedStep());
    }

    @Test
    void aRowWithoutActivationDetailsReadsThemAsUnknown() {
        enrolments.insertPending(pending("u1", "alice", "Alice Adams"));
        assertTrue(enrolments.activate("u1", Instant.ofEpochMilli(5_000)));
        Enrolment active = enrolments.find("u1").orElseThrow();
        assertNull(active.activatedFrom());
        assertNull(active.activatedStep());
    }

    @Test
    void replacePendingSwapsTheSecretOnlyForTheRowThatWasReadAndOnlyWhilePending() {
        Enrolment first = pending("u1", "alice", "Alice Adams");
        enrolments.insertPending(first);
        Enrolment fresh = new Enrolment("u1", "alice", "Alice Adams", EnrolmentStatus.PENDING, "fresh-secret", 2,
                "admin2", Instant.ofEpochMilli(9_000), null, null);

        assertFalse(enrolments.replacePending(Instant.ofEpochMilli(1), fresh), "another admin replaced it meanwhile");
        assertTrue(enrolments.replacePending(first.addedAt(), fresh));
        Enrolment stored = enrolments.find("u1").orElseThrow();
        assertEquals("fresh-secret", stored.encryptedSecret());
        assertEquals(2, stored.keyVersion());
        assertEquals("admin2", stored.addedBy());
        assertEquals(Instant.ofEpochMilli(9_000), stored.addedAt());
        assertEquals(1, enrolments.count(EnrolmentStatus.PENDING));

        enrolments.activate("u1", Instant.ofEpochMilli(10_000));
        assertFalse(enrolments.replacePending(Instant.ofEpochMilli(9_000), first), "an ACTIVE row is never replaced");
    }

    @Test
    void settingsAreStoredOncePerNameAndOverwritten() {
        AoSettingsRepository settings = new AoSettingsRepository(ao);
        assertTrue(settings.find("pending-expiry-days").isEmpty());
        settings.save("pending-expiry-days", "3");
        settings.save("pending-expiry-days", "12");
        assertEquals("12", settings.find("pending-expiry-days").orElseThrow());
        assertEquals(1, ao.count(AOSetting.class, net.java.ao.Query.select()));
        assertEquals(12, new app.auraworkflows.twofactor.PendingExpiry(settings).days());
    }

    @Test
    void auditSeekPagingReadsEveryEventOnceNewestFirstAcrossEventsOfTheSameMillisecond() {
        AoAuditLog log = new AoAuditLog(ao);
        for (int i = 0; i < 23; i++) { // several events per millisecond: the id breaks the tie
            log.append(new app.auraworkflows.twofactor.AuditEvent(0, Instant.ofEpochMilli(1_000 + i / 4), "u" + i % 3,
                    "user" + i % 3, null, i % 2 == 0 ? app.auraworkflows.twofactor.AuditOutcome.INVALID_CODE
                    : app.auraworkflows.twofactor.AuditOutcome.LOCKED, null, "user" + i % 3));
        }
        List<app.auraworkflows.twofactor.AuditEvent> all = log.find(app.auraworkflows.twofactor.AuditFilter.of(null, null), 0, 100);
        List<app.auraworkflows.twofactor.AuditEvent> read = new java.util.ArrayList<>();
        app.auraworkflows.twofactor.AuditEvent last = null;
        while (true) {
            List<app.auraworkflows.twofactor.AuditEvent> batch = log.findAfter(app.auraworkflows.twofactor.AuditFilter.ALL, last, 5);
            read.addAll(batch);
            if (batch.size() < 5) {
                break;
            }
            last = batch.get(batch.size() - 1);
        }
        assertEquals(23, read.size());
        assertEquals(all, read, "the seek order is the list's order, without gaps or repeats");
        List<app.auraworkflows.twofactor.AuditEvent> filtered = log.findAfter(app.auraworkflows.twofactor.AuditFilter.of("user1", app.auraworkflows.twofactor.AuditOutcome.LOCKED),
                null, 100);
        assertEquals(log.count(app.auraworkflows.twofactor.AuditFilter.of("user1", app.auraworkflows.twofactor.AuditOutcome.LOCKED)), filtered.size());
        assertTrue(filtered.stream().allMatch(e -> e.username().equals("user1")
                && e.outcome() == app.auraworkflows.twofactor.AuditOutcome.LOCKED));
        List<app.auraworkflows.twofactor.AuditEvent> afterSecond = log.findAfter(
                app.auraworkflows.twofactor.AuditFilter.of("user1", app.auraworkflows.twofactor.AuditOutcome.LOCKED),
                filtered.get(1), 100);
        assertEquals(filtered.subList(2, filtered.size()), afterSecond);
    }

    @Test
    void auditDeleteBeforeRemovesOnlyOlderEventsOldestFirstInBoundedBatches() {
        AoAuditLog log = new AoAuditLog(ao);
        for (int i = 0; i < 12; i++) {
            log.append(new app.auraworkflows.twofactor.AuditEvent(0, Instant.ofEpochMilli(1_000L * i), "u1", "alice",
                    null, app.auraworkflows.twofactor.AuditOutcome.INVALID_CODE, null, "alice"));
        }
        Instant cutoff = Instant.ofEpochMilli(7_000); // events at 0..6 s are older
        assertEquals(5, log.deleteBefore(cutoff, 5));
        List<app.auraworkflows.twofactor.AuditEvent> left = log.find(app.auraworkflows.twofactor.AuditFilter.of(null, null), 0, 100);
        assertEquals(7, left.size());
        assertEquals(Instant.ofEpochMilli(5_000), left.get(left.size() - 1).at(), "the oldest went first");
        assertEquals(2, log.deleteBefore(cutoff, 5), "fewer than a batch: nothing older is left");
        assertEquals(0, log.deleteBefore(cutoff, 5));
        assertEquals(5, log.count(app.auraworkflows.twofactor.AuditFilter.of(null, null)));
        assertTrue(log.find(app.auraworkflows.twofactor.AuditFilter.of(null, null), 0, 100).stream().noneMatch(e -> e.at().isBefore(cutoff)));
    }

    @Test
    void auditEventsKeepTheClientOfAnActivation() {
        AoAuditLog log = new AoAuditLog(ao);
        log.append(new app.auraworkflows.twofactor.AuditEvent(0, Instant.ofEpochMilli(1_000), "u1", "alice", "Alice",
                app.auraworkflows.twofactor.AuditOutcome.USER_ACTIVATED, null, "alice",
                new app.auraworkflows.twofactor.ClientInfo("198.51.100.2", "Firefox")));
        log.append(new app.auraworkflows.twofactor.AuditEvent(0, Instant.ofEpochMilli(2_000), "u1", "alice", "Alice",
                app.auraworkflows.twofactor.AuditOutcome.LOCKED_UNTIL_UNLOCK, null, "alice"));
        List<app.auraworkflows.twofactor.AuditEvent> events = log.find(app.auraworkflows.twofactor.AuditFilter.of("alice", null), 0, 10);
        assertEquals(app.auraworkflows.twofactor.AuditOutcome.LOCKED_UNTIL_UNLOCK, events.get(0).outcome());
        assertNull(events.get(0).client());
        assertEquals(new app.auraworkflows.twofactor.ClientInfo("198.51.100.2", "Firefox"), events.get(1).client());
    }

    @Test
    void auditEventsFilterByARangeOfDaysInTheReadersZoneAloneAndWithAUserOrAnOutcomeAndSeekWithinIt() {
        AoAuditLog log = new AoAuditLog(ao);
        var locked = app.auraworkflows.twofactor.AuditOutcome.LOCKED;
        var added = app.auraworkflows.twofactor.AuditOutcome.USER_ADDED;
        // Berlin is UTC+1 in December: 1 December in Berlin runs from 30 November 23:00 UTC to 1 December 23:00 UTC
        String[][] rows = {
                {"2026-11-30T22:59:59Z", "alice", "LOCKED"}, // 30 Nov in Berlin
                {"2026-11-30T23:00:00Z", "alice", "LOCKED"}, // 1 Dec, 00:00 in Berlin
                {"2026-12-01T12:00:00Z", "bob", "USER_ADDED"},
                {"2026-12-02T22:59:59Z", "alice", "USER_ADDED"}, // 2 Dec, 23:59:59 in Berlin
                {"2026-12-02T23:00:00Z", "alice", "LOCKED"}}; // 3 Dec in Berlin
        for (String[] row : rows) {
            log.append(new app.auraworkflows.twofactor.AuditEvent(0, Instant.parse(row[0]), "k-" + row[1], row[1],
                    row[1], app.auraworkflows.twofactor.AuditOutcome.valueOf(row[2]), null, "admin"));
        }
        java.time.ZoneId berlin = java.time.ZoneId.of("Europe/Berlin");
        java.time.LocalDate first = java.time.LocalDate.parse("2026-12-01");
        java.time.LocalDate second = java.time.LocalDate.parse("2026-12-02");
        var days = app.auraworkflows.twofactor.AuditFilter.of(null, null, first, second, berlin);
        assertEquals(List.of("2026-12-02T22:59:59Z", "2026-12-01T12:00:00Z", "2026-11-30T23:00:00Z"),
                log.find(days, 0, 10).stream().map(e -> e.at().toString()).toList(), "both days included, newest first");
        assertEquals(3, log.count(days));
        assertEquals(2, log.count(app.auraworkflows.twofactor.AuditFilter.of("ALICE", null, first, second, berlin)));
        assertEquals(List.of("2026-11-30T23:00:00Z"), log.find(app.auraworkflows.twofactor.AuditFilter.of(null, locked,
                first, second, berlin), 0, 10).stream().map(e -> e.at().toString()).toList());
        assertEquals(2, log.count(app.auraworkflows.twofactor.AuditFilter.of(null, added, first, null, berlin)),
                "from a day on, with no end");
        assertEquals(3, log.count(app.auraworkflows.twofactor.AuditFilter.of(null, null, null, first, berlin)),
                "up to a day (30 November and 1 December in Berlin), with no start");
        var afterFirst = log.findAfter(days, log.find(days, 0, 1).get(0), 10);
        assertEquals(List.of("2026-12-01T12:00:00Z", "2026-11-30T23:00:00Z"),
                afterFirst.stream().map(e -> e.at().toString()).toList(), "the export's seek stays inside the days");
    }

    @Test
    void thirtyConsecutiveFailuresLockUntilAnAdminUnlocksOnTheRealLedger() {
        app.auraworkflows.twofactor.Lockout lockout = new app.auraworkflows.twofactor.Lockout(attempts);
        Instant now = Instant.ofEpochSecond(1_000_000);
        for (int period = 0; period < 3; period++) {
            for (int i = 0; i < 10; i++) {
                assertTrue(admitted(lockout, "u9", now));
            }
            assertFalse(admitted(lockout, "u9", now));
            now = now.plusSeconds(15 * 60);
        }
        assertTrue(lockout.lock("u9", now.plusSeconds(86_400 * 365)).orElseThrow().untilUnlock());
        assertTrue(lockout.locks(List.of("u9", "u8"), now).get("u9").untilUnlock());
        lockout.reset("u9");
        assertTrue(admitted(lockout, "u9", now));
    }

    /** What the second-factor check does before a code: the run read, no lock in force, then an attempt slot claimed. */
    private boolean admitted(app.auraworkflows.twofactor.Lockout lockout, String userKey, Instant now) {
        return transactions.inTransaction(() -> {
            app.auraworkflows.twofactor.Lockout.Run run = lockout.run(userKey, now);
            return run.lock().isEmpty() && lockout.claim(run, now).admitted();
        });
    }

    // ----- schema -----

    @Test
    void tablesGetAtlassianNamesFromTheNamespaceHash() {
        String hash = DigestUtils.md5Hex(NAMESPACE);
        String prefix = "AO_" + hash.substring(hash.length() - 6).toUpperCase(Locale.ROOT) + "_";
        assertEquals(prefix + "TFA_ENROLMENT", ao.tableName(AOEnrolment.class));
        assertEquals(prefix + "TFA_USED_STEP", ao.tableName(AOUsedStep.class));
        assertEquals(prefix + "TFA_ATTEMPT", ao.tableName(AOAttempt.class));
        for (var entity : StoreEntities.ALL) {
            assertTrue(ao.moduleMetaData().isTablePresent(entity), entity.getSimpleName());
        }
    }

    @Test
    void theAtomicGuaranteesRestOnUniqueIndexesInTheDatabase() throws Exception {
        assertTrue(uniqueColumns(AOEnrolment.class).contains("USER_KEY"));
        assertTrue(uniqueColumns(AOUsedStep.class).contains("USER_STEP"));
        assertTrue(uniqueColumns(AOAttempt.class).contains("USER_ATTEMPT"));
        assertTrue(indexedColumns(AOEnrolment.class).containsAll(List.of("STATUS", "USERNAME_LOWER", "FULL_NAME_LOWER")));
        assertTrue(indexedColumns(AOUsedStep.class).contains("USER_KEY"));
        assertTrue(indexedColumns(AOAttempt.class).contains("USER_KEY"));
    }

    @Test
    void migratingAgainKeepsTheRows() {
        enrolments.insertPending(pending("u1", "alice", "Alice Adams"));
        ao.migrate(StoreEntities.asArray());
        assertTrue(enrolments.find("u1").isPresent());
    }

    // ----- enrolments -----

    @Test
    void pendingEnrolmentRoundTripsAllFields() {
        Enrolment stored = pending("u1", "alice", "Alice Adams");
        assertTrue(enrolments.insertPending(stored));

        Enrolment read = enrolments.find("u1").orElseThrow();
        assertEquals("u1", read.userKey());
        assertEquals("alice", read.username());
        assertEquals("Alice Adams", read.fullName());
        assertEquals(EnrolmentStatus.PENDING, read.status());
        assertEquals("CIPHERTEXT-u1", read.encryptedSecret());
        assertEquals(1, read.keyVersion());
        assertEquals("admin", read.addedBy());
        assertEquals(T0, read.addedAt());
        assertNull(read.activatedAt());
        assertNull(read.lastUsedAt());
    }

    @Test
    void secondInsertForTheSameUserIsRefusedAndLeavesOneRow() {
        assertTrue(enrolments.insertPending(pending("u1", "alice", "Alice Adams")));
        assertFalse(enrolments.insertPending(pending("u1", "alice", "Alice Again")));
        assertEquals(1, enrolments.count(EnrolmentStatus.PENDING));
        assertEquals("Alice Adams", enrolments.find("u1").orElseThrow().fullName());
    }

    @Test
    void concurrentInsertsOfOneUserCreateExactlyOneRow() throws Exception {
        List<Boolean> results = race(10, i -> enrolments.insertPending(pending("u1", "alice", "Alice " + i)));
        assertEquals(1, results.stream().filter(b -> b).count());
        assertEquals(1, enrolments.count(EnrolmentStatus.PENDING));
    }

    @Test
    void activateTurnsPendingIntoActiveOnce() {
        enrolments.insertPending(pending("u1", "alice", "Alice Adams"));
        Instant at = T0.plusSeconds(60);

        assertTrue(enrolments.activate("u1", at));
        assertFalse(enrolments.activate("u1", at.plusSeconds(1)), "already active");
        assertFalse(enrolments.activate("nobody", at), "no row");

        Enrolment active = enrolments.find("u1").orElseThrow();
        assertEquals(EnrolmentStatus.ACTIVE, active.status());
        assertEquals(at, active.activatedAt());
    }

    @Test
    void recordUseStoresTheLastUseTime() {
        enrolments.insertPending(pending("u1", "alice", "Alice Adams"));
        enrolments.activate("u1", T0);
        transactions.inTransaction(() -> {
            enrolments.recordUse(enrolments.lockCodeChecks("u1"), T0.plusSeconds(90));
            return null;
        });
        assertEquals(T0.plusSeconds(90), enrolments.find("u1").orElseThrow().lastUsedAt());
    }

    @Test
    void theLastUseIsOneUpdateOfTheLockedRowAndChangesNothingElse() {
        enrolments.insertPending(pending("u1", "alice", "Alice Adams"));
        enrolments.insertPending(pending("u2", "bob", "Bob Brown"));
        enrolments.activate("u1", T0);
        List<String> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        net.java.ao.DatabaseProvider.SqlListener listener = seen::add;
        transactions.inTransaction(() -> {
            app.auraworkflows.twofactor.EnrolmentRepository.CheckLock held = enrolments.lockCodeChecks("u1");
            enrolments.readLocked(held); // what a code check reads under the lock
            ao.entityManager().getProvider().addSqlListener(listener);
            try {
                enrolments.recordUse(held, T0.plusSeconds(90));
            } finally {
                ao.entityManager().getProvider().removeSqlListener(listener);
            }
            return null;
        });
        assertEquals(1, seen.size(), String.join("\n", seen));
        assertTrue(seen.get(0).startsWith("UPDATE") && seen.get(0).contains("LAST_USED_AT")
                && !seen.get(0).contains("CHECK_LOCK"), seen.get(0));
        Enrolment used = enrolments.find("u1").orElseThrow();
        assertEquals(T0.plusSeconds(90), used.lastUsedAt());
        assertEquals(EnrolmentStatus.ACTIVE, used.status());
        assertEquals(T0, used.activatedAt());
        assertNull(enrolments.find("u2").orElseThrow().lastUsedAt(), "another user's row is untouched");
        transactions.inTransaction(() -> {
            enrolments.recordUse(enrolments.lockCodeChecks("nobody"), T0); // no row: nothing to stamp
            return null;
        });
    }

    @Test
    void aSetupReplacedBetweenTheLocksReadAndItsWriteIsLockedInTurnSoTheCheckNeverRunsUnlocked() {
        enrolments.insertPending(pending("u1", "alice", "Alice Adams"));
        enrolments.activate("u1", T0);
        List<String> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        net.java.ao.DatabaseProvider.SqlListener listener = seen::add;
        Enrolment read = transactions.inTransaction(() -> {
            app.auraworkflows.twofactor.EnrolmentRepository.CheckLock held = enrolments.lockCodeChecks("u1");
            // What a revoke and a re-add committed between the lock's SELECT and its UPDATE leave: another row.
            enrolments.delete("u1");
            enrolments.insertPending(pending("u1", "alice", "Alice Adams"));
            ao.entityManager().getProvider().addSqlListener(listener);
            try {
                Enrolment setup = enrolments.readLocked(held).orElseThrow();
                enrolments.recordUse(held, T0.plusSeconds(90));
                return setup;
            } finally {
                ao.entityManager().getProvider().removeSqlListener(listener);
            }
        });
        assertEquals(EnrolmentStatus.PENDING, read.status(), "the row there is now, not the revoked one");
        String sql = String.join("\n", seen);
        assertEquals(1, seen.stream().filter(q -> q.startsWith("UPDATE") && q.contains("CHECK_LOCK")).count(),
                "the new row locked\n" + sql);
        assertEquals(1, seen.stream().filter(q -> q.startsWith("UPDATE") && q.contains("LAST_USED_AT")).count(),
                "the last use stamped\n" + sql);
        assertEquals(T0.plusSeconds(90), enrolments.find("u1").orElseThrow().lastUsedAt(), "on the row the lock holds");
        assertEquals(Long.valueOf(1L), ao.find(AOEnrolment.class)[0].getCheckLock(), "the new row's lock taken once");

        transactions.inTransaction(() -> {
            app.auraworkflows.twofactor.EnrolmentRepository.CheckLock none = enrolments.lockCodeChecks("u9");
            enrolments.insertPending(pending("u9", "zed", "Zed Zulu")); // added after the lock's read found nothing
            assertEquals(EnrolmentStatus.PENDING, enrolments.readLocked(none).orElseThrow().status());
            return null;
        });
        assertEquals(Long.valueOf(1L), java.util.Arrays.stream(ao.find(AOEnrolment.class))
                .filter(r -> r.getUserKey().equals("u9")).findFirst().orElseThrow().getCheckLock());
    }

    @Test
    void deleteRemovesTheRowOnce() {
        enrolments.insertPending(pending("u1", "alice", "Alice Adams"));
        assertTrue(enrolments.delete("u1"));
        assertFalse(enrolments.delete("u1"));
        assertTrue(enrolments.find("u1").isEmpty());
    }

    @Test
    void findByUsernameIgnoresCase() {
        enrolments.insertPending(pending("u1", "Alice", "Alice Adams"));
        assertEquals("u1", enrolments.findByUsername("aLiCe").orElseThrow().userKey());
        assertTrue(enrolments.findByUsername("bob").isEmpty());
    }

    @Test
    void listFiltersByStatusAndOrdersByFullNameThenUsername() {
        enrolments.insertPending(pending("u1", "zed", "bob Brown"));
        enrolments.insertPending(pending("u2", "amy", "Bob Brown"));
        enrolments.insertPending(pending("u3", "carl", "Alice Adams"));
        enrolments.insertPending(pending("u4", "dora", "Dora Active"));
        enrolments.activate("u4", T0);

        assertEquals(List.of("carl", "amy", "zed"), usernames(enrolments.list(EnrolmentStatus.PENDING, null, null, false, 50)));
        assertEquals(List.of("dora"), usernames(enrolments.list(EnrolmentStatus.ACTIVE, "", null, false, 50)));
        assertEquals(3, enrolments.count(EnrolmentStatus.PENDING));
        assertEquals(1, enrolments.count(EnrolmentStatus.ACTIVE));
    }

    @Test
    void listSeeksForwardsAndBackwardsFromAPositionInTheOrder() {
        for (int i = 0; i < 25; i++) {
            enrolments.insertPending(pending("k" + i, String.format("user%02d", i), String.format("User %02d", i)));
        }
        List<Enrolment> first = enrolments.list(EnrolmentStatus.PENDING, null, null, false, 10);
        assertEquals("user09", first.get(9).username());
        ListCursor afterNine = EnrolmentOrder.cursorOf(first.get(9));
        assertEquals(List.of("user10", "user11", "user12", "user13", "user14"),
                usernames(enrolments.list(EnrolmentStatus.PENDING, null, afterNine, false, 5)));
        ListCursor atTwenty = EnrolmentOrder.cursorOf(enrolments.find("k20").orElseThrow());
        assertEquals(List.of("user15", "user16", "user17", "user18", "user19"),
                usernames(enrolments.list(EnrolmentStatus.PENDING, null, atTwenty, true, 5)), "before, still ascending");
        assertEquals(List.of("user21", "user22", "user23", "user24"),
                usernames(enrolments.list(EnrolmentStatus.PENDING, null, atTwenty, false, 10)));
        assertEquals(List.of(), enrolments.list(EnrolmentStatus.PENDING, null,
                EnrolmentOrder.cursorOf(enrolments.find("k24").orElseThrow()), false, 10));
    }

    @Test
    void rowsWithTheSameSortNameAreOrderedAndSeekedByUsername() {
        enrolments.insertPending(pending("u1", "smith2", "John Smith"));
        enrolments.insertPending(pending("u2", "smith1", "john smith"));
        enrolments.insertPending(pending("u3", "smith3", "John Smith"));
        List<Enrolment> all = enrolments.list(EnrolmentStatus.PENDING, null, null, false, 10);
        assertEquals(List.of("smith1", "smith2", "smith3"), usernames(all));
        assertEquals(List.of("smith2", "smith3"),
                usernames(enrolments.list(EnrolmentStatus.PENDING, null, EnrolmentOrder.cursorOf(all.get(0)), false, 10)));
        assertEquals(List.of("smith1", "smith2"),
                usernames(enrolments.list(EnrolmentStatus.PENDING, null, EnrolmentOrder.cursorOf(all.get(2)), true, 10)));
    }

    @Test
    void searchMatchesTheStartOfTheUsernameFullNameOrLastNameCaseInsensitively() {
        enrolments.insertPending(pending("u1", "alice", "Alice Adams"));
        enrolments.insertPending(pending("u2", "bob", "Robert Brown"));
        enrolments.insertPending(pending("u3", "carol", "Carol Cole"));

        assertEquals(List.of("bob"), usernames(enrolments.list(EnrolmentStatus.PENDING, "ROB", null, false, 50)));
        assertEquals(List.of("alice"), usernames(enrolments.list(EnrolmentStatus.PENDING, "ali", null, false, 50)));
        assertEquals(List.of("carol"), usernames(enrolments.list(EnrolmentStatus.PENDING, " Cole ", null, false, 50)),
                "the last name");
        assertEquals(List.of(), usernames(enrolments.list(EnrolmentStatus.PENDING, "ole", null, false, 50)),
                "the middle of a name is not a match: a prefix is what an index can find");
        assertEquals(1, enrolments.countMatching(EnrolmentStatus.PENDING, "cole", 1000));
        assertEquals(0, enrolments.countMatching(EnrolmentStatus.ACTIVE, "cole", 1000));
    }

    @Test
    void searchTreatsLikeWildcardsAsPlainCharacters() {
        enrolments.insertPending(pending("u1", "a_b", "Percent 100%"));
        enrolments.insertPending(pending("u2", "axb", "Percent 1000"));
        assertEquals(List.of("a_b"), usernames(enrolments.list(EnrolmentStatus.PENDING, "a_b", null, false, 50)));
        assertEquals(List.of("a_b"), usernames(enrolments.list(EnrolmentStatus.PENDING, "100%", null, false, 50)));
        assertEquals(0, enrolments.countMatching(EnrolmentStatus.PENDING, "!", 1000));
    }

    @Test
    void aSearchCountsItsMatchesOnlyUpToTheCapPlusOne() {
        for (int i = 0; i < 12; i++) {
            enrolments.insertPending(pending("k" + i, "user" + i, "User " + i));
        }
        assertEquals(6, enrolments.countMatching(EnrolmentStatus.PENDING, "user", 5));
        assertEquals(12, enrolments.countMatching(EnrolmentStatus.PENDING, "user", 100));
        assertEquals(12, enrolments.countMatching(EnrolmentStatus.PENDING, "", 5), "no search: the exact total");
    }

    @Test
    void theTalliesFollowEveryAddActivationAndDeletionAndTheFallbackCountsRows() {
        enrolments.insertPending(pending("u1", "alice", "Alice Adams"));
        enrolments.insertPending(pending("u2", "bob", "Bob Brown"));
        enrolments.insertPending(pending("u3", "carol", "Carol Cole"));
        assertFalse(enrolments.insertPending(pending("u3", "carol", "Carol Again")), "refused: the tally stays");
        enrolments.activate("u1", T0);
        assertFalse(enrolments.activate("u1", T0), "already active: no second change");
        enrolments.delete("u2");
        enrolments.delete("u1");
        assertFalse(enrolments.delete("u1"));
        assertEquals(1, enrolments.count(EnrolmentStatus.PENDING));
        assertEquals(0, enrolments.count(EnrolmentStatus.ACTIVE));
        assertEquals(1L, tally(EnrolmentStatus.PENDING), "read from the tally row");

        ao.deleteWithSQL(AOEnrolmentTally.class, "ID > ?", 0);
        assertEquals(1, enrolments.count(EnrolmentStatus.PENDING), "no tally row: COUNT(*) answers");
        enrolments.insertPending(pending("u4", "dave", "Dave Dunn"));
        assertEquals(2, enrolments.count(EnrolmentStatus.PENDING));
    }

    @Test
    void concurrentAddsAndActivationsOfManyUsersKeepTheTalliesExact() throws Exception {
        race(16, i -> enrolments.insertPending(pending("c" + i, "conc" + i, "Conc User " + i)));
        race(16, i -> i % 2 == 0 && enrolments.activate("c" + i, T0));
        race(16, i -> i % 4 == 1 && enrolments.delete("c" + i));
        assertEquals(ao.count(AOEnrolment.class, net.java.ao.Query.select().where("STATUS = ?", "PENDING")),
                (int) tally(EnrolmentStatus.PENDING));
        assertEquals(ao.count(AOEnrolment.class, net.java.ao.Query.select().where("STATUS = ?", "ACTIVE")),
                (int) tally(EnrolmentStatus.ACTIVE));
        assertEquals(8, tally(EnrolmentStatus.ACTIVE));
        assertEquals(4, tally(EnrolmentStatus.PENDING));
    }

    @Test
    void theUpgradeFillsTheLastNamesOfOlderRowsAndRecountsTheTallies() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 1_200; i++) { // more than two pages of the task
            Map<String, Object> row = new HashMap<>();
            row.put("USER_KEY", "bulk" + i);
            row.put("USERNAME", "bulk" + i);
            row.put("USERNAME_LOWER", "bulk" + i);
            row.put("FULL_NAME", i % 3 == 0 ? "Mononym" + i : "Bulk User" + i);
            row.put("FULL_NAME_LOWER", i % 3 == 0 ? "mononym" + i : "bulk user" + i);
            row.put("STATUS", i % 2 == 0 ? "PENDING" : "ACTIVE");
            row.put("ENCRYPTED_SECRET", "x");
            row.put("KEY_VERSION", 1);
            row.put("ADDED_BY", "admin");
            row.put("ADDED_AT", T0.toEpochMilli());
            rows.add(row); // as a previous version wrote them: no LAST_NAME_LOWER, no tally change
        }
        ao.create(AOEnrolment.class, rows);
        assertEquals(0, enrolments.countMatching(EnrolmentStatus.ACTIVE, "user1", 1000), "not findable by last name yet");

        new EnrolmentSearchUpgradeTask().upgrade(com.atlassian.activeobjects.external.ModelVersion.valueOf("1"), ao);

        assertEquals(600, enrolments.count(EnrolmentStatus.PENDING));
        assertEquals(600, enrolments.count(EnrolmentStatus.ACTIVE));
        assertEquals(600L, tally(EnrolmentStatus.ACTIVE));
        assertEquals(106, enrolments.countMatching(EnrolmentStatus.ACTIVE, "user1", 1000),
                "by last name: the odd numbers starting with 1 that are not multiples of 3");
        assertEquals(0, ao.count(AOEnrolment.class, net.java.ao.Query.select().where(
                "LAST_NAME_LOWER IS NULL AND FULL_NAME LIKE ?", "Bulk %")));
        new EnrolmentSearchUpgradeTask().upgrade(com.atlassian.activeobjects.external.ModelVersion.valueOf("1"), ao);
        assertEquals(600L, tally(EnrolmentStatus.ACTIVE), "a second run changes nothing");
    }

    private long tally(EnrolmentStatus status) {
        return ao.find(AOEnrolmentTally.class, net.java.ao.Query.select().where("STATUS = ?", status.name()))[0].getTally();
    }

    // ----- used steps (replay) -----

    @Test
    void aStepCanBeConsumedOnce() {
        assertTrue(usedSteps.consume("u1", 1000));
        assertFalse(usedSteps.consume("u1", 1000));
    }

    @Test
    void anOlderStepIsRefusedAfterANewerOne() {
        assertTrue(usedSteps.consume("u1", 1000));
        assertFalse(usedSteps.consume("u1", 999));
        assertTrue(usedSteps.consume("u1", 1001));
    }

    @Test
    void stepsOfDifferentUsersAreIndependent() {
        assertTrue(usedSteps.consume("u1", 1000));
        assertTrue(usedSteps.consume("u2", 1000));
    }

    @Test
    void deleteAllForgetsTheUsersSteps() {
        assertTrue(usedSteps.consume("u1", 1000));
        assertTrue(usedSteps.consume("u2", 1000));
        usedSteps.deleteAll("u1");
        assertTrue(usedSteps.consume("u1", 1000));
        assertFalse(usedSteps.consume("u2", 1000));
    }

    @Test
    void oldStepsArePrunedButTheNewestStillBlocksReplays() {
        for (long step = 1000; step < 1030; step++) {
            assertTrue(usedSteps.consume("u1", step));
        }
        assertTrue(ao.count(AOUsedStep.class, "USER_KEY = ?", "u1") <= AoUsedStepRepository.KEEP_ROWS);
        assertFalse(usedSteps.consume("u1", 1029));
        assertFalse(usedSteps.consume("u1", 1005));
    }

    @Test
    void aUserNeverHasMoreThanKeepRowsStepsAndOnlyEveryKeepRowsthConsumptionPrunes() {
        int keep = AoUsedStepRepository.KEEP_ROWS;
        List<String> deletes = java.util.Collections.synchronizedList(new ArrayList<>());
        net.java.ao.DatabaseProvider.SqlListener listener = sql -> {
            if (sql.startsWith("DELETE") && sql.contains("TFA_USED_STEP")) {
                deletes.add(sql);
            }
        };
        assertTrue(usedSteps.consume("u2", 5)); // another user's row is no part of u1's count, and stays
        ao.entityManager().getProvider().addSqlListener(listener);
        try {
            for (int i = 1; i <= 3 * keep + 5; i++) {
                long step = 1000L * i; // reviews far apart, as they usually are
                assertTrue(usedSteps.consume("u1", step));
                int rows = ao.count(AOUsedStep.class, "USER_KEY = ?", "u1");
                assertEquals(i <= keep ? i : (i - 1) % keep + 1, rows, "after consumption " + i);
                assertFalse(usedSteps.consume("u1", step), "the newest is kept: its code works once");
                assertFalse(usedSteps.consume("u1", step - 500), "and no older one works");
            }
        } finally {
            ao.entityManager().getProvider().removeSqlListener(listener);
        }
        assertEquals(3, deletes.size(), "consumptions " + (keep + 1) + ", " + (2 * keep + 1) + " and "
                + (3 * keep + 1) + " prune");
        assertEquals(1, ao.count(AOUsedStep.class, "USER_KEY = ?", "u2"));
    }

    @Test
    void twentyConcurrentConsumersOfOneStepYieldExactlyOneSuccess() throws Exception {
        // Without the user's code-check lock (no setup row to lock): the UNIQUE key decides, and each unit that lost
        // the insert is run again by its outermost transaction, which then finds the step consumed.
        List<Boolean> results = race(20, i -> transactions.inTransaction(() -> usedSteps.consume("u1", 5000)));
        assertEquals(1, results.stream().filter(b -> b).count(), results.toString());
    }

    // ----- attempt ledger (lockout) -----

    @Test
    void claimsNumberAttemptsFromOneAndRememberWhen() {
        assertEquals(1, claimNext("u1", T0));
        assertEquals(2, claimNext("u1", T0.plusSeconds(5)));
        assertEquals(1, claimNext("u2", T0));
        assertEquals(T0.plusSeconds(5), attempts.claimedAt("u1", 2).orElseThrow());
        assertTrue(attempts.claimedAt("u1", 3).isEmpty());
    }

    @Test
    void theNewestAttemptIsTheHighestNumberOfTheRunWithItsTime() {
        assertTrue(attempts.newest("u1").isEmpty());
        claimNext("u1", T0);
        claimNext("u1", T0.plusSeconds(5));
        claimNext("u2", T0.plusSeconds(7));
        assertEquals(new AttemptLedger.Attempt(2, T0.plusSeconds(5)), attempts.newest("u1").orElseThrow());
        attempts.clear("u1");
        assertTrue(attempts.newest("u1").isEmpty());
        assertEquals(new AttemptLedger.Attempt(1, T0.plusSeconds(7)), attempts.newest("u2").orElseThrow());
    }

    @Test
    void theDatabaseRefusesASecondClaimOfOneNumber() {
        attempts.claim("u1", 1, T0);
        RuntimeException refused = assertThrows(RuntimeException.class, () -> attempts.claim("u1", 1, T0));
        assertTrue(SqlFailures.isConstraintViolation(refused), refused.toString());
        assertEquals(1, ao.count(AOAttempt.class, "USER_KEY = ?", "u1"));
    }

    @Test
    void claimedAtForManyUsersAnswersOnlyThoseWithThatAttemptInOneCall() {
        claimNext("u1", T0);
        claimNext("u1", T0.plusSeconds(5));
        claimNext("u2", T0);
        claimNext("u3", T0.plusSeconds(7));
        claimNext("u3", T0.plusSeconds(9));
        java.util.List<String> page = new java.util.ArrayList<>(java.util.List.of("u1", "u2", "u3", "nobody"));
        for (int i = 0; i < 450; i++) {
            page.add("filler" + i); // more keys than one IN chunk holds
        }

        assertEquals(java.util.Map.of("u1", T0.plusSeconds(5), "u3", T0.plusSeconds(9)), attempts.claimedAt(page, 2));
    }

    @Test
    void clearStartsANewRun() {
        claimNext("u1", T0);
        claimNext("u1", T0);
        attempts.clear("u1");
        assertTrue(attempts.claimedAt("u1", 1).isEmpty());
        assertEquals(1, claimNext("u1", T0));
    }

    @Test
    void fiftyConcurrentClaimsGetTheDistinctNumbersOneToFifty() throws Exception {
        // As above: a claim that lost its number is run again, with a fresh read, by the outermost transaction.
        List<Integer> numbers = race(50, i -> transactions.inTransaction(() -> claimNext("u1", T0)));
        Set<Integer> distinct = new TreeSet<>(numbers);
        assertEquals(IntStream.rangeClosed(1, 50).boxed().toList(), List.copyOf(distinct));
    }

    // ----- transactions -----

    @Test
    void aFailingTransactionRollsBackEverything() {
        enrolments.insertPending(pending("u1", "alice", "Alice Adams"));
        assertThrows(IllegalStateException.class, () -> transactions.inTransaction(() -> {
            enrolments.activate("u1", T0);
            enrolments.delete("u1");
            throw new IllegalStateException("boom");
        }));
        assertEquals(EnrolmentStatus.PENDING, enrolments.find("u1").orElseThrow().status());
    }

    @Test
    void aTransactionCommitsAllItsWork() {
        enrolments.insertPending(pending("u1", "alice", "Alice Adams"));
        enrolments.insertPending(pending("u2", "bob", "Bob Brown"));
        transactions.inTransaction(() -> enrolments.activate("u1", T0) && enrolments.delete("u2"));
        assertEquals(EnrolmentStatus.ACTIVE, enrolments.find("u1").orElseThrow().status());
        assertTrue(enrolments.find("u2").isEmpty());
    }

    // ----- helpers -----

    private Set<String> uniqueColumns(Class<? extends net.java.ao.RawEntity<?>> entity) throws Exception {
        return indexColumns(entity, true);
    }

    private Set<String> indexedColumns(Class<? extends net.java.ao.RawEntity<?>> entity) throws Exception {
        return indexColumns(entity, false);
    }

    private Set<String> indexColumns(Class<? extends net.java.ao.RawEntity<?>> entity, boolean uniqueOnly)
            throws Exception {
        return testDatabase.indexColumns(ao.tableName(entity), uniqueOnly);
    }

    static Enrolment pending(String userKey, String username, String fullName) {
        return new Enrolment(userKey, username, fullName, EnrolmentStatus.PENDING, "CIPHERTEXT-" + userKey, 1,
                "admin", T0, null, null);
    }

    static List<String> usernames(List<Enrolment> page) {
        return page.stream().map(Enrolment::username).toList();
    }

    interface IndexedCall<T> {
        T call(int index) throws Exception;
    }

    /** Runs {@code threads} calls released at the same moment and returns their results. */
    /** A code check's claim: the newest attempt read, the next number claimed. */
    private int claimNext(String userKey, Instant at) {
        int next = attempts.newest(userKey).map(AttemptLedger.Attempt::number).orElse(0) + 1;
        attempts.claim(userKey, next, at);
        return next;
    }

    static <T> List<T> race(int threads, IndexedCall<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int index = i;
                Callable<T> task = () -> {
                    start.await();
                    return call.call(index);
                };
                futures.add(pool.submit(task));
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

    // ----- 2FA audit log -----

    @Test
    void auditEventsRoundTripAndListNewestFirstFilteredByTheStartOfAUsernameAndOutcomeInTheDatabase() {
        AoAuditLog log = new AoAuditLog(ao);
        log.append(new app.auraworkflows.twofactor.AuditEvent(0, T0, "key-alice", "Alice", "Alice Adams",
                app.auraworkflows.twofactor.AuditOutcome.USER_ADDED, null, "admin"));
        log.append(new app.auraworkflows.twofactor.AuditEvent(0, T0.plusSeconds(1), "key-alice", "Alice", "Alice Adams",
                app.auraworkflows.twofactor.AuditOutcome.INVALID_CODE, 4242L, "Alice"));
        // the same millisecond: the id keeps the order of writing
        log.append(new app.auraworkflows.twofactor.AuditEvent(0, T0.plusSeconds(1), "key-alice", "Alice", "Alice Adams",
                app.auraworkflows.twofactor.AuditOutcome.LOCKOUT_STARTED, 4242L, "Alice"));
        log.append(new app.auraworkflows.twofactor.AuditEvent(0, T0.plusSeconds(2), "key-bob", "bob", null,
                app.auraworkflows.twofactor.AuditOutcome.INVALID_CODE, 7L, "bob"));

        java.util.List<app.auraworkflows.twofactor.AuditEvent> alice = log.find(app.auraworkflows.twofactor.AuditFilter.of("alice", null), 0, 10);
        assertEquals(java.util.List.of(app.auraworkflows.twofactor.AuditOutcome.LOCKOUT_STARTED,
                        app.auraworkflows.twofactor.AuditOutcome.INVALID_CODE, app.auraworkflows.twofactor.AuditOutcome.USER_ADDED),
                alice.stream().map(app.auraworkflows.twofactor.AuditEvent::outcome).toList());
        app.auraworkflows.twofactor.AuditEvent invalid = alice.get(1);
        assertEquals(T0.plusSeconds(1), invalid.at());
        assertEquals("key-alice", invalid.userKey());
        assertEquals("Alice", invalid.username());
        assertEquals("Alice Adams", invalid.fullName());
        assertEquals(4242L, invalid.pageId());
        assertEquals("Alice", invalid.actorUsername());
        assertNull(alice.get(2).pageId());
        assertEquals(3, log.count(app.auraworkflows.twofactor.AuditFilter.of("alice", null)));
        assertEquals(2, log.count(app.auraworkflows.twofactor.AuditFilter.of(null, app.auraworkflows.twofactor.AuditOutcome.INVALID_CODE)));
        assertEquals(1, log.count(app.auraworkflows.twofactor.AuditFilter.of("alice", app.auraworkflows.twofactor.AuditOutcome.INVALID_CODE)));
        assertEquals(3, log.count(app.auraworkflows.twofactor.AuditFilter.of("ali", null)), "the start of the username");
        assertEquals(0, log.count(app.auraworkflows.twofactor.AuditFilter.of("lic", null)), "not any substring");
        assertEquals(0, log.count(app.auraworkflows.twofactor.AuditFilter.of("a%", null)), "% is a character, not a wildcard");
        log.append(new app.auraworkflows.twofactor.AuditEvent(0, T0.plusSeconds(3), "key-ali", "ali_b", null,
                app.auraworkflows.twofactor.AuditOutcome.USER_ADDED, null, "admin"));
        assertEquals(java.util.List.of("ali_b", "Alice", "Alice", "Alice"), log.find(
                app.auraworkflows.twofactor.AuditFilter.of("ALI", null), 0, 10).stream()
                .map(app.auraworkflows.twofactor.AuditEvent::username).toList(), "newest first across the users matched");
        assertEquals(1, log.count(app.auraworkflows.twofactor.AuditFilter.of("ali_", null)), "_ is a character too");
        assertEquals("ali_b", log.find(app.auraworkflows.twofactor.AuditFilter.of(null, null), 0, 1).get(0).username());
        assertEquals(2, log.find(app.auraworkflows.twofactor.AuditFilter.of(null, null), 1, 2).size());
    }

    @Test
    void auditEventsAreFoundByTheStartOfTheFullNameOrLastNameAsTheUsersSearchFindsPeople() {
        AoAuditLog log = new AoAuditLog(ao);
        log.append(new app.auraworkflows.twofactor.AuditEvent(0, T0, "key-alice", "aa1", "Alice Adams",
                app.auraworkflows.twofactor.AuditOutcome.USER_ADDED, null, "admin"));
        log.append(new app.auraworkflows.twofactor.AuditEvent(0, T0.plusSeconds(1), "key-bob", "bb2", "Bob van Dyke",
                app.auraworkflows.twofactor.AuditOutcome.INVALID_CODE, 7L, "bb2"));
        log.append(new app.auraworkflows.twofactor.AuditEvent(0, T0.plusSeconds(2), "key-x", "xavier", null,
                app.auraworkflows.twofactor.AuditOutcome.USER_ADDED, null, "admin"));

        java.util.function.Function<String, java.util.List<String>> found = user -> log.find(
                app.auraworkflows.twofactor.AuditFilter.of(user, null), 0, 10).stream()
                .map(app.auraworkflows.twofactor.AuditEvent::username).toList();
        assertEquals(java.util.List.of("aa1"), found.apply("ALICE A"), "the start of the full name, any case");
        assertEquals(java.util.List.of("aa1"), found.apply("adam"), "the start of the last name");
        assertEquals(java.util.List.of("bb2"), found.apply("dyke"), "the last word of the name");
        assertEquals(java.util.List.of("bb2"), found.apply("bb"), "the start of the username");
        assertEquals(java.util.List.of(), found.apply("van"), "not a middle word, as the Users search");
        assertEquals(java.util.List.of("xavier"), found.apply("x"));
        assertEquals(1, log.count(app.auraworkflows.twofactor.AuditFilter.of("a", null)),
                "one event, counted once although its username, name and last name all start with a");
        for (String user : java.util.List.of("ALICE A", "adam", "dyke", "bb", "van", "x", "a")) {
            app.auraworkflows.twofactor.AuditFilter filter = app.auraworkflows.twofactor.AuditFilter.of(user, null);
            assertEquals(log.find(app.auraworkflows.twofactor.AuditFilter.of(null, null), 0, 10).stream()
                            .filter(e -> filter.matchesUser(e.username(), e.fullName()))
                            .map(app.auraworkflows.twofactor.AuditEvent::username).toList(), found.apply(user),
                    "the database agrees with AuditFilter.matchesUser for " + user);
        }
    }

    @Test
    void theUpgradeToVersion5FillsTheNameKeysOfEventsRecordedBeforeOnceAndThenFindsThem() {
        AoAuditLog log = new AoAuditLog(ao);
        for (int i = 0; i < AuditNameSearchUpgradeTask.PAGE_SIZE + 3; i++) {
            log.append(new app.auraworkflows.twofactor.AuditEvent(0, T0.plusSeconds(i), "key-" + i, "u" + i,
                    i % 2 == 0 ? "Alice Adams" : null, app.auraworkflows.twofactor.AuditOutcome.USER_ADDED, null, "admin"));
        }
        // As the previous version left them: no name keys.
        for (AOAuditEvent row : ao.find(AOAuditEvent.class)) {
            row.setFullNameLower(null);
            row.setLastNameLower(null);
            row.save();
        }
        assertEquals(0, log.count(app.auraworkflows.twofactor.AuditFilter.of("adams", null)));

        int named = (AuditNameSearchUpgradeTask.PAGE_SIZE + 3 + 1) / 2;
        assertEquals(named, AuditNameSearchUpgradeTask.fillNames(ao), "every event with a full name, over two pages");
        assertEquals(named, log.count(app.auraworkflows.twofactor.AuditFilter.of("adams", null)));
        assertEquals(named, log.count(app.auraworkflows.twofactor.AuditFilter.of("alice a", null)));
        assertEquals(0, AuditNameSearchUpgradeTask.fillNames(ao), "a second run fills nothing");
    }

    @Test
    void theAuditTableHasNoColumnThatCouldHoldACodeOrASecret() throws Exception {
        try (java.sql.Connection c = testDatabase.connect()) {
            java.util.Set<String> columns = new java.util.TreeSet<>();
            String table = ao.tableName(AOAuditEvent.class);
            for (String candidate : java.util.List.of(table, table.toLowerCase(java.util.Locale.ROOT))) {
                try (java.sql.ResultSet rs = c.getMetaData().getColumns(null, null, candidate, null)) {
                    while (rs.next()) {
                        columns.add(rs.getString("COLUMN_NAME").toUpperCase(java.util.Locale.ROOT));
                    }
                }
            }
            assertEquals(java.util.Set.of("ID", "OCCURRED_AT", "USER_KEY", "USERNAME", "USERNAME_LOWER", "FULL_NAME",
                    "FULL_NAME_LOWER", "LAST_NAME_LOWER", "OUTCOME", "PAGE_ID", "ACTOR_USERNAME", "CLIENT_IP",
                    "USER_AGENT"), columns);
        }
    }
}
