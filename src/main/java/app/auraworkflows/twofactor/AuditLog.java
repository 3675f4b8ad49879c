package app.auraworkflows.twofactor;

import java.time.Instant;
import java.util.List;

/**
 * Port: the 2FA audit log's rows (implemented in {@code store/}; in the database, so every cluster node writes
 * to and reads the same log). Appending joins a surrounding transaction: an event written while a protected
 * review is refused is committed with that refusal, and disappears with a review that is rolled back and retried.
 */
public interface AuditLog {
    /** Appends {@code event} (its id is ignored; the store assigns one). */
    void append(AuditEvent event);

    /** Events matching the filter, newest first ({@code at} then id, descending). */
    List<AuditEvent> find(AuditFilter filter, int start, int limit);

    int count(AuditFilter filter);

    /**
     * The next {@code limit} events matching the filter that come after {@code last} in newest-first order (seek
     * paging: each call reads one index range, however far into the log it is, and an event appended meanwhile
     * never shifts the rest).
     *
     * @param last the last event already read, or null to start with the newest
     */
    List<AuditEvent> findAfter(AuditFilter filter, AuditEvent last, int limit);

    /**
     * Deletes up to {@code limit} of the oldest events that happened before {@code cutoff} and answers how many it
     * deleted (fewer than {@code limit}: none older are left). Joins a surrounding transaction.
     */
    int deleteBefore(Instant cutoff, int limit);
}
