package app.auraworkflows.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.auraworkflows.approval.Actor;
import app.auraworkflows.approval.ApplyResult;
import app.auraworkflows.approval.ApprovalRound;
import app.auraworkflows.approval.ApprovalTransition;
import app.auraworkflows.approval.ConcurrentChangeException;
import app.auraworkflows.approval.Decision;
import app.auraworkflows.approval.DefaultPageWorkflowService;
import app.auraworkflows.approval.DefaultReviewService;
import app.auraworkflows.approval.GroupMembership;
import app.auraworkflows.approval.HistoryEntry;
import app.auraworkflows.approval.HistoryEntry.HistoryType;
import app.auraworkflows.approval.PageInstance;
import app.auraworkflows.approval.PageInstanceRepository;
import app.auraworkflows.approval.PageInstanceRepository.PageRound;
import app.auraworkflows.approval.PageInstanceRepository.RoundClose;
import app.auraworkflows.approval.PagePermissions;
import app.auraworkflows.approval.PageWorkflowService;
import app.auraworkflows.approval.Reviewer;
import app.auraworkflows.approval.Reviewers;
import app.auraworkflows.approval.ReviewOutcome;
import app.auraworkflows.approval.ReviewRequest;
import app.auraworkflows.approval.RemovalOutcome;
import app.auraworkflows.approval.ReviewResult;
import app.auraworkflows.approval.ReviewService;
import app.auraworkflows.approval.SelectionTransition;
import app.auraworkflows.approval.Vote;
import app.auraworkflows.approval.WorkflowDefinition;
import app.auraworkflows.approval.WorkflowState;
import app.auraworkflows.approval.WorkflowTemplates;
import app.auraworkflows.twofactor.TwoFactorReviewGuard;
import app.auraworkflows.devhost.ao.DevActiveObjects;
import app.auraworkflows.twofactor.TwoFactorFixture;
import app.auraworkflows.twofactor.Fakes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.codec.digest.DigestUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The approval store and services on the REAL Active Objects EntityManager (through {@link DevActiveObjects}),
 * once per database (subclasses; a fresh database per class). Includes the concurrency guarantees: many
 * reviewers voting at the same instant store every vote and transition the page exactly once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ApprovalStoreContractTest {
    static final Instant T0 = Instant.parse("2026-03-03T08:00:00Z");
    static final long PAGE = 77L;

    private TestDatabase testDatabase;
    DevActiveObjects ao;
    AoWorkflowRepository workflows;
    AoPageInstanceRepository instances;
    AoVoteRepository votes;
    AoHistoryRepository history;
    AoOptimisticTransactions transactions;
    final Fakes.Directory directory = new Fakes.Directory();
    final Map<String, Set<String>> members = new HashMap<>();
    /** The pages' current Confluence versions (a page missing here is unknown to the host). */
    final Map<Long, app.auraworkflows.approval.PageVersions.PageVersion> pageVersions =
            new java.util.concurrent.ConcurrentHashMap<>();
    final GroupMembership groups = new app.auraworkflows.testing.GroupsFromMap(members);
    final PagePermissions permissions = new app.auraworkflows.testing.EveryPagePermitted();
    final Actor editor = new Actor("key-editor", "editor", "Eddie Editor");

    abstract TestDatabase openDatabase();

    @BeforeAll
    void openStore() {
        testDatabase = openDatabase();
        ao = DevActiveObjects.create(testDatabase.database(), StoreContractTest.NAMESPACE, StoreEntities.asArray());
        workflows = new AoWorkflowRepository(ao);
        instances = new AoPageInstanceRepository(ao);
        votes = new AoVoteRepository(ao);
        history = new AoHistoryRepository(ao);
        transactions = new AoOptimisticTransactions(ao);
        for (int i = 0; i < 60; i++) {
            directory.add("key-r" + i, "r" + i, "Reviewer " + i, true);
        }
    }

    @AfterAll
    void closeStore() throws Exception {
        if (ao != null) {
            ao.close();
        }
        if (testDatabase != null) {
            testDatabase.close();
        }
    }

    @BeforeEach
    void emptyTables() {
        for (var entity : List.of(AOWorkflow.class, AOPageInstance.class, AORoundReviewer.class, AOVote.class,
                AOHistory.class, AORoundClose.class)) {
            ao.deleteWithSQL(entity, "ID > ?", 0);
        }
        members.clear();
        pageVersions.clear();
    }

    PageWorkflowService pageService() {
        return new DefaultPageWorkflowService(instances, votes, history, workflows, groups, permissions, directory,
                transactions, () -> java.time.Clock.fixed(T0, java.time.ZoneOffset.UTC), pageId -> Set.of(),
                pageVersions::get);
    }

    ReviewService reviewService() {
        return new DefaultReviewService(instances, votes, history, workflows, groups, permissions, directory,
                context -> app.auraworkflows.approval.GuardResult.allow(), transactions, () -> java.time.Clock.fixed(T0, java.time.ZoneOffset.UTC),
                pageId -> Set.of(), pageVersions::get);
    }

    static Actor reviewer(int i) {
        return new Actor("key-r" + i, "r" + i, "Reviewer " + i);
    }

    /** In Review (approval: approve → Published, reject → Draft) is the initial state: applying opens round 1. */
    static WorkflowDefinition inReview(Reviewers reviewers, int minApprovals, int minRejections) {
        return new WorkflowDefinition(null, "Concurrency", "", "in-review",
                List.of(WorkflowState.of("draft", "Draft"), WorkflowState.of("in-review", "In Review"),
                        WorkflowState.of("published", "Published")),
                List.of(new SelectionTransition("submit", "draft", "in-review"),
                        ApprovalTransition.of("review", "in-review", "published", "draft", reviewers)
                                .withThresholds(minApprovals, minRejections, false)));
    }

    static Reviewers firstReviewers(int n) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            names.add("r" + i);
        }
        return new Reviewers(names, List.of());
    }

    long applied(WorkflowDefinition definition) {
        long id = workflows.create(definition, T0);
        assertEquals(ApplyResult.Outcome.APPLIED, pageService().apply(PAGE, id, editor).outcome());
        return id;
    }

    List<HistoryEntry> allHistory() {
        return history.page(PAGE, 0, 100_000);
    }

    long count(List<HistoryEntry> entries, HistoryType type) {
        return entries.stream().filter(e -> e.type() == type).count();
    }

    // ----- "Require 2FA": the TOTP guard's claim and consume inside the review transaction -----

    private long protectedOn(long... pageIds) {
        WorkflowDefinition d = inReview(Reviewers.groups("signers"), 5, 5);
        ApprovalTransition review = ((ApprovalTransition) d.transitions().get(1)).withRequireTwoFactor(true);
        long id = workflows.create(new WorkflowDefinition(null, d.name(), "", d.initialState(), d.states(),
                List.of(d.transitions().get(0), review)), T0);
        for (long pageId : pageIds) {
            assertEquals(ApplyResult.Outcome.APPLIED, pageService().apply(pageId, id, editor).outcome());
        }
        return id;
    }

    private ReviewService guardedReviews(TwoFactorFixture tf) {
        return new DefaultReviewService(instances, votes, history, workflows, groups, permissions, directory,
                new TwoFactorReviewGuard(tf.secondFactor, tf.audit), transactions, tf.time, pageId -> Set.of(),
                pageVersions::get);
    }

    private TwoFactorFixture twoFactor() {
        return new TwoFactorFixture(new AoEnrolmentRepository(ao), new AoUsedStepRepository(ao),
                new AoAttemptLedger(ao), new AoTransactionRunner(ao), new AoAuditLog(ao));
    }

    @Test
    void aProtectedReviewConsumesItsCodeInsideTheReviewAndAReplayOnAnotherPageIsInvalid() {
        TwoFactorFixture tf = twoFactor();
        String alice = tf.activate("alice");
        members.put("signers", Set.of("alice"));
        protectedOn(901L, 902L);
        ReviewService reviews = guardedReviews(tf);
        Actor actor = new Actor(alice, "alice", "Alice Adams");
        String code = tf.codeAtStep(alice, app.auraworkflows.twofactor.TotpVerifier.stepAt(tf.clock.instant()) + 1);

        ReviewResult wrong = reviews.review(new ReviewRequest(901L, actor, "APPROVE", "", 1, tf.wrongCodeNow(alice), 1));
        assertEquals(app.auraworkflows.approval.GuardRefusal.INVALID_CODE, wrong.guardRefusal());
        ReviewResult ok = reviews.review(new ReviewRequest(901L, actor, "APPROVE", "", 1, code, 1,
                "ab".repeat(32), 1));
        assertEquals(ReviewOutcome.RECORDED, ok.outcome());
        assertEquals("ab".repeat(32), history.page(901L, 0, 10).stream()
                .filter(e -> e.type() == HistoryType.VOTE).findFirst().orElseThrow().contentSha256());
        assertTrue(votes.ofRound(901L, 1).get(0).twoFactorVerified());
        ReviewResult replay = reviews.review(new ReviewRequest(902L, actor, "APPROVE", "", 1, code, 1));
        assertEquals(ReviewOutcome.REFUSED_BY_GUARD, replay.outcome());
        assertEquals(app.auraworkflows.approval.GuardRefusal.INVALID_CODE, replay.guardRefusal());
        assertTrue(votes.ofRound(902L, 1).isEmpty());
    }

    @Test
    void oneCodeSubmittedToManyProtectedPagesAtOnceRecordsExactlyOneVoteAndNoError() throws Exception {
        TwoFactorFixture tf = twoFactor();
        String bob = tf.activate("bob");
        members.put("signers", Set.of("bob"));
        int n = 8;
        long[] pages = new long[n];
        for (int i = 0; i < n; i++) {
            pages[i] = 920L + i;
        }
        protectedOn(pages);
        ReviewService reviews = guardedReviews(tf);
        Actor actor = new Actor(bob, "bob", "Bob Brown");
        String code = tf.codeAtStep(bob, app.auraworkflows.twofactor.TotpVerifier.stepAt(tf.clock.instant()) + 1);

        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(n);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<ReviewResult>> futures = new ArrayList<>();
        for (long pageId : pages) {
            futures.add(pool.submit(() -> {
                start.await();
                return reviews.review(new ReviewRequest(pageId, actor, "APPROVE", "", 1, code, 1));
            }));
        }
        start.countDown();
        int recorded = 0;
        int invalid = 0;
        for (java.util.concurrent.Future<ReviewResult> f : futures) {
            ReviewResult r = f.get(60, java.util.concurrent.TimeUnit.SECONDS); // an exception here fails the test
            if (r.outcome() == ReviewOutcome.RECORDED) {
                recorded++;
            } else if (r.guardRefusal() == app.auraworkflows.approval.GuardRefusal.INVALID_CODE) {
                invalid++;
            }
        }
        pool.shutdownNow();
        assertEquals(1, recorded, "one code, one vote");
        assertEquals(n - 1, invalid);
        int stored = 0;
        for (long pageId : pages) {
            stored += votes.ofRound(pageId, 1).size();
        }
        assertEquals(1, stored);
    }

    @Test
    void aProtectedVoteMakesNineMoreStatementsThanAnUnprotectedOneAllForTheSecondFactor() {
        TwoFactorFixture tf = twoFactor();
        String alice = tf.activate("carol");
        members.put("signers", Set.of("carol"));
        protectedOn(931L);
        long plain = workflows.create(inReview(Reviewers.groups("signers"), 5, 5), T0);
        pageService().apply(932L, plain, editor);
        ReviewService reviews = guardedReviews(tf);
        Actor actor = new Actor(alice, "carol", "Carol Cole");
        String code = tf.codeAtStep(alice, app.auraworkflows.twofactor.TotpVerifier.stepAt(tf.clock.instant()) + 1);
        List<String> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        // PostgreSQL reads each new row's id from its sequence first (SELECT NEXTVAL): part of the insert, not counted
        net.java.ao.DatabaseProvider.SqlListener listener = sql -> {
            if (!sql.startsWith("SELECT NEXTVAL")) {
                seen.add(sql);
            }
        };
        ao.entityManager().getProvider().addSqlListener(listener);
        List<String> unprotected;
        try {
            assertEquals(ReviewOutcome.RECORDED, reviews.review(new ReviewRequest(932L, actor, "APPROVE", "", 1)).outcome());
            unprotected = List.copyOf(seen);
            seen.clear();
            assertEquals(ReviewOutcome.RECORDED,
                    reviews.review(new ReviewRequest(931L, actor, "APPROVE", "", 1, code, 1)).outcome());
        } finally {
            ao.entityManager().getProvider().removeSqlListener(listener);
        }
        // The figure the review benchmarks quote as the reason protected costs more: if this changes, so does the text.
        assertEquals(10, unprotected.size(), String.join("\n", unprotected));
        assertEquals(19, seen.size(), String.join("\n", seen));
        assertEquals(List.of(), unprotected.stream().filter(sql -> sql.contains("TFA_")).toList());
        assertEquals(unprotected.size(), seen.stream().filter(sql -> !sql.contains("TFA_")).count(),
                "every extra statement is on the second factor's tables:\n" + String.join("\n", seen));
        // user lock (read, UPDATE), the setup under it, the attempt run's newest, the claim, the newest used steps, the
        // consumption (its prune DELETE comes once in 10 consumptions), the attempts cleared, the last use
        assertEquals(List.of("SELECT TFA_ENROLMENT", "UPDATE TFA_ENROLMENT", "SELECT TFA_ENROLMENT",
                        "SELECT TFA_ATTEMPT", "INSERT TFA_ATTEMPT", "SELECT TFA_USED_STEP", "INSERT TFA_USED_STEP",
                        "DELETE TFA_ATTEMPT", "UPDATE TFA_ENROLMENT"),
                seen.stream().filter(sql -> sql.contains("TFA_")).map(ApprovalStoreContractTest::verbAndTable).toList(),
                String.join("\n", seen));
    }

    /** "SELECT TFA_ENROLMENT" for a statement on the enrolment table (the first word and the first TFA_ table). */
    private static String verbAndTable(String sql) {
        java.util.regex.Matcher table = java.util.regex.Pattern.compile("TFA_[A-Z_]+").matcher(sql);
        return sql.substring(0, sql.indexOf(' ')) + " " + (table.find() ? table.group() : "?");
    }

    /**
     * The shape of the protected-review path below the REST resource: every plugin class with a frame on the stack at
     * one of the review's SQL statements, and the deepest such stack in plugin frames (calls from the review service
     * down to the store). Written to {@code target/protected-review-path.txt} as a figure of the design; asserted
     * only where it is a rule: the path stays in the domain and the store.
     */
    @Test
    void theProtectedReviewPathRunsThroughTheDomainAndTheStoreOnly() throws Exception {
        TwoFactorFixture tf = twoFactor();
        String alice = tf.activate("admin");
        members.put("signers", Set.of("admin"));
        protectedOn(941L);
        ReviewService reviews = guardedReviews(tf);
        Actor actor = new Actor(alice, "admin", "Ada Admin");
        String code = tf.codeAtStep(alice, app.auraworkflows.twofactor.TotpVerifier.stepAt(tf.clock.instant()) + 1);
        java.util.Set<String> classes = new java.util.TreeSet<>();
        int[] deepest = {0};
        List<String> deepestStack = new ArrayList<>();
        net.java.ao.DatabaseProvider.SqlListener listener = sql -> {
            List<String> frames = new ArrayList<>();
            for (StackTraceElement frame : Thread.currentThread().getStackTrace()) {
                String type = frame.getClassName().replaceAll("\\$.*", "");
                if (type.startsWith("app.auraworkflows.") && !type.startsWith("app.auraworkflows.devhost.")
                        && !type.endsWith("Test") && !type.contains(".testing.") && !type.endsWith("Fixture")
                        && !type.endsWith("Fakes") && !frame.getMethodName().startsWith("lambda$")) {
                    classes.add(type.substring("app.auraworkflows.".length()));
                    frames.add(type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethodName());
                }
            }
            synchronized (deepest) {
                if (frames.size() > deepest[0]) {
                    deepest[0] = frames.size();
                    deepestStack.clear();
                    deepestStack.addAll(frames);
                }
            }
        };
        ao.entityManager().getProvider().addSqlListener(listener);
        try {
            assertEquals(ReviewOutcome.RECORDED,
                    reviews.review(new ReviewRequest(941L, actor, "APPROVE", "", 1, code, 1)).outcome());
        } finally {
            ao.entityManager().getProvider().removeSqlListener(listener);
        }
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "protected-review-path.txt"),
                "classes " + classes.size() + ", deepest " + deepest[0] + " plugin calls\n"
                        + String.join("\n", classes) + "\n\ndeepest stack (innermost first):\n"
                        + String.join("\n", deepestStack) + "\n");
        List<String> outside = classes.stream().filter(c -> !c.startsWith("approval.") && !c.startsWith("twofactor.")
                && !c.startsWith("kernel.") && !c.startsWith("store.")).toList();
        assertEquals(List.of(), outside);
        assertTrue(classes.contains("twofactor.SecondFactorCheck"), classes.toString());
    }

    // ----- schema -----

    @Test
    void approvalTablesGetShortAtlassianNames() {
        String hash = DigestUtils.md5Hex(StoreContractTest.NAMESPACE);
        String prefix = "AO_" + hash.substring(hash.length() - 6).toUpperCase(Locale.ROOT) + "_";
        assertEquals(prefix + "WF_DEFINITION", ao.tableName(AOWorkflow.class));
        assertEquals(prefix + "WF_INSTANCE", ao.tableName(AOPageInstance.class));
        assertEquals(prefix + "WF_REVIEWER", ao.tableName(AORoundReviewer.class));
        assertEquals(prefix + "WF_VOTE", ao.tableName(AOVote.class));
        assertEquals(prefix + "WF_HISTORY", ao.tableName(AOHistory.class));
        assertEquals(prefix + "WF_ROUND_CLOSE", ao.tableName(AORoundClose.class));
    }

    @Test
    void theGuaranteesRestOnUniqueIndexesAndLookupsOnIndexes() throws Exception {
        assertTrue(indexColumns(AOPageInstance.class, true).contains("PAGE_ID"));
        assertTrue(indexColumns(AOHistory.class, true).contains("PAGE_SEQ"));
        assertTrue(indexColumns(AOVote.class, true).contains("VOTE_KEY"));
        assertTrue(indexColumns(AORoundClose.class, true).contains("PAGE_ROUND"));
        assertTrue(indexColumns(AOHistory.class, false).containsAll(List.of("PAGE_ID", "SEQ_NO")));
        assertTrue(indexColumns(AOVote.class, false).containsAll(List.of("PAGE_ROUND", "REVIEWER_KEY")));
        assertTrue(indexColumns(AORoundReviewer.class, false).containsAll(List.of("PAGE_ID", "REVIEWER_NAME")));
        assertTrue(indexColumns(AOPageInstance.class, false).contains("WORKFLOW_ID"));
    }

    // ----- repositories -----

    @Test
    void workflowDefinitionsRoundTripThroughTheJsonColumnAndListByName() {
        long basic = workflows.create(WorkflowTemplates.basicApproval(), T0);
        WorkflowDefinition protectedOne = inReview(new Reviewers(List.of("r1", "r2"), List.of("reviewers")), 2, 1);
        ApprovalTransition approval = ((ApprovalTransition) protectedOne.transitions().get(1))
                .withRequireTwoFactor(true).withLabels("Sign off \"now\"", "Send back\nplease");
        WorkflowDefinition stored = new WorkflowDefinition(null, "another", "long ".repeat(500), "in-review",
                protectedOne.states(), List.of(protectedOne.transitions().get(0), approval));
        long other = workflows.create(stored, T0);

        assertEquals(WorkflowTemplates.basicApproval().withId(basic), workflows.find(basic).orElseThrow());
        assertEquals(stored.withId(other), workflows.find(other).orElseThrow());
        assertEquals(List.of(other, basic), workflows.list().stream().map(WorkflowDefinition::id).toList());
        assertEquals(List.of(basic), workflows.idsNamed("BASIC approval"), "by the stored lower-case name");
        assertEquals(List.of(), workflows.idsNamed("Basic"));

        assertTrue(workflows.update(basic, WorkflowTemplates.blank(), T0.plusSeconds(5)));
        assertEquals("Blank", workflows.find(basic).orElseThrow().name());
        assertTrue(workflows.delete(other));
        assertFalse(workflows.delete(other));
        assertTrue(workflows.find(other).isEmpty());
        assertFalse(workflows.update(other, WorkflowTemplates.blank(), T0));
    }

    @Test
    void anInstanceWithAnOpenRoundRoundTripsWithItsReviewerSnapshot() {
        ApprovalRound round = new ApprovalRound(3, "review", "in-review", "published", "draft", 2, 1, true, true,
                "Publish", null, List.of(new Reviewer("key-r1", "r1", "Reviewer 1"), new Reviewer("key-r2", "r2", "Reviewer 2")),
                List.of("reviewers", "Legal"), T0);
        PageInstance instance = new PageInstance(PAGE, 9, "in-review", "draft", 5, 3, round, T0, "key-editor", T0, 4,
                "Eddie Editor");
        transactions.run(() -> {
            instances.insert(instance);
            return null;
        });
        assertEquals(instance, instances.find(PAGE).orElseThrow());
        assertEquals(Map.of(PAGE, instance), instances.findAll(List.of(PAGE, 999L)));
        assertEquals(List.of(new PageInstanceRepository.OpenRoundRef(PAGE, 3, T0)),
                instances.openRoundsFor("key-r2", List.of(), null, 10));
        assertEquals(List.of(new PageInstanceRepository.OpenRoundRef(PAGE, 3, T0)),
                instances.openRoundsFor("nobody", List.of("legal", "other"), null, 10));
        assertEquals(2, instances.openRoundsFor("key-r2", List.of("legal"), null, 10).size(),
                "named and by a group: both rows, the service drops the second");
        assertEquals(List.of(new PageInstanceRepository.OpenRoundRef(PAGE, 3, T0)),
                instances.openRoundsFor("nobody", List.of("LEGAL"), null, 10), "group names match without regard to case");
        assertEquals(Set.of("in-review"), instances.occupiedStates(9));
        assertEquals(1, instances.countUsing(9));

        PageInstance published = new PageInstance(PAGE, 9, "published", "in-review", 7, 3, null, T0, "key-editor",
                T0.plusSeconds(60), 6, "Reviewer 1", true);
        transactions.run(() -> {
            instances.update(published);
            return null;
        });
        assertEquals(published, instances.find(PAGE).orElseThrow());
        assertTrue(instances.openRoundsFor("key-r2", List.of("legal"), null, 10).isEmpty(),
                "reviewer rows leave with the round");
    }

    @Test
    void aRoundOpenedBeforeTheReviewersWereCopiedOntoTheInstanceReadsThemFromTheReviewerRows() {
        ApprovalRound round = new ApprovalRound(2, "review", "in-review", "published", "draft", 1, 1, false, false,
                null, null, List.of(new Reviewer("key-r1", "r1", "Reviewer 1")), List.of("legal"), T0);
        PageInstance instance = new PageInstance(PAGE, 9, "in-review", "draft", 3, 2, round, T0, "key-editor", T0, 4,
                "Eddie Editor");
        PageInstance other = new PageInstance(PAGE + 1, 9, "in-review", "draft", 3, 2, round, T0, "key-editor", T0, 4,
                "Eddie Editor");
        transactions.run(() -> {
            instances.insert(instance);
            instances.insert(other);
            return null;
        });
        // as a previous model version left it: no copy on the row, or a copy from an earlier round
        AOPageInstance[] rows = ao.find(AOPageInstance.class, net.java.ao.Query.select().where("PAGE_ID IN (?,?)",
                PAGE, PAGE + 1));
        for (AOPageInstance row : rows) {
            row.setRoundReviewers(row.getPageId() == PAGE ? null
                    : RoundReviewersText.encode(1, List.of(new Reviewer("key-old", "old", "Old")), List.of()));
            row.save();
        }
        assertEquals(instance, instances.find(PAGE).orElseThrow());
        assertEquals(other, instances.find(PAGE + 1).orElseThrow());
        assertEquals(Map.of(PAGE, instance, PAGE + 1, other), instances.findAll(List.of(PAGE, PAGE + 1)));
    }

    @Test
    void readingAPageInReviewIsOneStatement() {
        ApprovalRound round = new ApprovalRound(1, "review", "in-review", "published", "draft", 1, 1, false, true,
                null, null, List.of(new Reviewer("key-r1", "r1", "Reviewer 1"), new Reviewer("key-r2", "r2", "R 2")),
                List.of("legal"), T0);
        PageInstance instance = new PageInstance(PAGE, 9, "in-review", "draft", 3, 1, round, T0, "key-editor", T0, 4,
                "Eddie Editor");
        transactions.run(() -> {
            instances.insert(instance);
            return null;
        });
        java.util.concurrent.atomic.AtomicInteger statements = new java.util.concurrent.atomic.AtomicInteger();
        net.java.ao.DatabaseProvider.SqlListener count = sql -> statements.incrementAndGet();
        ao.entityManager().getProvider().addSqlListener(count);
        try {
            assertEquals(instance, instances.find(PAGE).orElseThrow());
        } finally {
            ao.entityManager().getProvider().removeSqlListener(count);
        }
        assertEquals(1, statements.get(), "the instance and its round's reviewers in one read");
    }

    @Test
    void openRoundsComeNewestFirstThenByPageAndSeekPastAPosition() {
        List<Long> pages = List.of(501L, 502L, 503L, 504L, 505L);
        for (int i = 0; i < pages.size(); i++) {
            Instant opened = T0.plusSeconds(i < 2 ? 0 : i); // 501 and 502 opened at the same moment
            ApprovalRound round = new ApprovalRound(1, "review", "in-review", "published", "draft", 1, 1, false, false,
                    null, null, List.of(new Reviewer("key-r1", "r1", "Reviewer 1")), List.of(), opened);
            PageInstance instance = new PageInstance(pages.get(i), 9, "in-review", "draft", 1, 1, round, T0, "key-e",
                    opened, 1, "E");
            transactions.run(() -> {
                instances.insert(instance);
                return null;
            });
        }
        List<PageInstanceRepository.OpenRoundRef> all = instances.openRoundsFor("key-r1", List.of(), null, 10);
        assertEquals(List.of(505L, 504L, 503L, 502L, 501L), all.stream().map(PageInstanceRepository.OpenRoundRef::pageId).toList());
        assertEquals(List.of(503L, 502L), instances.openRoundsFor("key-r1", List.of(), all.get(1), 2).stream()
                .map(PageInstanceRepository.OpenRoundRef::pageId).toList());
        assertEquals(List.of(501L), instances.openRoundsFor("key-r1", List.of(), all.get(3), 2).stream()
                .map(PageInstanceRepository.OpenRoundRef::pageId).toList(), "the tie on the time is broken by page id, higher first");
        assertEquals(T0.plusSeconds(4), all.get(0).openedAt());
    }

    @Test
    void aPageGetsOneInstanceAndARoundClosesOnce() {
        PageInstance instance = new PageInstance(PAGE, 1, "draft", null, 1, 0, null, T0, "key-editor", T0, null, null);
        transactions.run(() -> {
            instances.insert(instance);
            return null;
        });
        assertThrows(ConcurrentChangeException.class, () -> ao.executeInTransaction(() -> {
            instances.insert(instance);
            return null;
        }));
        ao.executeInTransaction(() -> {
            instances.closeRound(PAGE, 1, RoundClose.APPROVED, 2, T0);
            return null;
        });
        assertThrows(ConcurrentChangeException.class, () -> ao.executeInTransaction(() -> {
            instances.closeRound(PAGE, 1, RoundClose.REJECTED, 3, T0);
            return null;
        }));
        assertEquals(1, ao.count(AORoundClose.class));
    }

    @Test
    void votesAreRowsNeverOverwrittenAndVotedInFindsTheUsersRounds() {
        Vote first = new Vote(PAGE, 1, 2, "key-r1", "r1", "Reviewer 1", Decision.APPROVE, "looks good", T0, true,
                List.of(), false, null);
        Vote changed = new Vote(PAGE, 1, 3, "key-r1", "r1", "Reviewer 1", Decision.REJECT, "", T0.plusSeconds(1), false,
                List.of("reviewers", "legal"), true, 12);
        votes.insert(first);
        votes.insert(changed);
        assertThrows(ConcurrentChangeException.class, () -> votes.insert(first));
        assertEquals(List.of(first, changed), votes.ofRound(PAGE, 1));
        assertEquals(List.of(), votes.ofRound(PAGE, 2));
        assertEquals(Set.of(new PageRound(PAGE, 1)),
                votes.votedIn("key-r1", List.of(new PageRound(PAGE, 1), new PageRound(PAGE, 2), new PageRound(5, 1))));
        assertEquals(Set.of(), votes.votedIn("key-r2", List.of(new PageRound(PAGE, 1))));
    }

    @Test
    void historyEntriesRoundTripAndTheSequenceNumberIsAClaim() {
        Actor alice = reviewer(1);
        HistoryEntry applied = HistoryEntry.applied(PAGE, 1, T0, editor, 4, "draft");
        HistoryEntry vote = HistoryEntry.vote(new Vote(PAGE, 1, 2, alice.userKey(), alice.username(), alice.fullName(),
                Decision.REJECT, "not yet: \u00e9t\u00e9 \"quoted\"", T0.plusSeconds(1), true, List.of(), true, 3,
                "0123456789abcdef".repeat(4)));
        HistoryEntry moved = HistoryEntry.transition(PAGE, 3, T0.plusSeconds(1), alice, "in-review", "draft",
                HistoryEntry.TransitionTrigger.REJECTION, "review", 1);
        history.append(applied);
        history.append(vote);
        history.append(moved);
        assertThrows(ConcurrentChangeException.class,
                () -> history.append(HistoryEntry.applied(PAGE, 2, T0, editor, 4, "draft")));
        assertEquals(List.of(moved, vote, applied), history.page(PAGE, 0, 10));
        assertEquals("0123456789abcdef".repeat(4), history.page(PAGE, 1, 1).get(0).contentSha256());
        assertEquals(List.of(vote), history.page(PAGE, 1, 1));
        assertEquals(3, history.count(PAGE));
        assertEquals(3, history.lastSeq(PAGE));
        assertEquals(0, history.lastSeq(PAGE + 1));
    }

    @Test
    void historyPagesAreCorrectWithTenThousandEntriesOnAPage() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 1; i <= 10_000; i++) {
            Map<String, Object> row = new HashMap<>();
            row.put("PAGE_SEQ", PAGE + ":" + i);
            row.put("PAGE_ID", PAGE);
            row.put("SEQ_NO", (long) i);
            row.put("ENTRY_TYPE", "VOTE");
            row.put("OCCURRED_AT", T0.toEpochMilli() + i);
            row.put("ACTOR_KEY", "key-r" + (i % 50));
            row.put("DECISION", "APPROVE");
            row.put("ROUND_NO", i / 50 + 1);
            row.put("TWO_FACTOR_VERIFIED", false);
            rows.add(row);
        }
        ao.create(AOHistory.class, rows);

        // Speed is measured by a benchmark, side by side; here only the paging answers are checked.
        assertEquals(10_000, history.count(PAGE));
        assertEquals(10_000, history.page(PAGE, 0, 20).get(0).seq(), "newest first");
        assertEquals(20, history.page(PAGE, 0, 20).size());
        assertEquals(5_000, history.page(PAGE, 5_000, 20).get(0).seq());
        assertEquals(10_000, history.lastSeq(PAGE));
    }

    // ----- the services on the real database -----

    @Test
    void aReviewCycleOnTheRealDatabase() {
        members.put("reviewers", Set.of("r5"));
        long id = workflows.create(WorkflowTemplates.basicApproval(), T0);
        assertEquals(ApplyResult.Outcome.APPLIED, pageService().apply(PAGE, id, editor).outcome());
        assertEquals(ApplyResult.Outcome.ALREADY_APPLIED, pageService().apply(PAGE, id, editor).outcome());
        pageService().select(PAGE, "submit", editor);

        assertEquals(ReviewOutcome.NOT_A_REVIEWER,
                reviewService().review(new ReviewRequest(PAGE, reviewer(6), "APPROVE", "", 1)).outcome());
        assertEquals(ReviewOutcome.STALE_ROUND,
                reviewService().review(new ReviewRequest(PAGE, reviewer(5), "APPROVE", "", 2)).outcome());
        ReviewResult rejected = reviewService().review(new ReviewRequest(PAGE, reviewer(5), "REJECT", "fix typos", 1));
        assertTrue(rejected.transitioned());
        assertEquals("draft", rejected.state().key());

        pageService().select(PAGE, "submit", editor);
        assertEquals(1, pageService().openTasks(reviewer(5), 10).size());
        ReviewResult approved = reviewService().review(new ReviewRequest(PAGE, reviewer(5), "APPROVE", "", 2));
        assertEquals("published", approved.state().key());
        assertTrue(pageService().openTasks(reviewer(5), 10).isEmpty());

        List<String> types = allHistory().stream()
                .map(e -> e.type() + (e.trigger() == null ? "" : ":" + e.trigger())).toList();
        assertEquals(List.of("TRANSITION:APPROVAL", "VOTE", "TRANSITION:SELECTION", "TRANSITION:REJECTION", "VOTE",
                "TRANSITION:SELECTION", "APPLIED"), types);
        assertEquals(List.of(7L, 6L, 5L, 4L, 3L, 2L, 1L), allHistory().stream().map(HistoryEntry::seq).toList());
        assertEquals(7, instances.find(PAGE).orElseThrow().version());
        assertEquals(2, ao.count(AORoundClose.class));
        assertNull(instances.find(PAGE).orElseThrow().openRound());
    }

    @Test
    void fiftyReviewersVotingAtOnceWithMinApprovalsFiftyStoreFiftyVotesAndTransitionOnce() throws Exception {
        applied(inReview(firstReviewers(50), 50, 1));

        List<ReviewResult> results = StoreContractTest.race(50,
                i -> reviewService().review(new ReviewRequest(PAGE, reviewer(i), "APPROVE", "ok " + i, 1)));

        assertTrue(results.stream().allMatch(ReviewResult::recorded), results.toString());
        assertEquals(1, results.stream().filter(ReviewResult::transitioned).count());
        assertEquals(50, votes.ofRound(PAGE, 1).size());
        assertEquals(50, votes.ofRound(PAGE, 1).stream().map(Vote::reviewerKey).distinct().count());
        List<HistoryEntry> entries = allHistory();
        assertEquals(50, count(entries, HistoryType.VOTE));
        assertEquals(1, count(entries, HistoryType.TRANSITION));
        assertEquals("published", instances.find(PAGE).orElseThrow().stateKey());
        assertEquals(1, ao.count(AORoundClose.class));
        assertSequenceHasNoGaps(entries);
    }

    @Test
    void manyConcurrentVotesCrossingAThresholdTransitionOnceAndLoseNoVote() throws Exception {
        applied(inReview(firstReviewers(40), 5, 30));

        List<ReviewResult> results = StoreContractTest.race(40,
                i -> reviewService().review(new ReviewRequest(PAGE, reviewer(i), i % 4 == 0 ? "REJECT" : "APPROVE", "", 1)));

        long recorded = results.stream().filter(ReviewResult::recorded).count();
        assertEquals(1, results.stream().filter(ReviewResult::transitioned).count());
        for (ReviewResult r : results) {
            assertTrue(r.recorded() || r.outcome() == ReviewOutcome.NO_PENDING_APPROVAL, r.toString());
        }
        // no lost vote: every accepted vote is stored, nothing refused is stored
        assertEquals(recorded, votes.ofRound(PAGE, 1).size());
        List<HistoryEntry> entries = allHistory();
        assertEquals(recorded, count(entries, HistoryType.VOTE));
        assertEquals(1, count(entries, HistoryType.TRANSITION));
        // the round closed at exactly the 5th approval: votes after it were refused, not counted
        assertEquals(5, votes.ofRound(PAGE, 1).stream().filter(v -> v.decision() == Decision.APPROVE).count());
        assertEquals("published", instances.find(PAGE).orElseThrow().stateKey());
        assertSequenceHasNoGaps(entries);
    }

    @Test
    void concurrentVoteChangesKeepOneCurrentVotePerReviewerAndEveryVoteInHistory() throws Exception {
        applied(inReview(firstReviewers(10), 11, 11)); // thresholds out of reach: the round stays open

        List<ReviewResult> results = StoreContractTest.race(30,
                i -> reviewService().review(new ReviewRequest(PAGE, reviewer(i % 10), i < 10 ? "APPROVE" : "REJECT", "", 1)));

        assertTrue(results.stream().allMatch(ReviewResult::recorded));
        assertEquals(30, votes.ofRound(PAGE, 1).size());
        assertEquals(30, count(allHistory(), HistoryType.VOTE));
        var status = pageService().status(PAGE, null).orElseThrow().approval();
        assertEquals(10, status.approvals() + status.rejections());
        assertEquals(10, status.reviewers().size());
    }

    @Test
    void aSelectionRacingWithClosingVotesMovesThePageOnce() throws Exception {
        WorkflowDefinition d = inReview(firstReviewers(20), 1, 1);
        List<app.auraworkflows.approval.WorkflowTransition> transitions = new ArrayList<>(d.transitions());
        transitions.add(new SelectionTransition("withdraw", "in-review", "draft"));
        applied(new WorkflowDefinition(null, d.name(), "", d.initialState(), d.states(), transitions));

        List<Object> results = StoreContractTest.race(21, i -> i == 20
                ? pageService().select(PAGE, "withdraw", editor)
                : reviewService().review(new ReviewRequest(PAGE, reviewer(i), "APPROVE", "", 1)));

        List<HistoryEntry> entries = allHistory();
        assertEquals(1, count(entries, HistoryType.TRANSITION), "the selection or one vote, never both");
        assertEquals(1, ao.count(AORoundClose.class));
        long recorded = results.stream().filter(r -> r instanceof ReviewResult rr && rr.recorded()).count();
        assertEquals(recorded, count(entries, HistoryType.VOTE));
        assertEquals(recorded, votes.ofRound(PAGE, 1).size());
        String state = instances.find(PAGE).orElseThrow().stateKey();
        assertEquals(recorded == 1 ? "published" : "draft", state);
        assertTrue(recorded <= 1);
        assertSequenceHasNoGaps(entries);
    }

    @Test
    void removingAndAddingAWorkflowAgainOnTheRealDatabaseKeepsTheHistoryAndNumbersRoundsOn() {
        members.put("reviewers", Set.of("r5", "r6"));
        long id = workflows.create(WorkflowTemplates.basicApproval(), T0);
        pageService().apply(PAGE, id, editor);
        pageService().select(PAGE, "submit", editor);

        assertEquals(RemovalOutcome.REMOVED, pageService().remove(PAGE, editor));
        assertTrue(instances.find(PAGE).isEmpty());
        assertEquals(0, ao.count(AORoundReviewer.class), "the open round's reviewer rows go with the instance");
        assertEquals(1, instances.lastClosedRound(PAGE));
        assertEquals(RemovalOutcome.NO_WORKFLOW, pageService().remove(PAGE, editor));

        assertEquals(ApplyResult.Outcome.APPLIED, pageService().apply(PAGE, id, editor).outcome());
        pageService().select(PAGE, "submit", editor);
        assertEquals(2, instances.find(PAGE).orElseThrow().openRound().number());
        ReviewResult approved = reviewService().review(new ReviewRequest(PAGE, reviewer(5), "APPROVE", "", 2));
        assertEquals("published", approved.state().key());

        List<String> types = allHistory().stream().map(e -> e.type().name()).toList();
        assertEquals(List.of("TRANSITION", "VOTE", "TRANSITION", "APPLIED", "REMOVED", "TRANSITION", "APPLIED"), types);
        assertSequenceHasNoGaps(allHistory());
        assertEquals(2, ao.count(AORoundClose.class));
    }

    @Test
    void aRemovalRacingWithClosingVotesEitherRemovesAnOpenRoundOrFollowsTheTransition() throws Exception {
        applied(inReview(firstReviewers(20), 1, 1));

        List<Object> results = StoreContractTest.race(21, i -> i == 20
                ? pageService().remove(PAGE, editor)
                : reviewService().review(new ReviewRequest(PAGE, reviewer(i), "APPROVE", "", 1)));

        List<HistoryEntry> entries = allHistory();
        assertEquals(RemovalOutcome.REMOVED, results.get(20), "a removal is retried, never lost");
        assertTrue(instances.find(PAGE).isEmpty());
        assertEquals(1, count(entries, HistoryType.REMOVED));
        assertEquals(1, ao.count(AORoundClose.class), "round 1 closed once: by a vote or by the removal");
        long recorded = results.stream().filter(r -> r instanceof ReviewResult rr && rr.recorded()).count();
        assertTrue(recorded <= 1);
        assertEquals(recorded, count(entries, HistoryType.VOTE));
        assertSequenceHasNoGaps(entries);
    }

    @Test
    void oneEditReportedManyTimesAtOnceMovesThePageOnceAndRacingVotesNeverCountAfterIt() throws Exception {
        members.put("reviewers", Set.of("r1", "r2", "r3"));
        pageVersions.put(PAGE, new app.auraworkflows.approval.PageVersions.PageVersion(1, editor));
        long id = workflows.create(WorkflowTemplates.basicApproval(), T0);
        pageService().apply(PAGE, id, editor);
        pageService().select(PAGE, "submit", editor);
        pageVersions.put(PAGE, new app.auraworkflows.approval.PageVersions.PageVersion(2, editor));

        // The same version reported by 12 deliveries (two nodes, duplicates) racing three reviewers' votes.
        List<Object> results = StoreContractTest.race(15, i -> i < 12
                ? pageService().pageEdited(PAGE, 2, editor)
                : reviewService().review(new ReviewRequest(PAGE, reviewer(i - 11), "APPROVE", "", 1)));

        List<HistoryEntry> entries = allHistory();
        long edits = entries.stream().filter(e -> e.trigger() == HistoryEntry.TransitionTrigger.PAGE_EDIT).count();
        long approvals = entries.stream().filter(e -> e.trigger() == HistoryEntry.TransitionTrigger.APPROVAL).count();
        assertEquals(1, ao.count(AORoundClose.class), "round 1 closed once: by the edit or by an approval");
        assertEquals(results.subList(0, 12).stream().filter(r -> r == app.auraworkflows.approval.EditOutcome.TRANSITIONED)
                .count(), edits);
        assertTrue(edits <= 1, "the edit moved the page at most once: " + results);
        PageInstance instance = instances.find(PAGE).orElseThrow();
        if (approvals == 0) {
            assertEquals(1, edits);
            assertEquals("draft", instance.stateKey());
            assertEquals(2, instance.enteredPageVersion());
        } else {
            // A vote closed the round first, with the page already at version 2: Published was entered at version 2,
            // so that edit is older than the entry and moves nothing.
            assertEquals(1, approvals);
            assertEquals(0, edits);
            assertEquals("published", instance.stateKey());
            assertEquals(2, instance.enteredPageVersion());
        }
        assertEquals(app.auraworkflows.approval.EditOutcome.ALREADY_SEEN, pageService().pageEdited(PAGE, 2, editor));
        assertSequenceHasNoGaps(entries);
    }

    private static void assertSequenceHasNoGaps(List<HistoryEntry> newestFirst) {
        for (int i = 0; i < newestFirst.size(); i++) {
            assertEquals(newestFirst.size() - i, newestFirst.get(i).seq());
        }
    }

    private Set<String> indexColumns(Class<? extends net.java.ao.RawEntity<?>> entity, boolean uniqueOnly)
            throws Exception {
        return testDatabase.indexColumns(ao.tableName(entity), uniqueOnly);
    }
}
