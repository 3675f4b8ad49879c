package app.auraworkflows.approval;

import java.util.List;

/**
 * Port: the per-page workflow history (implemented in {@code store/}), also the page's concurrency control.
 *
 * <p>Entries of a page are numbered 1, 2, 3, ... and (page, seq) is UNIQUE in the database. A change to a
 * page's workflow reads the instance (version v), decides, and appends its entries as v+1, v+2, ...: if
 * another change appended v+1 first, the insert fails with {@link ConcurrentChangeException} and the whole
 * change is retried on fresh data. So every change is decided on the latest state, and two changes can
 * never both succeed from the same state (compare-and-set via a unique key; no JVM lock).
 */
public interface HistoryRepository {
    /**
     * Appends an entry with its {@code seq}. Throws {@link ConcurrentChangeException} when the page already
     * has (or is concurrently writing) an entry with that number.
     */
    void append(HistoryEntry entry);

    /** Entries of the page, newest first, from {@code start}, at most {@code limit}. */
    List<HistoryEntry> page(long pageId, int start, int limit);

    int count(long pageId);

    /** The highest sequence number the page has used (0 if none): where a new instance's numbering starts. */
    long lastSeq(long pageId);
}
