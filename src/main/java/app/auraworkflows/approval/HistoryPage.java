package app.auraworkflows.approval;

import java.util.List;

/**
 * A page of a page's history, newest first.
 *
 * @param entries the entries of this page
 * @param total   how many entries the page's history has
 * @param start   offset of the first entry
 * @param limit   page size asked for
 */
public record HistoryPage(List<HistoryEntry> entries, int total, int start, int limit) {
    public HistoryPage {
        entries = List.copyOf(entries);
    }

    /** Whether "Load more" has something to load. */
    public boolean hasMore() {
        return start + entries.size() < total;
    }
}
