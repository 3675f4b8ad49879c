package app.auraworkflows.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.auraworkflows.approval.HistoryEntry.HistoryType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Applying and removing workflows, the panel's status, selection transitions, history paging and open tasks. */
class PageWorkflowServiceTest {
    private static final long PAGE = ApprovalFixture.PAGE;
    private final ApprovalFixture f = new ApprovalFixture();
    private final PageWorkflowService pages = f.pageService();

    @Test
    void applyingEntersTheInitialStateAndRecordsApplied() {
        long id = f.store(WorkflowTemplates.basicApproval());
        ApplyResult result = pages.apply(PAGE, id, f.editor);
        assertEquals(ApplyResult.Outcome.APPLIED, result.outcome());
        assertEquals(new StateView("draft", "Draft", "#6B778C", false), result.state());
        PageInstance instance = f.instances.find(PAGE).orElseThrow();
        assertEquals("draft", instance.stateKey());
        assertNull(instance.openRound());
        assertEquals(1, instance.version());
        HistoryEntry applied = f.history.rows.get(0);
        assertEquals(HistoryType.APPLIED, applied.type());
        assertEquals(id, applied.workflowId());
        assertEquals("key-editor", applied.actorKey());
    }

    @Test
    void applyingIsForEditorsForExistingWorkflowsAndOncePerPage() {
        long id = f.store(WorkflowTemplates.basicApproval());
        f.permissions.denyEdit(PAGE, "key-alice");
        assertEquals(ApplyResult.Outcome.NOT_PERMITTED, pages.apply(PAGE, id, ApprovalFixture.actor("alice")).outcome());
        assertEquals(ApplyResult.Outcome.WORKFLOW_NOT_FOUND, pages.apply(PAGE, 999, f.editor).outcome());
        assertTrue(f.history.rows.isEmpty());
        assertEquals(ApplyResult.Outcome.APPLIED, pages.apply(PAGE, id, f.editor).outcome());
        assertEquals(ApplyResult.Outcome.ALREADY_APPLIED, pages.apply(PAGE, id, f.editor).outcome());
        assertEquals(1, f.history.rows.size());
    }

    @Test
    void onlyASpaceOrConfluenceAdministratorMayRemoveAndOnlyAnExistingWorkflow() {
        long id = f.store(WorkflowTemplates.basicApproval());
        assertEquals(RemovalOutcome.NOT_PERMITTED, pages.remove(PAGE, f.editor), "nobody may remove by default");
        f.permissions.allowRemove(PAGE, "key-admin");
        assertEquals(RemovalOutcome.NO_WORKFLOW, pages.remove(PAGE, ApprovalFixture.actor("admin")));
        pages.apply(PAGE, id, f.editor);
        assertEquals(RemovalOutcome.NOT_PERMITTED, pages.remove(PAGE, f.editor), "an editor is not enough");
        assertTrue(f.instances.find(PAGE).isPresent());
        assertFalse(pages.status(PAGE, f.editor).orElseThrow().viewerCanRemove());
        assertTrue(pages.status(PAGE, ApprovalFixture.actor("admin")).orElseThrow().viewerCanRemove());
        assertEquals(1, f.history.rows.size(), "refusals record nothing");
    }

    @Test
    void theHistoryNamesItsStatesAsThePagesWorkflowNamesThemNowAndAGoneStateByItsKey() {
        long id = f.applyToPage(ApprovalFixture.startsInReview(Reviewers.users("alice", "bob"), 1, 1, false));
        WorkflowDefinition d = f.workflows.find(id).orElseThrow();
        List<WorkflowState> renamed = d.states().stream()
                .map(st -> st.key().equals("in-review") ? WorkflowState.of("in-review", "Legal review") : st).toList();
        f.workflows.update(id, new WorkflowDefinition(id, d.name(), d.description(), d.initialState(), renamed,
                d.transitions()), f.clock.instant());

        HistoryPage history = pages.history(PAGE, 0, 10);
        assertEquals("Legal review", history.stateName("in-review"), "an old entry reads with the state's new name");
        assertEquals("Published", history.stateName("published"));
        assertEquals("archived", history.stateName("archived"), "a state the workflow no longer has: its key");
        assertEquals("archived", new HistoryPage(List.of(), 0, 0, 10).stateName("archived"));
    }

    @Test
    void removingClosesTheOpenRoundRecordsRemovedAndKeepsTheHistory() {
        f.applyToPage(ApprovalFixture.startsInReview(Reviewers.users("alice", "bob"), 2, 2, false));
        f.vote("alice", "APPROVE");
        f.permissions.allowRemove(PAGE, "key-admin");

        assertEquals(RemovalOutcome.REMOVED, pages.remove(PAGE, ApprovalFixture.actor("admin")));
        java.time.Instant removedAt = f.clock.instant();

        assertTrue(pages.status(PAGE, f.editor).isEmpty(), "the page has no workflow any more");
        assertEquals(PageInstanceRepository.RoundClose.REMOVED, f.instances.closed.get(PAGE + ":1"));
        assertEquals(ReviewOutcome.NO_PENDING_APPROVAL, f.vote("bob", "APPROVE", 1).outcome());
        HistoryPage history = pages.history(PAGE, 0, 10);
        assertEquals(3, history.total(), "APPLIED, alice's VOTE, REMOVED");
        HistoryEntry removed = history.entries().get(0);
        assertEquals(HistoryType.REMOVED, removed.type());
        assertEquals("key-admin", removed.actorKey());
        assertEquals(removedAt, removed.at(), "when: the time of removal");
        assertEquals("in-review", removed.fromState());
        assertEquals(1, removed.round());
        assertEquals(HistoryType.VOTE, history.entries().get(1).type());
    }

    @Test
    void aWorkflowAddedAgainStartsInItsInitialStateWithANewRoundAndOldVotesCountForNothing() {
        long id = f.applyToPage(ApprovalFixture.startsInReview(Reviewers.users("alice", "bob"), 2, 2, false));
        f.vote("alice", "APPROVE");
        f.permissions.allowRemove(PAGE, "key-admin");
        pages.remove(PAGE, ApprovalFixture.actor("admin"));

        assertEquals(ApplyResult.Outcome.APPLIED, pages.apply(PAGE, id, f.editor).outcome());

        PageInstance again = f.instances.find(PAGE).orElseThrow();
        assertEquals("in-review", again.stateKey());
        assertEquals(2, again.openRound().number(), "round numbers continue after the removed instance");
        assertEquals(0, pages.status(PAGE, f.editor).orElseThrow().approval().approvals(),
                "alice's vote belonged to the removed instance");
        assertEquals(ReviewOutcome.STALE_ROUND, f.vote("bob", "APPROVE", 1).outcome());
        List<HistoryType> types = pages.history(PAGE, 0, 10).entries().stream().map(HistoryEntry::type).toList();
        assertEquals(List.of(HistoryType.APPLIED, HistoryType.REMOVED, HistoryType.VOTE, HistoryType.APPLIED), types);
        assertEquals(4, f.history.rows.get(f.history.rows.size() - 1).seq(), "numbering continues the page's history");
    }

    @Test
    void anInitialApprovalStateOpensRoundOneOnApply() {
        f.applyToPage(ApprovalFixture.startsInReview(Reviewers.users("alice"), 1, 1, false));
        ApprovalRound round = f.instances.find(PAGE).orElseThrow().openRound();
        assertEquals(1, round.number());
        assertEquals(ApprovalFixture.T0, round.openedAt());
    }

    @Test
    void statusShowsStatesReviewersVotesThresholdsAndTheViewersOptions() {
        f.groups.add("writers", "dave", "erin");
        WorkflowDefinition d = ApprovalFixture.startsInReview(new Reviewers(List.of("alice", "bob"), List.of("writers")),
                2, 2, false);
        ApprovalTransition review = ((ApprovalTransition) d.transitions().get(1)).withLabels("Publish", "Send back")
                .withRequireTwoFactor(false);
        long id = f.applyToPage(new WorkflowDefinition(null, "Review", "", "in-review", d.states(),
                List.of(d.transitions().get(0), review, new SelectionTransition("withdraw", "in-review", "draft"))));
        f.vote("alice", "APPROVE");
        f.vote("dave", "REJECT");

        PageWorkflowStatus status = pages.status(PAGE, ApprovalFixture.actor("erin")).orElseThrow();
        assertEquals(id, status.workflowId());
        assertEquals("Review", status.workflowName());
        assertEquals("In Review", status.state().name());
        assertNull(status.previous());
        assertEquals(List.of("published", "draft"), status.next().stream().map(StateView::key).toList());
        assertEquals(List.of("withdraw"), status.selections().stream().map(PageWorkflowStatus.SelectionOption::transitionKey).toList());
        assertTrue(status.viewerCanReview(), "erin is in writers");
        assertNull(status.viewerVote());
        assertTrue(status.viewerCanEdit());

        ApprovalStatus approval = status.approval();
        assertEquals(1, approval.round());
        assertEquals("Publish", approval.approveLabel());
        assertEquals("Send back", approval.rejectLabel());
        assertEquals(1, approval.approvals());
        assertEquals(1, approval.rejections());
        assertEquals(2, approval.minApprovals());
        assertEquals(2, approval.minRejections());
        assertFalse(approval.requireAll());
        assertFalse(approval.requireTwoFactor());
        assertEquals(List.of("writers"), approval.groups());
        assertEquals(List.of("alice:APPROVE", "bob:null", "dave:REJECT"),
                approval.reviewers().stream().map(r -> r.username() + ":" + r.vote()).toList());
        assertEquals(List.of(true, true, false), approval.reviewers().stream().map(ReviewerStatus::named).toList());

        PageWorkflowStatus forAlice = pages.status(PAGE, ApprovalFixture.actor("alice")).orElseThrow();
        assertEquals(Decision.APPROVE, forAlice.viewerVote());
        PageWorkflowStatus anonymous = pages.status(PAGE, null).orElseThrow();
        assertFalse(anonymous.viewerCanReview());
        assertFalse(anonymous.viewerCanEdit());
        assertFalse(pages.status(PAGE, ApprovalFixture.actor("frank")).orElseThrow().viewerCanReview());
        assertTrue(pages.status(PAGE + 1, null).isEmpty());
    }

    @Test
    void aTerminalStateHasNoNextStateAndNoRound() {
        f.applyToPage(ApprovalFixture.startsInReview(Reviewers.users("alice"), 1, 1, false));
        f.vote("alice", "APPROVE");
        PageWorkflowStatus status = pages.status(PAGE, null).orElseThrow();
        assertTrue(status.state().terminal());
        assertEquals("in-review", status.previous().key());
        assertTrue(status.next().isEmpty());
        assertNull(status.approval());
    }

    @Test
    void anEditorSelectsATransitionWhichAbandonsAnOpenRound() {
        f.applyToPage(ApprovalFixture.reviewWorkflow(Reviewers.users("alice", "bob"), 2, 2, false));
        SelectionResult submitted = pages.select(PAGE, "submit", f.editor);
        assertEquals(SelectionResult.Outcome.TRANSITIONED, submitted.outcome());
        assertEquals("in-review", submitted.state().key());
        f.vote("alice", "APPROVE");

        assertEquals(SelectionResult.Outcome.UNKNOWN_TRANSITION, pages.select(PAGE, "review", f.editor).outcome(),
                "approval transitions are not selectable");
        assertEquals(SelectionResult.Outcome.UNKNOWN_TRANSITION, pages.select(PAGE, "submit", f.editor).outcome(),
                "submit does not start from In Review");
        f.permissions.denyEdit(PAGE, "key-bob");
        assertEquals(SelectionResult.Outcome.NOT_PERMITTED, pages.select(PAGE, "submit", ApprovalFixture.actor("bob")).outcome());
        assertEquals(SelectionResult.Outcome.NO_WORKFLOW, pages.select(PAGE + 1, "submit", f.editor).outcome());
        assertEquals(1, f.transitions());
    }

    @Test
    void selectingOutOfAnApprovalStateClosesItsRound() {
        WorkflowDefinition d = ApprovalFixture.startsInReview(Reviewers.users("alice", "bob"), 2, 2, false);
        f.applyToPage(new WorkflowDefinition(null, "r", "", "in-review", d.states(), List.of(d.transitions().get(0),
                d.transitions().get(1), new SelectionTransition("withdraw", "in-review", "draft"))));
        f.vote("alice", "APPROVE");
        assertEquals(SelectionResult.Outcome.TRANSITIONED, pages.select(PAGE, "withdraw", f.editor).outcome());
        assertEquals(PageInstanceRepository.RoundClose.LEFT_BY_SELECTION, f.instances.closed.get(PAGE + ":1"));
        assertEquals(ReviewOutcome.NO_PENDING_APPROVAL, f.vote("bob", "APPROVE", 1).outcome());
        HistoryEntry moved = f.history.page(PAGE, 0, 1).get(0);
        assertEquals(HistoryEntry.TransitionTrigger.SELECTION, moved.trigger());
        assertEquals(1, moved.round());
        assertEquals("key-editor", moved.actorKey());
    }

    @Test
    void aStoredShortcutPastATwoFactorApprovalIsNeitherOfferedNorTaken() {
        // a definition saved before the validator refused such shortcuts: stored as it is, not validated
        WorkflowDefinition d = ApprovalFixture.startsInReview(Reviewers.users("alice"), 1, 1, false);
        ApprovalTransition review = ((ApprovalTransition) d.transitions().get(1)).withRequireTwoFactor(true);
        f.applyToPage(new WorkflowDefinition(null, "r", "", "in-review", d.states(), List.of(d.transitions().get(0),
                review, new SelectionTransition("skip", "in-review", "published"),
                new SelectionTransition("withdraw", "in-review", "draft"))));
        List<String> offered = pages.status(PAGE, f.editor).orElseThrow().selections().stream()
                .map(PageWorkflowStatus.SelectionOption::transitionKey).toList();
        assertEquals(List.of("withdraw"), offered, "the shortcut past the signature is not offered");
        assertEquals(SelectionResult.Outcome.UNKNOWN_TRANSITION, pages.select(PAGE, "skip", f.editor).outcome());
        assertEquals("in-review", f.instances.find(PAGE).orElseThrow().stateKey(), "the page did not move");
    }

    @Test
    void aShortcutPastAnUnprotectedApprovalStaysAvailable() {
        WorkflowDefinition d = ApprovalFixture.startsInReview(Reviewers.users("alice"), 1, 1, false);
        ApprovalTransition review = ((ApprovalTransition) d.transitions().get(1)).withRequireTwoFactor(false);
        f.applyToPage(new WorkflowDefinition(null, "r", "", "in-review", d.states(), List.of(d.transitions().get(0),
                review, new SelectionTransition("skip", "in-review", "published"))));
        assertEquals(SelectionResult.Outcome.TRANSITIONED, pages.select(PAGE, "skip", f.editor).outcome());
    }

    @Test
    void historyPagesNewestFirstWithATotal() {
        f.applyToPage(ApprovalFixture.startsInReview(Reviewers.users("alice", "bob", "carol"), 3, 3, false));
        for (String name : List.of("alice", "bob", "alice", "bob", "alice", "bob")) { // changes: 2 approvals stay 2
            assertEquals(ReviewOutcome.RECORDED, f.vote(name, "APPROVE").outcome());
        }
        HistoryPage first = pages.history(PAGE, 0, 2);
        assertEquals(List.of(7L, 6L), first.entries().stream().map(HistoryEntry::seq).toList());
        assertEquals(7, first.total());
        assertTrue(first.hasMore());
        HistoryPage last = pages.history(PAGE, 6, 2);
        assertEquals(List.of(HistoryType.APPLIED), last.entries().stream().map(HistoryEntry::type).toList());
        assertFalse(last.hasMore());
        assertEquals(PageWorkflowService.MAX_HISTORY_PAGE, pages.history(PAGE, -5, 100_000).limit());
        assertEquals(1, pages.history(PAGE, 0, 0).limit());
    }

    @Test
    void openTasksLeaveOutAStepThatExcludesTheUserAsAnAuthor() {
        WorkflowDefinition d = ApprovalFixture.startsInReview(Reviewers.users("dave", "alice"), 1, 1, false);
        ApprovalTransition ownChanges = ((ApprovalTransition) d.transitions().get(1)).withExcludeAuthors(true);
        pages.apply(PAGE, f.store(new WorkflowDefinition(null, "Own changes", "", "in-review", d.states(),
                List.of(d.transitions().get(0), ownChanges))), f.editor);
        f.authors.add("key-dave"); // dave saved the version under review

        assertTrue(pages.openTasks(ApprovalFixture.actor("dave"), 10).isEmpty(), "his review would be refused");
        assertEquals(List.of(PAGE), pages.openTasks(ApprovalFixture.actor("alice"), 10).stream()
                .map(OpenTask::pageId).toList());
    }

    @Test
    void openTasksListPagesWithAPendingReviewUntilTheUserVotes() {
        f.groups.add("writers", "dave");
        long named = f.store(ApprovalFixture.startsInReview(Reviewers.users("dave", "alice"), 2, 2, false));
        long group = f.store(ApprovalFixture.startsInReview(Reviewers.groups("writers"), 1, 1, false));
        long other = f.store(ApprovalFixture.startsInReview(Reviewers.users("alice"), 1, 1, false));
        pages.apply(1, named, f.editor);
        f.clock.advance(java.time.Duration.ofMinutes(1));
        pages.apply(2, group, f.editor);
        pages.apply(3, other, f.editor);
        f.clock.advance(java.time.Duration.ofMinutes(1));
        pages.apply(4, named, f.editor);
        f.permissions.denyView(4, "key-dave");

        Actor dave = ApprovalFixture.actor("dave");
        assertEquals(List.of(2L, 1L), pages.openTasks(dave, 10).stream().map(OpenTask::pageId).toList(),
                "newest round first; page 4 is not viewable; page 3 is not his");
        OpenTask task = pages.openTasks(dave, 10).get(1);
        assertEquals("In Review", task.state().name());
        assertEquals(1, task.round());
        assertEquals("Eddie Editor", task.requestedBy(), "who moved the page into review (here: applied it)");

        f.reviewService().review(new ReviewRequest(1, dave, "APPROVE", "", 1));
        assertEquals(List.of(2L), pages.openTasks(dave, 10).stream().map(OpenTask::pageId).toList(), "voted");
        f.groups.remove("writers", "dave");
        assertTrue(pages.openTasks(dave, 10).isEmpty(), "membership is live");
        assertEquals(3, pages.openTasks(ApprovalFixture.actor("alice"), 10).size());
        assertEquals(1, pages.openTasks(ApprovalFixture.actor("alice"), 1).size());
    }

    @Test
    void openTasksComeAPageAtATimeWithANextPositionUntilTheLastPage() {
        long workflow = f.store(ApprovalFixture.startsInReview(Reviewers.users("dave"), 1, 1, false));
        for (long page = 1; page <= 7; page++) {
            pages.apply(page, workflow, f.editor);
            f.clock.advance(java.time.Duration.ofMinutes(1));
        }
        f.permissions.denyView(5, "key-dave"); // skipped, and the pages still fill up
        Actor dave = ApprovalFixture.actor("dave");
        PageWorkflowService.TaskPage first = pages.openTasks(dave, null, 3);
        assertEquals(List.of(7L, 6L, 4L), first.tasks().stream().map(OpenTask::pageId).toList());
        PageWorkflowService.TaskPage second = pages.openTasks(dave, first.next(), 3);
        assertEquals(List.of(3L, 2L, 1L), second.tasks().stream().map(OpenTask::pageId).toList());
        assertEquals(null, second.next(), "nothing after the last task");
        assertEquals(null, pages.openTasks(dave, null, 6).next(), "exactly one page: no next page");
    }

    @Test
    void theStatusTellsWhetherThePageEnteredItsStateByAnApproval() {
        f.applyToPage(ApprovalFixture.startsInReview(Reviewers.users("alice"), 1, 1, false));
        Actor alice = ApprovalFixture.actor("alice");
        assertEquals(false, pages.status(ApprovalFixture.PAGE, alice).orElseThrow().enteredByApproval(),
                "applied: not by an approval");
        f.vote("alice", "APPROVE");
        assertEquals(true, pages.status(ApprovalFixture.PAGE, alice).orElseThrow().enteredByApproval());

        pages.apply(2, f.store(ApprovalFixture.startsInReview(Reviewers.users("alice"), 1, 1, false)), f.editor);
        f.reviewService().review(new ReviewRequest(2, alice, "REJECT", "", 1));
        assertEquals(false, pages.status(2, alice).orElseThrow().enteredByApproval(), "a rejection is not an approval");
    }
}
