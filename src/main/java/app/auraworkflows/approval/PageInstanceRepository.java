package app.auraworkflows.approval;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Port: workflow instances of pages, with their open round's reviewer snapshot (implemented in
 * {@code store/}). Writers call it inside {@link OptimisticTransactions}, after claiming the page's next
 * history sequence number ({@link HistoryRepository#append}).
 */
public interface PageInstanceRepository {
    Optional<PageInstance> find(long pageId);

    /** Instances of these pages (missing pages are left out). */
    Map<Long, PageInstance> findAll(Collection<Long> pageIds);

    /**
     * Inserts the instance of a page that has none. Throws {@link ConcurrentChangeException} when the page
     * got one meanwhile (the page id is UNIQUE).
     */
    void insert(PageInstance instance);

    /** Overwrites the page's instance (state, version, round snapshot and its reviewer rows). */
    void update(PageInstance instance);

    /**
     * The one-time claim that closes round {@code round} of the page. The (page, round) pair is UNIQUE, so
     * a round can be closed once; a second claim throws {@link ConcurrentChangeException}.
     */
    void closeRound(long pageId, int round, RoundClose outcome, long seq, Instant at);

    /** How a round ended. */
    enum RoundClose { APPROVED, REJECTED, LEFT_BY_SELECTION, LEFT_BY_EDIT, REMOVED }

    /**
     * Deletes the page's instance and its open round's reviewer rows (the workflow is removed from the page).
     * History, votes and round closes stay: they are the page's evidence.
     */
    void delete(long pageId);

    /**
     * The highest round number the page has closed (0 if none). A workflow applied again numbers its rounds
     * after it, so votes of an earlier instance never count in a new round.
     */
    int lastClosedRound(long pageId);

    /**
     * Open rounds naming the user (by user key) or one of {@code groupNames} (matched without regard to case, as
     * Confluence matches group names), the most recently opened first (then the higher page id first), starting right
     * after {@code after} (null: from the newest), at most {@code limit} rows. A round that
     * names both the user and a group may come twice. The database orders and seeks, so the first page of a
     * reviewer's tasks costs the same with 10 open rounds as with 1,000.
     */
    List<OpenRoundRef> openRoundsFor(String userKey, Collection<String> groupNames, OpenRoundRef after, int limit);

    /** The states pages using this workflow are in. */
    Set<String> occupiedStates(long workflowId);

    /** How many pages use this workflow. */
    int countUsing(long workflowId);

    /** A page and the number of its open round. */
    record PageRound(long pageId, int round) {
    }

    /**
     * An open round in the order of a reviewer's tasks: when it opened, and its page. Carried in URLs as a token of
     * three numbers ({@code pageId-round-openedAtMillis}), where a page of tasks starts after it.
     */
    record OpenRoundRef(long pageId, int round, Instant openedAt) {
        public PageRound pageRound() {
            return new PageRound(pageId, round);
        }

        public String token() {
            return pageId + "-" + round + "-" + openedAt.toEpochMilli();
        }

        /** The position of a token; empty when it is null or not one of ours (a hand-edited URL). */
        public static java.util.Optional<OpenRoundRef> parse(String token) {
            if (token == null || !token.matches("\\d{1,18}-\\d{1,9}-\\d{1,18}")) {
                return java.util.Optional.empty();
            }
            String[] parts = token.split("-");
            return java.util.Optional.of(new OpenRoundRef(Long.parseLong(parts[0]), Integer.parseInt(parts[1]),
                    Instant.ofEpochMilli(Long.parseLong(parts[2]))));
        }
    }
}
