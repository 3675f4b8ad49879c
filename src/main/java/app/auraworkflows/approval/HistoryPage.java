package app.auraworkflows.approval;

import java.util.List;
import java.util.Map;

/**
 * A page of a page's history, newest first, with the names of the states its entries name.
 *
 * @param entries    the entries of this page
 * @param total      how many entries the page's history has
 * @param start      offset of the first entry
 * @param limit      page size asked for
 * @param stateNames state key to name, from the page's workflow as it is now (so an old entry reads with a renamed
 *                   state's new name); empty when the page has no workflow any more
 */
public record HistoryPage(List<HistoryEntry> entries, int total, int start, int limit, Map<String, String> stateNames) {
    public HistoryPage {
        entries = List.copyOf(entries);
        stateNames = Map.copyOf(stateNames);
    }

    /** A page whose states are named by their keys. */
    public HistoryPage(List<HistoryEntry> entries, int total, int start, int limit) {
        this(entries, total, start, limit, Map.of());
    }

    /** Whether "Load more" has something to load. */
    public boolean hasMore() {
        return start + entries.size() < total;
    }

    /** The name of a state an entry names: its name in the page's workflow, else its key (a state since deleted). */
    public String stateName(String key) {
        return key == null ? null : stateNames.getOrDefault(key, key);
    }
}
