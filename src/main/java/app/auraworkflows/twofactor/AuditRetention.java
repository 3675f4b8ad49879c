package app.auraworkflows.twofactor;

import app.auraworkflows.kernel.TransactionRunner;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.springframework.stereotype.Component;

/**
 * How long the 2FA audit log keeps its events, and the pruning that enforces it: an administrator setting,
 * {@value #DEFAULT_DAYS} days (three years) unless changed, {@value #MIN_DAYS}..{@value #MAX_DAYS} days, stored
 * cluster-wide ({@link SettingsRepository}).
 *
 * <p>Why a limit at all: every wrong code and every lockout adds a row, so on a large site the log grows without
 * end and slows its own screen and export. Why these bounds: regulated teams must keep such records for years, so
 * nothing shorter than {@value #MIN_DAYS} days can be set by a slip of the keyboard, and a change of the setting is
 * itself recorded in the log ({@link AuditOutcome#RETENTION_CHANGED}).
 *
 * <p>Pruning deletes the oldest expired events in batches of {@value #BATCH} rows, each batch its own short
 * transaction (so it never holds locks that a protected review waits for), and stops after {@value #MAX_BATCHES}
 * batches or when asked to; the next run carries on. Deleting is idempotent, so a run that two nodes started at
 * once (which the host's scheduler prevents) would still delete each event once.
 */
@Component
public class AuditRetention {
    static final String SETTING = "audit-retention-days";
    public static final int DEFAULT_DAYS = 1095;
    public static final int MIN_DAYS = 30;
    public static final int MAX_DAYS = 36500;
    static final int BATCH = 1000;
    static final int MAX_BATCHES = 500;

    private final SettingsRepository settings;
    private final AuditLog log;
    private final TwoFactorAuditTrail audit;
    private final TransactionRunner transactions;

    public AuditRetention(SettingsRepository settings, AuditLog log, TwoFactorAuditTrail audit,
                          TransactionRunner transactions) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.log = Objects.requireNonNull(log, "log");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    /** What one pruning run did: events deleted, the cutoff used, and whether older events are still left. */
    public record PruneResult(int deleted, Instant cutoff, boolean complete) {
    }

    /** The setting in days (the default when none or an unreadable value is stored). */
    public int days() {
        return settings.find(SETTING).flatMap(AuditRetention::parse).orElse(DEFAULT_DAYS);
    }

    /**
     * Stores a new setting and records who changed it, in one transaction.
     *
     * @return false, storing nothing, when {@code text} is not a whole number of days in {@value #MIN_DAYS}..
     * {@value #MAX_DAYS}
     */
    public boolean setDays(String text, String adminKey, String adminUsername, Instant at) {
        Optional<Integer> days = parse(text);
        if (days.isEmpty()) {
            return false;
        }
        return transactions.inTransaction(() -> {
            if (days.get() != days()) {
                settings.save(SETTING, String.valueOf(days.get()));
                audit.adminAction(adminKey, adminUsername, null, AuditOutcome.RETENTION_CHANGED, adminUsername, at);
            }
            return true;
        });
    }

    /** The moment before which events are deleted at {@code now}. */
    public Instant cutoff(Instant now) {
        return now.minus(Duration.ofDays(days()));
    }

    /**
     * Deletes events older than the retention, oldest first, batch by batch, until none are left, {@code stop}
     * says so (checked between batches) or the run's batch limit is reached.
     */
    public PruneResult prune(Instant now, BooleanSupplier stop) {
        Instant cutoff = cutoff(now);
        int deleted = 0;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            if (stop.getAsBoolean()) {
                return new PruneResult(deleted, cutoff, false);
            }
            int removed = transactions.inTransaction(() -> log.deleteBefore(cutoff, BATCH));
            deleted += removed;
            if (removed < BATCH) {
                return new PruneResult(deleted, cutoff, true);
            }
        }
        return new PruneResult(deleted, cutoff, false);
    }

    static Optional<Integer> parse(String text) {
        return DaysSetting.parse(text, MIN_DAYS, MAX_DAYS);
    }
}
