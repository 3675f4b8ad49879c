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

    /** Pages with an open round in which this user is a named reviewer. */
    List<PageRound> openRoundsNaming(String userKey);

    /** Pages with an open round naming one of these groups. */
    List<PageRound> openRoundsOfGroups(Collection<String> groupNames);

    /** The distinct reviewer group names of all open rounds. */
    Set<String> groupsOfOpenRounds();

    /** The states pages using this workflow are in. */
    Set<String> occupiedStates(long workflowId);

    /** How many pages use this workflow. */
    int countUsing(long workflowId);

    /** A page and the number of its open round. */
    record PageRound(long pageId, int round) {
    }
}
