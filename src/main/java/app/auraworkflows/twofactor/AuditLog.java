package app.auraworkflows.twofactor;

import java.util.List;

/**
 * Port: the 2FA audit log's rows (implemented in {@code store/}; in the database, so every cluster node writes
 * to and reads the same log). Appending joins a surrounding transaction: an event written while a protected
 * review is refused is committed with that refusal, and disappears with a review that is rolled back and retried.
 */
public interface AuditLog {
    /** Appends {@code event} (its id is ignored; the store assigns one). */
    void append(AuditEvent event);

    /**
     * Events matching the filter, newest first ({@code at} then id, descending).
     *
     * @param usernameLower the user's username, lower-cased (exact match), or null for every user
     * @param outcome       the outcome, or null for every outcome
     */
    List<AuditEvent> find(String usernameLower, AuditOutcome outcome, int start, int limit);

    int count(String usernameLower, AuditOutcome outcome);
}
