package app.auraworkflows.approval;

import app.auraworkflows.twofactor.Fakes;
import app.auraworkflows.twofactor.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The approval services over in-memory ports, a movable clock and a small directory of users. */
final class ApprovalFixture {
    static final Instant T0 = Instant.parse("2026-02-02T09:00:00Z");
    static final long PAGE = 4242L;


    final MutableClock clock;
    final ApprovalFakes.SerialTransactions transactions = new ApprovalFakes.SerialTransactions();
    final ApprovalFakes.Workflows workflows = new ApprovalFakes.Workflows();
    final ApprovalFakes.Instances instances = new ApprovalFakes.Instances();
    final ApprovalFakes.Votes votes = new ApprovalFakes.Votes();
    final ApprovalFakes.History history = new ApprovalFakes.History();
    final ApprovalFakes.Groups groups = new ApprovalFakes.Groups();
    final ApprovalFakes.Permissions permissions = new ApprovalFakes.Permissions();
    final Fakes.Directory directory = new Fakes.Directory();
    /** User keys of the page's creator and last editor. */
    final java.util.Set<String> authors = new java.util.HashSet<>();
    /** The pages' current Confluence versions (a page missing here is unknown to the host). */
    final java.util.Map<Long, PageVersions.PageVersion> pageVersions = new java.util.concurrent.ConcurrentHashMap<>();
    ReviewGuard guard = context -> GuardResult.allow(); // verifies no code: protected steps fail closed

    final Actor editor = new Actor("key-editor", "editor", "Eddie Editor");

    ApprovalFixture() {
        this(new MutableClock(T0));
    }

    /** Over {@code clock}: the one clock of the request, shared with the 2FA check a test wires in as the guard. */
    ApprovalFixture(MutableClock clock) {
        this.clock = clock;
        for (String name : List.of("alice", "bob", "carol", "dave", "erin", "frank")) {
            directory.add("key-" + name, name, capitalised(name) + " Reviewer", true);
        }
        directory.add("key-gone", "gone", "Gone User", false);
        directory.add("key-editor", "editor", "Eddie Editor", true);
    }

    static Actor actor(String username) {
        return new Actor("key-" + username, username, capitalised(username) + " Reviewer");
    }

    WorkflowService workflowService() {
        return new DefaultWorkflowService(workflows, instances, transactions, () -> clock, directory, groups);
    }

    PageWorkflowService pageService() {
        return new DefaultPageWorkflowService(instances, votes, history, workflows, groups, permissions, directory,
                transactions, () -> clock, pageId -> java.util.Set.copyOf(authors), pageVersions::get);
    }

    ReviewService reviewService() {
        return new DefaultReviewService(instances, votes, history, workflows, groups, permissions, directory,
                context -> guard.check(context), transactions, () -> clock, pageId -> java.util.Set.copyOf(authors),
                pageVersions::get);
    }

    /** Draft → (submit) → In Review ⇒ approve: Published / reject: Draft, with this approval transition's settings. */
    static WorkflowDefinition reviewWorkflow(Reviewers reviewers, int minApprovals, int minRejections, boolean requireAll) {
        return new WorkflowDefinition(null, "Review", "", "draft",
                List.of(WorkflowState.of("draft", "Draft"), WorkflowState.of("in-review", "In Review"),
                        WorkflowState.of("published", "Published")),
                List.of(new SelectionTransition("submit", "draft", "in-review"),
                        ApprovalTransition.of("review", "in-review", "published", "draft", reviewers)
                                .withThresholds(minApprovals, minRejections, requireAll)));
    }

    /** The same workflow starting in In Review, so applying it opens round 1 at once. */
    static WorkflowDefinition startsInReview(Reviewers reviewers, int minApprovals, int minRejections, boolean requireAll) {
        WorkflowDefinition d = reviewWorkflow(reviewers, minApprovals, minRejections, requireAll);
        return new WorkflowDefinition(null, d.name(), d.description(), "in-review", d.states(), d.transitions());
    }

    long store(WorkflowDefinition definition) {
        return workflows.create(definition, T0);
    }

    /** Stores the workflow and applies it to {@link #PAGE} as the editor. */
    long applyToPage(WorkflowDefinition definition) {
        long id = store(definition);
        ApplyResult applied = pageService().apply(PAGE, id, editor);
        if (applied.outcome() != ApplyResult.Outcome.APPLIED) {
            throw new AssertionError(applied.toString());
        }
        return id;
    }

    ReviewResult vote(String username, String decision) {
        return vote(username, decision, currentRound());
    }

    ReviewResult vote(String username, String decision, int round) {
        clock.advance(Duration.ofSeconds(1));
        return reviewService().review(new ReviewRequest(PAGE, actor(username), decision, "", round));
    }

    int currentRound() {
        return instances.find(PAGE).flatMap(PageInstance::round).map(ApprovalRound::number).orElse(1);
    }

    String state() {
        return instances.find(PAGE).orElseThrow().stateKey();
    }

    long transitions() {
        return history.of(PAGE).stream().filter(e -> e.type() == HistoryEntry.HistoryType.TRANSITION).count();
    }

    private static String capitalised(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
