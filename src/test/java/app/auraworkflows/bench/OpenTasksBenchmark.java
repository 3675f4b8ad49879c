package app.auraworkflows.bench;

import app.auraworkflows.approval.Actor;
import app.auraworkflows.approval.ApprovalRound;
import app.auraworkflows.approval.ApprovalTransition;
import app.auraworkflows.approval.DefaultPageWorkflowService;
import app.auraworkflows.approval.GroupMembership;
import app.auraworkflows.approval.PageInstance;
import app.auraworkflows.approval.PagePermissions;
import app.auraworkflows.approval.PageWorkflowService;
import app.auraworkflows.approval.Reviewer;
import app.auraworkflows.approval.Reviewers;
import app.auraworkflows.approval.SelectionTransition;
import app.auraworkflows.approval.WorkflowDefinition;
import app.auraworkflows.approval.WorkflowState;
import app.auraworkflows.devhost.ao.DevActiveObjects;
import app.auraworkflows.devhost.ao.DevDatabase;
import app.auraworkflows.kernel.TimeSource;
import app.auraworkflows.store.AoHistoryRepository;
import app.auraworkflows.store.AoOptimisticTransactions;
import app.auraworkflows.store.AoPageInstanceRepository;
import app.auraworkflows.store.AoVoteRepository;
import app.auraworkflows.store.AoWorkflowRepository;
import app.auraworkflows.store.StoreEntities;
import app.auraworkflows.twofactor.Fakes;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
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
 * Benchmark (not a test): the first page of a reviewer's open tasks ({@value PageWorkflowService#TASK_PAGE} tasks, what
 * the Open tasks screen and {@code GET /tasks} ask for) when the reviewer has 10 and 1,000 pending reviews among
 * {@value #PAGES_IN_REVIEW} pages in review, side by side in one run, through the real service and the real Active
 * Objects store (embedded HSQLDB). The ratio should stay near 1: the database orders the reviewer's open rounds and
 * the service reads only a page of them (plus a few it skips), never all of them.
 *
 * <p>The other pages are reviewed by 50 other users, and every 10th page also by a group the reviewer is not in.
 * Page permissions are a stand-in that allows every page (in Confluence a host call per task on the page).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class OpenTasksBenchmark {
    static final int PAGES_IN_REVIEW = 10_000;
    private static final Instant T0 = Instant.parse("2026-11-01T09:00:00Z");

    @Param({"10", "1000"})
    public int pending;

    private DevActiveObjects ao;
    private PageWorkflowService pages;
    private final Actor reviewer = new Actor("key-reviewer", "reviewer", "Rita Reviewer");

    @Setup(Level.Trial)
    public void fill() {
        ao = DevActiveObjects.create(DevDatabase.hsqlInMemory("tasks" + pending + "_" + System.nanoTime()),
                "app.auraworkflows.confluence", StoreEntities.asArray());
        AoWorkflowRepository workflows = new AoWorkflowRepository(ao);
        AoPageInstanceRepository instances = new AoPageInstanceRepository(ao);
        AoOptimisticTransactions transactions = new AoOptimisticTransactions(ao);
        GroupMembership groups = app.auraworkflows.testing.GroupsFromMap.none();
        PagePermissions permissions = new app.auraworkflows.testing.EveryPagePermitted();
        TimeSource time = Clock::systemUTC;
        pages = new DefaultPageWorkflowService(instances, new AoVoteRepository(ao), new AoHistoryRepository(ao), workflows,
                groups, permissions, new Fakes.Directory(), transactions, time, pageId -> java.util.Set.of(),
                pageId -> null);
        WorkflowDefinition definition = new WorkflowDefinition(null, "Bench", "", "in-review",
                List.of(WorkflowState.of("draft", "Draft"), WorkflowState.of("in-review", "In Review"),
                        WorkflowState.of("published", "Published")),
                List.of(new SelectionTransition("submit", "draft", "in-review"),
                        ApprovalTransition.of("review", "in-review", "published", "draft",
                                new Reviewers(List.of("reviewer"), List.of()))));
        long workflowId = workflows.create(definition, T0);
        // The reviewer's pages are spread over the whole range, so their rounds interleave with everyone else's.
        int every = PAGES_IN_REVIEW / pending;
        for (int from = 1; from <= PAGES_IN_REVIEW; from += 500) {
            int start = from;
            transactions.run(() -> {
                for (long page = start; page < start + 500 && page <= PAGES_IN_REVIEW; page++) {
                    Instant opened = T0.plusSeconds(page);
                    Reviewer named = page % every == 0 ? new Reviewer("key-reviewer", "reviewer", "Rita Reviewer")
                            : new Reviewer("key-other" + page % 50, "other" + page % 50, "Other " + page % 50);
                    ApprovalRound round = new ApprovalRound(1, "review", "in-review", "published", "draft", 1, 1, false,
                            false, null, null, List.of(named), page % 10 == 0 ? List.of("legal") : List.of(), opened);
                    instances.insert(new PageInstance(page, workflowId, "in-review", "draft", 1, 1, round, T0,
                            "key-editor", opened, 1, "Eddie Editor"));
                }
                return null;
            });
        }
        if (pages.openTasks(reviewer, null, PageWorkflowService.TASK_PAGE).tasks().size()
                != Math.min(pending, PageWorkflowService.TASK_PAGE)) {
            throw new IllegalStateException("the reviewer should have " + pending + " tasks");
        }
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        ao.close();
    }

    @Benchmark
    public PageWorkflowService.TaskPage firstPageOfTasks() {
        return pages.openTasks(reviewer, null, PageWorkflowService.TASK_PAGE);
    }
}
