package app.auraworkflows.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.auraworkflows.approval.HistoryEntry.HistoryType;
import app.auraworkflows.approval.HistoryEntry.TransitionTrigger;
import app.auraworkflows.approval.PageInstanceRepository.RoundClose;
import app.auraworkflows.approval.PageVersions.PageVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Page-edit transitions: an edit (a new page version) moves the page on, once per version, from every kind of state. */
class PageEditTransitionTest {
    private static final long PAGE = ApprovalFixture.PAGE;
    private final ApprovalFixture f = new ApprovalFixture();
    private final PageWorkflowService pages = f.pageService();
    private final Actor dave = ApprovalFixture.actor("dave");

    private void pageAt(int version) {
        f.pageVersions.put(PAGE, new PageVersion(version, dave));
    }

    /** Basic Approval (edits In Review and Published go back to Draft), reviewers alice and bob, one approval each. */
    private long basicApproval() {
        f.groups.add(WorkflowTemplates.REVIEWERS_GROUP, "alice", "bob");
        pageAt(1);
        return f.applyToPage(WorkflowTemplates.basicApproval());
    }

    private HistoryEntry newest() {
        return f.history.page(PAGE, 0, 1).get(0);
    }

    @Test
    void anEditInAStateWithoutAPageEditTransitionLeavesThePageWhereItIs() {
        basicApproval();
        pageAt(2);
        assertEquals(EditOutcome.NO_EDIT_TRANSITION, pages.pageEdited(PAGE, 2, dave));
        assertEquals("draft", f.instances.find(PAGE).orElseThrow().stateKey());
        assertEquals(1, f.history.rows.size(), "nothing recorded");
    }

    @Test
    void anEditInReviewClosesTheOpenRoundItsVotesCountForNothingAndThePageGoesBackToDraft() {
        WorkflowDefinition d = ApprovalFixture.reviewWorkflow(Reviewers.users("alice", "bob"), 2, 2, false);
        List<WorkflowTransition> transitions = new ArrayList<>(d.transitions());
        transitions.add(new EditTransition("edit-in-review", "in-review", "draft"));
        pageAt(1);
        f.applyToPage(new WorkflowDefinition(null, "Two approvals", "", "draft", d.states(), transitions));
        pages.select(PAGE, "submit", f.editor);
        f.vote("alice", "APPROVE");
        assertEquals(1, f.instances.find(PAGE).orElseThrow().openRound().number());
        int votesBefore = f.votes.ofRound(PAGE, 1).size();
        assertEquals(1, votesBefore);

        pageAt(2);
        assertEquals(EditOutcome.TRANSITIONED, pages.pageEdited(PAGE, 2, dave));

        PageInstance instance = f.instances.find(PAGE).orElseThrow();
        assertEquals("draft", instance.stateKey());
        assertNull(instance.openRound());
        assertEquals(2, instance.enteredPageVersion());
        assertEquals(RoundClose.LEFT_BY_EDIT, f.instances.closed.get(PAGE + ":1"));
        assertEquals(votesBefore, f.votes.ofRound(PAGE, 1).size(), "the vote stays in the record");
        assertEquals(ReviewOutcome.NO_PENDING_APPROVAL, f.vote("bob", "APPROVE", 1).outcome(), "round 1 is over");

        HistoryEntry moved = newest();
        assertEquals(HistoryType.TRANSITION, moved.type());
        assertEquals(TransitionTrigger.PAGE_EDIT, moved.trigger());
        assertEquals("key-dave", moved.actorKey(), "the editor is the actor");
        assertEquals(2, moved.pageVersion());
        assertEquals("in-review", moved.fromState());
        assertEquals("draft", moved.toState());
        assertEquals("edit-in-review", moved.transitionKey());
        assertEquals(1, moved.round());
        assertEquals(1, f.history.rows.stream().filter(e -> e.type() == HistoryType.TRANSITION
                && e.trigger() == TransitionTrigger.PAGE_EDIT).count(), "the edit appears once");
    }

    @Test
    void theSameVersionReportedTwiceMovesThePageOnce() {
        basicApproval();
        pages.select(PAGE, "submit", f.editor);
        pageAt(2);
        assertEquals(EditOutcome.TRANSITIONED, pages.pageEdited(PAGE, 2, dave));
        pages.select(PAGE, "submit", f.editor); // re-submitted at version 2
        int entries = f.history.rows.size();

        assertEquals(EditOutcome.ALREADY_SEEN, pages.pageEdited(PAGE, 2, dave), "a late duplicate of version 2");
        assertEquals("in-review", f.instances.find(PAGE).orElseThrow().stateKey());
        assertEquals(entries, f.history.rows.size());
    }

    @Test
    void anEditMadeBeforeThePageEnteredItsStateDoesNotMoveIt() {
        basicApproval();
        pageAt(3); // edited in Draft (no page-edit transition there), then submitted at version 3
        assertEquals(EditOutcome.NO_EDIT_TRANSITION, pages.pageEdited(PAGE, 3, dave));
        pages.select(PAGE, "submit", f.editor);
        assertEquals(3, f.instances.find(PAGE).orElseThrow().enteredPageVersion());

        assertEquals(EditOutcome.ALREADY_SEEN, pages.pageEdited(PAGE, 3, dave), "the event of version 3, late");
        assertEquals(EditOutcome.ALREADY_SEEN, pages.pageEdited(PAGE, 2, dave), "an older version");
        assertEquals("in-review", f.instances.find(PAGE).orElseThrow().stateKey());
        pageAt(4);
        assertEquals(EditOutcome.TRANSITIONED, pages.pageEdited(PAGE, 4, dave));
    }

    @Test
    void anEditAfterApprovalTakesThePageOutOfTheApprovedState() {
        basicApproval();
        pages.select(PAGE, "submit", f.editor);
        f.vote("alice", "APPROVE");
        assertEquals("published", f.instances.find(PAGE).orElseThrow().stateKey());

        pageAt(2);
        assertEquals(EditOutcome.TRANSITIONED, pages.pageEdited(PAGE, 2, dave));
        assertEquals("draft", f.instances.find(PAGE).orElseThrow().stateKey());
        assertNull(newest().round(), "no round was open in Published");
        ApprovalStanding.Standing standing = new ApprovalStanding(f.history).of(PAGE, 2);
        assertFalse(standing.inApprovedState());
        assertEquals(1, standing.lastApproval().round(), "the approval stays on record");
    }

    @Test
    void anEditIntoAnApprovalStateOpensANewRoundWithReviewersResolvedAnew() {
        WorkflowDefinition d = ApprovalFixture.startsInReview(Reviewers.users("alice", "newbie"), 2, 1, false);
        List<WorkflowTransition> transitions = new ArrayList<>(d.transitions());
        transitions.add(new EditTransition("restart", "in-review", "in-review"));
        pageAt(1);
        f.applyToPage(new WorkflowDefinition(null, "Restart on edit", "", "in-review", d.states(), transitions));
        assertEquals(List.of("key-alice"), f.instances.find(PAGE).orElseThrow().openRound().namedReviewers().stream()
                .map(Reviewer::userKey).toList(), "newbie has no account yet");
        f.vote("alice", "APPROVE");
        f.directory.add("key-newbie", "newbie", "New Reviewer", true); // joins before the edit

        pageAt(2);
        assertEquals(EditOutcome.TRANSITIONED, pages.pageEdited(PAGE, 2, dave));
        ApprovalRound round = f.instances.find(PAGE).orElseThrow().openRound();
        assertEquals(2, round.number());
        assertEquals(List.of("key-alice", "key-newbie"), round.namedReviewers().stream().map(Reviewer::userKey).toList());
        assertTrue(ApprovalRules.tally(round, f.votes.ofRound(PAGE, 2)).current().isEmpty(),
                "alice's approval of version 1 does not count in round 2");
    }

    @Test
    void aStoredEditThatWouldSkipATwoFactorApprovalIsNeverTaken() {
        WorkflowDefinition d = ApprovalFixture.startsInReview(Reviewers.users("alice"), 1, 1, false);
        ApprovalTransition protectedStep = ((ApprovalTransition) d.transitions().get(1)).withRequireTwoFactor(true);
        pageAt(1);
        f.applyToPage(new WorkflowDefinition(null, "Shortcut", "", "in-review", d.states(),
                List.of(d.transitions().get(0), protectedStep, new EditTransition("sneak", "in-review", "published"))));
        pageAt(2);
        assertEquals(EditOutcome.NO_EDIT_TRANSITION, pages.pageEdited(PAGE, 2, dave));
        assertEquals("in-review", f.instances.find(PAGE).orElseThrow().stateKey());
    }

    @Test
    void anEditWhoseEventWasLostIsCaughtUpWhenThePageIsNextRead() {
        basicApproval();
        pages.select(PAGE, "submit", f.editor);
        pageAt(2); // saved by dave; the event never arrived

        PageWorkflowStatus status = pages.status(PAGE, f.editor).orElseThrow();
        assertEquals("draft", status.state().key());
        HistoryEntry moved = newest();
        assertEquals(TransitionTrigger.PAGE_EDIT, moved.trigger());
        assertEquals("key-dave", moved.actorKey(), "the version's editor, as the host names them");
        assertEquals(2, moved.pageVersion());
        assertEquals(EditOutcome.ALREADY_SEEN, pages.pageEdited(PAGE, 2, dave), "the late event changes nothing");
    }

    @Test
    void anInstanceThatDoesNotKnowItsEntryVersionWaitsForARealEdit() {
        f.groups.add(WorkflowTemplates.REVIEWERS_GROUP, "alice");
        f.applyToPage(WorkflowTemplates.basicApproval()); // the host did not know the page's version
        pages.select(PAGE, "submit", f.editor);
        assertNull(f.instances.find(PAGE).orElseThrow().enteredPageVersion());
        pageAt(5);
        assertEquals("in-review", pages.status(PAGE, f.editor).orElseThrow().state().key(), "no guess from a read");
        assertEquals(EditOutcome.TRANSITIONED, pages.pageEdited(PAGE, 5, dave));
    }

    @Test
    void aPageWithoutAWorkflowIgnoresEdits() {
        assertEquals(EditOutcome.NO_WORKFLOW, pages.pageEdited(PAGE, 2, dave));
        assertTrue(f.history.rows.isEmpty());
    }

    @Test
    void concurrentReportsOfOneVersionMoveThePageOnce() throws Exception {
        basicApproval();
        pages.select(PAGE, "submit", f.editor);
        pageAt(2);
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<EditOutcome>> outcomes = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<EditOutcome> report = () -> {
                    start.await();
                    return f.pageService().pageEdited(PAGE, 2, dave);
                };
                outcomes.add(pool.submit(report));
            }
            start.countDown();
            List<EditOutcome> results = new ArrayList<>();
            for (Future<EditOutcome> outcome : outcomes) {
                results.add(outcome.get());
            }
            assertEquals(1, results.stream().filter(o -> o == EditOutcome.TRANSITIONED).count(), results.toString());
            assertEquals(threads - 1, results.stream().filter(o -> o == EditOutcome.ALREADY_SEEN).count());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, f.history.rows.stream().filter(e -> e.trigger() == TransitionTrigger.PAGE_EDIT).count());
    }
}
