package app.auraworkflows.twofactor;

import app.auraworkflows.text.TextPolicy;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * The 2FA audit log's one entry point: what is recorded for each code check and admin action, and how admins
 * read it back (filtered, paged, or all of it for the CSV export).
 *
 * <p>Security: events carry who, when, which page and what happened, never the code or the secret, and a
 * replay is told apart from a wrong code only here (users always get the same answer). A failed code attempt
 * is written to this log and never to the page's workflow history.
 */
@Component
public class TwoFactorAuditTrail {
    /** The largest page the admin screen and REST API may ask for. */
    public static final int MAX_PAGE = 200;
    /** The longest username filter accepted (usernames are stored in 255 characters). */
    public static final int MAX_USERNAME_FILTER = TextPolicy.MAX_STORED;
    /** Rows read per query while exporting the whole log. */
    static final int EXPORT_BATCH = 500;

    private final AuditLog log;

    public TwoFactorAuditTrail(AuditLog log) {
        this.log = Objects.requireNonNull(log, "log");
    }

    /** Who a code check was for, and where: the user, and the page of a protected approval (null at setup). */
    public record Attempt(String userKey, String username, String fullName, Long pageId) {
        public Attempt {
            Objects.requireNonNull(userKey, "userKey");
        }
    }

    /**
     * Records the outcome of one code check: a wrong/expired code, a reused code, a locked attempt, a
     * not-active reviewer; a failure that started a lockout adds a second event. Accepted codes and malformed
     * input (not counted, no attempt at a code) record nothing.
     */
    public void codeChecked(Attempt attempt, CodeCheck check, Instant at) {
        switch (check.outcome()) {
            case INVALID_CODE -> {
                record(attempt, check.reused() ? AuditOutcome.CODE_REUSED : AuditOutcome.INVALID_CODE, at);
                if (check.untilUnlock()) {
                    record(attempt, AuditOutcome.LOCKED_UNTIL_UNLOCK, at);
                } else if (check.lockoutStarted()) {
                    record(attempt, AuditOutcome.LOCKOUT_STARTED, at);
                }
            }
            case LOCKED -> record(attempt, AuditOutcome.LOCKED, at);
            case NOT_ACTIVE -> record(attempt, AuditOutcome.NOT_ACTIVE, at);
            case ACCEPTED, CODE_REQUIRED, INVALID_INPUT, NOT_PENDING, SETUP_EXPIRED -> {
                // nothing to audit: a success is in the workflow history (votes) or recorded as USER_ACTIVATED
            }
        }
    }

    /** Records an event the user caused themselves (e.g. USER_ACTIVATED, or a refusal found before a code check). */
    public void record(Attempt attempt, AuditOutcome outcome, Instant at) {
        log.append(new AuditEvent(0, at, attempt.userKey(), attempt.username(), attempt.fullName(), outcome,
                attempt.pageId(), attempt.username()));
    }

    /** Records a confirmed setup (USER_ACTIVATED) with the client that confirmed it. */
    public void activated(Attempt attempt, ClientInfo client, Instant at) {
        log.append(new AuditEvent(0, at, attempt.userKey(), attempt.username(), attempt.fullName(),
                AuditOutcome.USER_ACTIVATED, attempt.pageId(), attempt.username(), client));
    }

    /** Records an administrator's action on a user (added, revoked, unlocked). */
    public void adminAction(String userKey, String username, String fullName, AuditOutcome outcome,
                            String adminUsername, Instant at) {
        log.append(new AuditEvent(0, at, userKey, username, fullName, outcome, null, adminUsername));
    }

    /** One page of events, newest first. */
    public AuditPage page(AuditFilter filter, int start, int limit) {
        int first = Math.max(0, start);
        int size = Math.max(1, Math.min(MAX_PAGE, limit));
        if (!TextPolicy.isCleanSingleLine(filter.userPrefix())) {
            return new AuditPage(0, List.of()); // no username has a control character; the store never sees it
        }
        return new AuditPage(log.count(filter), log.find(filter, first, size));
    }

    /**
     * Every matching event, newest first, in batches of {@value #EXPORT_BATCH} (the export never holds more than one
     * batch in memory, and never a transaction: each batch is its own short read, so a long download does not pin
     * database resources). Batches seek past the last event read, so an event appended while the export runs never
     * shifts or repeats the rest; the export is the log "as of about now", which the CSV's own time column makes plain.
     */
    public void forEach(AuditFilter filter, Consumer<AuditEvent> sink) {
        if (!TextPolicy.isCleanSingleLine(filter.userPrefix())) {
            return;
        }
        AuditEvent last = null;
        while (true) {
            List<AuditEvent> batch = log.findAfter(filter, last, EXPORT_BATCH);
            batch.forEach(sink);
            if (batch.size() < EXPORT_BATCH) {
                return;
            }
            last = batch.get(batch.size() - 1);
        }
    }

}
