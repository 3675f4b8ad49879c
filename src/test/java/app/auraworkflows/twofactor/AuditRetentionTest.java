package app.auraworkflows.twofactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AuditRetentionTest {
    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    private final Fakes.Settings settings = new Fakes.Settings();
    private final Fakes.Audit log = new Fakes.Audit();
    private final AuditRetention retention = new AuditRetention(settings, log, new TwoFactorAuditTrail(log),
            new Fakes.DirectTransactions());

    @Test
    void keepsThreeYearsUntilAnAdministratorSetsAnotherNumberOfDays() {
        assertEquals(1095, retention.days());
        assertEquals(NOW.minus(Duration.ofDays(1095)), retention.cutoff(NOW));
        assertTrue(retention.setDays(" 365 ", "key-admin", "admin", NOW));
        assertEquals(365, retention.days());
    }

    @Test
    void refusesAnythingButWholeDaysWithinTheBoundsAndStoresNothing() {
        for (String text : new String[] {null, "", "29", "36501", "100000", "-30", "30.5", "1e3", "ninety", "٣٠٠"}) {
            assertFalse(retention.setDays(text, "key-admin", "admin", NOW), "refused: " + text);
        }
        assertEquals(AuditRetention.DEFAULT_DAYS, retention.days());
        assertTrue(log.outcomes().isEmpty(), "a refused value records nothing");
        assertTrue(retention.setDays("30", "key-admin", "admin", NOW));
        assertTrue(retention.setDays("36500", "key-admin", "admin", NOW));
    }

    @Test
    void aChangeIsRecordedInTheAuditLogWithTheAdministratorAndSavingTheSameValueRecordsNothing() {
        assertTrue(retention.setDays("400", "key-admin", "admin", NOW));
        assertTrue(retention.setDays("400", "key-admin", "admin", NOW));
        assertEquals(List.of(AuditOutcome.RETENTION_CHANGED), log.outcomes());
        AuditEvent event = log.find(app.auraworkflows.twofactor.AuditFilter.of(null, null), 0, 1).get(0);
        assertEquals("key-admin", event.userKey());
        assertEquals("admin", event.actorUsername());
    }

    @Test
    void pruningDeletesOnlyEventsOlderThanTheRetentionInBatchesUntilNoneAreLeft() {
        retention.setDays("30", "key-admin", "admin", NOW.minus(Duration.ofDays(400)));
        int old = AuditRetention.BATCH * 2 + 7;
        for (int i = 0; i < old; i++) {
            append(NOW.minus(Duration.ofDays(31)).minusSeconds(i));
        }
        append(NOW.minus(Duration.ofDays(29)));
        AuditRetention.PruneResult result = retention.prune(NOW, () -> false);
        assertEquals(old + 1, result.deleted(), "the old events and the old RETENTION_CHANGED event");
        assertTrue(result.complete());
        assertEquals(1, log.count(app.auraworkflows.twofactor.AuditFilter.of(null, null)));
        assertEquals(0, retention.prune(NOW, () -> false).deleted(), "a second run finds nothing");
    }

    @Test
    void pruningStopsBetweenBatchesWhenTheHostAsksAndTheNextRunCarriesOn() {
        for (int i = 0; i < AuditRetention.BATCH * 3; i++) {
            append(NOW.minus(Duration.ofDays(2000)).plusSeconds(i));
        }
        AtomicInteger asked = new AtomicInteger();
        AuditRetention.PruneResult first = retention.prune(NOW, () -> asked.incrementAndGet() > 1);
        assertEquals(AuditRetention.BATCH, first.deleted());
        assertFalse(first.complete());
        AuditRetention.PruneResult next = retention.prune(NOW, () -> false);
        assertEquals(AuditRetention.BATCH * 2, next.deleted());
        assertTrue(next.complete());
    }

    private void append(Instant at) {
        log.append(new AuditEvent(0, at, "u1", "alice", null, AuditOutcome.INVALID_CODE, null, "alice"));
    }
}
