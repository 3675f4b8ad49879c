package app.auraworkflows.bench;

import app.auraworkflows.approval.Actor;
import app.auraworkflows.approval.ApplyResult;
import app.auraworkflows.approval.ApprovalTransition;
import app.auraworkflows.approval.DefaultPageWorkflowService;
import app.auraworkflows.approval.DefaultReviewService;
import app.auraworkflows.approval.GroupMembership;
import app.auraworkflows.approval.PagePermissions;
import app.auraworkflows.approval.ReviewRequest;
import app.auraworkflows.approval.ReviewResult;
import app.auraworkflows.approval.ReviewService;
import app.auraworkflows.approval.Reviewers;
import app.auraworkflows.approval.SelectionTransition;
import app.auraworkflows.approval.WorkflowDefinition;
import app.auraworkflows.approval.WorkflowState;
import app.auraworkflows.devhost.ao.DevActiveObjects;
import app.auraworkflows.devhost.ao.DevDatabase;
import app.auraworkflows.store.AOHistory;
import app.auraworkflows.store.AOPageInstance;
import app.auraworkflows.store.AoHistoryRepository;
import app.auraworkflows.store.AoOptimisticTransactions;
import app.auraworkflows.store.AoPageInstanceRepository;
import app.auraworkflows.store.AoVoteRepository;
import app.auraworkflows.store.AoWorkflowRepository;
import app.auraworkflows.store.StoreEntities;
import app.auraworkflows.twofactor.Fakes;
import app.auraworkflows.kernel.TimeSource;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark (not a test): the latency of one review (a reviewer changing their vote on an open round) when
 * the page's workflow history holds 10 and 10,000 entries, side by side in one run, through the real review
 * service and the real Active Objects store (embedded HSQLDB). The ratio should stay near 1: the engine reads
 * only the newest history sequence number and appends, it never loads the history.
 *
 * <p>Reviews rotate over {@value #PAGES} pages per setting so that the benchmark's own appends (a few dozen
 * per page) barely change the history sizes being compared. Old entries are bulk-inserted rows of earlier
 * rounds, in the store's own format, with the instance's history counter moved to the newest of them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ReviewLatencyBenchmark {
    static final int PAGES = 100;
    private static final Instant T0 = Instant.parse("2026-11-01T09:00:00Z");

    @Param({"10", "10000"})
    public int historyEntries;

    private DevActiveObjects ao;
    private ReviewService reviews;
    private int next;

    @Setup(Level.Trial)
    public void fill() {
        ao = DevActiveObjects.create(DevDatabase.hsqlInMemory("review" + historyEntries + "_" + System.nanoTime()),
                "app.auraworkflows.confluence", StoreEntities.asArray());
        AoWorkflowRepository workflows = new AoWorkflowRepository(ao);
        AoPageInstanceRepository instances = new AoPageInstanceRepository(ao);
        AoVoteRepository votes = new AoVoteRepository(ao);
        AoHistoryRepository history = new AoHistoryRepository(ao);
        AoOptimisticTransactions transactions = new AoOptimisticTransactions(ao);
        Fakes.Directory directory = new Fakes.Directory().add("key-r0", "r0", "Reviewer 0", true)
                .add("key-r1", "r1", "Reviewer 1", true);
        GroupMembership groups = app.auraworkflows.testing.GroupsFromMap.none();
        PagePermissions permissions = new app.auraworkflows.testing.EveryPagePermitted();
        TimeSource time = () -> Clock.systemUTC();
        DefaultPageWorkflowService pages = new DefaultPageWorkflowService(instances, votes, history, workflows,
                groups, permissions, directory, transactions, time, pageId -> java.util.Set.of(), pageId -> null);
        reviews = new DefaultReviewService(instances, votes, history, workflows, groups, permissions, directory,
                context -> app.auraworkflows.approval.GuardResult.allow(), transactions, time,
                pageId -> java.util.Set.of(), pageId -> null);

        // A round that never closes (thresholds far above two reviewers), so every review is a recorded vote.
        WorkflowDefinition definition = new WorkflowDefinition(null, "Bench", "", "in-review",
                List.of(WorkflowState.of("draft", "Draft"), WorkflowState.of("in-review", "In Review"),
                        WorkflowState.of("published", "Published")),
                List.of(new SelectionTransition("submit", "draft", "in-review"),
                        ApprovalTransition.of("review", "in-review", "published", "draft",
                                new Reviewers(List.of("r0", "r1"), List.of())).withThresholds(1_000_000, 1_000_000, false)));
        long workflowId = workflows.create(definition, T0);
        Actor editor = new Actor("key-editor", "editor", "Eddie Editor");
        for (long page = 1; page <= PAGES; page++) {
            if (pages.apply(page, workflowId, editor).outcome() != ApplyResult.Outcome.APPLIED) {
                throw new IllegalStateException("could not apply the workflow to page " + page);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            long first = history.lastSeq(page) + 1;
            for (int i = 0; rows.size() < historyEntries - 1; i++) {
                Map<String, Object> row = new HashMap<>();
                long seq = first + i;
                row.put("PAGE_SEQ", page + ":" + seq);
                row.put("PAGE_ID", page);
                row.put("SEQ_NO", seq);
                row.put("ENTRY_TYPE", "VOTE");
                row.put("OCCURRED_AT", T0.toEpochMilli() + i);
                row.put("ACTOR_KEY", "key-r0");
                row.put("DECISION", i % 2 == 0 ? "APPROVE" : "REJECT");
                row.put("ROUND_NO", 0);
                row.put("TWO_FACTOR_VERIFIED", false);
                rows.add(row);
            }
            if (!rows.isEmpty()) {
                ao.create(AOHistory.class, rows);
                // The instance's history counter must point at the newest entry, as the engine keeps it.
                for (AOPageInstance instance : ao.find(AOPageInstance.class, "PAGE_ID = ?", page)) {
                    instance.setRowVersion(history.lastSeq(page));
                    instance.save();
                }
            }
        }
        ReviewResult probe = reviews.review(new ReviewRequest(1, new Actor("key-r1", "r1", "Reviewer 1"),
                "APPROVE", "", 1, null, null));
        if (!probe.recorded()) {
            throw new IllegalStateException("the benchmark review is not recorded: " + probe);
        }
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        ao.close();
    }

    @Benchmark
    public ReviewResult reviewOnAnOpenRound() {
        int n = next++;
        long page = 1 + (n % PAGES);
        String decision = (n / PAGES) % 2 == 0 ? "REJECT" : "APPROVE";
        return reviews.review(new ReviewRequest(page, new Actor("key-r1", "r1", "Reviewer 1"), decision, "",
                1, null, null));
    }
}
