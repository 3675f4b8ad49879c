package app.auraworkflows.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.auraworkflows.approval.HistoryEntry.HistoryType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The review service's checks, refusals (nothing changed), snapshots and the ReviewGuard seam. */
class ReviewServiceTest {
    private final ApprovalFixture f = new ApprovalFixture();

    private void inReviewWith(Reviewers reviewers, int minApprovals) {
        f.applyToPage(ApprovalFixture.startsInReview(reviewers, minApprovals, 1, false));
    }

    /** History, votes and instance as they are now: refusals must leave all three alone. */
    private List<Object> snapshot() {
        return List.of(new ArrayList<>(f.history.rows), new ArrayList<>(f.votes.rows), f.instances.find(ApprovalFixture.PAGE));
    }

    private ReviewResult review(String username, String decision, String comment, Integer round) {
        return f.reviewService().review(new ReviewRequest(ApprovalFixture.PAGE, ApprovalFixture.actor(username), decision,
                comment, round));
    }

    /** A review as the panel sends it: naming the page version shown, with that version's body fingerprint. */
    private ReviewResult protectedReview(String username, String decision, Integer pageVersion) {
        return f.reviewService().review(new ReviewRequest(ApprovalFixture.PAGE, ApprovalFixture.actor(username),
                decision, "", 1, null, pageVersion, "cd".repeat(32), pageVersion));
    }

    /** A guard that allows every review as verified and keeps what it was asked, so a test sees it was not asked. */
    private List<ReviewContext> guardThatAllowsAndRecords() {
        List<ReviewContext> guarded = new ArrayList<>();
        f.guard = context -> {
            guarded.add(context);
            return GuardResult.allowVerified();
        };
        return guarded;
    }

    private void protectedStep() {
        WorkflowDefinition d = ApprovalFixture.startsInReview(Reviewers.users("alice"), 1, 1, false);
        ApprovalTransition protectedReview = ((ApprovalTransition) d.transitions().get(1)).withRequireTwoFactor(true);
        f.applyToPage(new WorkflowDefinition(null, d.name(), "", d.initialState(), d.states(),
                List.of(d.transitions().get(0), protectedReview)));
    }

    @Test
    void aProtectedStepRefusesAReviewThatNamesNoPageVersionBeforeTheGuardSeesItsCode() {
        protectedStep();
        List<ReviewContext> guarded = guardThatAllowsAndRecords();
        List<Object> before = snapshot();
        assertEquals(ReviewOutcome.VERSION_REQUIRED, protectedReview("alice", "APPROVE", null).outcome());
        // The server knowing the current version is not enough: the client must name the version it showed.
        assertEquals(ReviewOutcome.VERSION_REQUIRED, f.reviewService().review(new ReviewRequest(ApprovalFixture.PAGE,
                ApprovalFixture.actor("alice"), "APPROVE", "", 1, null, 4, "cd".repeat(32), null)).outcome());
        assertEquals(before, snapshot());
        assertTrue(guarded.isEmpty(), "no code is looked at, so none is used up");
    }

    @Test
    void aReviewGivenForAnotherVersionThanTheCurrentOneIsRefusedAsPageChangedBeforeAnyCodeIsLookedAt() {
        protectedStep();
        List<ReviewContext> guarded = guardThatAllowsAndRecords();
        List<Object> before = snapshot();
        ReviewResult changed = f.reviewService().review(new ReviewRequest(ApprovalFixture.PAGE,
                ApprovalFixture.actor("alice"), "APPROVE", "", 1, "123456", 5, "cd".repeat(32), 4));
        assertEquals(ReviewOutcome.PAGE_CHANGED, changed.outcome(), "shown version 4, the page is at version 5");
        ReviewResult unknown = f.reviewService().review(new ReviewRequest(ApprovalFixture.PAGE,
                ApprovalFixture.actor("alice"), "APPROVE", "", 1, "123456", null, null, 4));
        assertEquals(ReviewOutcome.PAGE_CHANGED, unknown.outcome(), "a current version that cannot be read is not 4");
        assertEquals(before, snapshot(), "nothing recorded");
        assertTrue(guarded.isEmpty(), "no code is looked at, so none is used up");
        assertTrue(f.reviewService().review(new ReviewRequest(ApprovalFixture.PAGE, ApprovalFixture.actor("alice"),
                "APPROVE", "", 1, "123456", 5, "cd".repeat(32), 5)).recorded(), "the version shown is the current one");
    }

    @Test
    void aVerifiedVoteRecordsTheVersionAndTheFingerprintOfItsBody() {
        protectedStep();
        f.guard = context -> GuardResult.allowVerified();
        assertTrue(protectedReview("alice", "APPROVE", 3).recorded());
        HistoryEntry vote = f.history.rows.stream().filter(e -> e.type() == HistoryType.VOTE).findFirst().orElseThrow();
        assertEquals(3, vote.pageVersion());
        assertEquals("cd".repeat(32), vote.contentSha256());
    }

    @Test
    void anUnprotectedStepStillAcceptsAReviewWithoutAPageVersion() {
        inReviewWith(Reviewers.users("alice"), 1);
        assertTrue(review("alice", "APPROVE", "", 1).recorded());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "approve", "Approve", "MAYBE", " APPROVE", "REJECTED"})
    void anUnknownDecisionIsInvalidInputAndChangesNothing(String decision) {
        inReviewWith(Reviewers.users("alice"), 1);
        List<Object> before = snapshot();
        assertEquals(ReviewOutcome.INVALID_INPUT, review("alice", decision, "", 1).outcome());
        assertEquals(before, snapshot());
    }

    @Test
    void aMissingRoundOrAnOverlongCommentIsInvalidInput() {
        inReviewWith(Reviewers.users("alice"), 1);
        List<Object> before = snapshot();
        assertEquals(ReviewOutcome.INVALID_INPUT, review("alice", "APPROVE", "", null).outcome());
        assertEquals(ReviewOutcome.INVALID_INPUT, review("alice", "APPROVE", "", 0).outcome());
        assertEquals(ReviewOutcome.INVALID_INPUT,
                review("alice", "APPROVE", "x".repeat(ReviewService.MAX_COMMENT + 1), 1).outcome());
        assertEquals(before, snapshot());
        assertEquals(ReviewOutcome.RECORDED, review("alice", "APPROVE", "x".repeat(ReviewService.MAX_COMMENT), 1).outcome());
    }

    @Test
    void aNonReviewerIsRefusedAndChangesNothing() {
        inReviewWith(new Reviewers(List.of("alice"), List.of("writers")), 1);
        f.groups.add("writers", "dave");
        List<Object> before = snapshot();
        ReviewResult result = review("bob", "APPROVE", "", 1);
        assertEquals(ReviewOutcome.NOT_A_REVIEWER, result.outcome());
        assertFalse(result.recorded());
        assertEquals(before, snapshot());
    }

    @Test
    void aReviewerWhoCannotViewThePageIsNotAReviewer() {
        inReviewWith(Reviewers.users("alice"), 1);
        f.permissions.denyView(ApprovalFixture.PAGE, "key-alice");
        assertEquals(ReviewOutcome.NOT_A_REVIEWER, review("alice", "APPROVE", "", 1).outcome());
        assertTrue(f.votes.rows.isEmpty());
    }

    @Test
    void aViewRightTheCallerCheckedOnThePageItReadIsNotAskedAgainButTheReviewerListStillDecides() {
        inReviewWith(Reviewers.users("alice"), 5);
        // Denied here, so an answer that was asked again would refuse: the caller's check stands for it.
        f.permissions.denyView(ApprovalFixture.PAGE, "key-alice");
        f.permissions.denyView(ApprovalFixture.PAGE, "key-bob");
        assertEquals(ReviewOutcome.RECORDED, checkedReview("alice").outcome());
        assertEquals(ReviewOutcome.NOT_A_REVIEWER, checkedReview("bob").outcome(), "not on the list");
        assertEquals(1, f.votes.rows.size());
    }

    private ReviewResult checkedReview(String username) {
        return f.reviewService().review(new ReviewRequest(ApprovalFixture.PAGE, ApprovalFixture.actor(username),
                "APPROVE", "", 1, null, null, null, null, true));
    }

    @Test
    void withoutAnOpenRoundThereIsNoPendingApproval() {
        assertEquals(ReviewOutcome.NO_PENDING_APPROVAL, review("alice", "APPROVE", "", 1).outcome(), "no workflow");
        f.applyToPage(ApprovalFixture.reviewWorkflow(Reviewers.users("alice"), 1, 1, false)); // in Draft
        List<Object> before = snapshot();
        ReviewResult result = review("alice", "APPROVE", "", 1);
        assertEquals(ReviewOutcome.NO_PENDING_APPROVAL, result.outcome());
        assertEquals("draft", result.state().key());
        assertEquals(before, snapshot());
    }

    @Test
    void aRoundNumberOtherThanTheOpenOneIsStale() {
        inReviewWith(Reviewers.users("alice", "bob"), 1);
        f.vote("alice", "REJECT", 1); // back to draft
        f.pageService().select(ApprovalFixture.PAGE, "submit", f.editor); // round 2
        List<Object> before = snapshot();
        ReviewResult stale = review("bob", "APPROVE", "", 1);
        assertEquals(ReviewOutcome.STALE_ROUND, stale.outcome());
        assertEquals(2, stale.round());
        assertEquals(before, snapshot());
        assertEquals(ReviewOutcome.RECORDED, review("bob", "APPROVE", "", 2).outcome());
    }

    @Test
    void aChangedVoteIsANewVoteTheHistoryKeepsBoth() {
        inReviewWith(Reviewers.users("alice", "bob"), 2);
        f.vote("alice", "APPROVE");
        ReviewResult changed = f.vote("alice", "REJECT");
        assertTrue(changed.transitioned(), "min rejections 1: the changed vote rejects");
        assertEquals(2, f.votes.rows.size());
        assertEquals(List.of(HistoryType.TRANSITION, HistoryType.VOTE, HistoryType.VOTE, HistoryType.APPLIED),
                f.pageService().history(ApprovalFixture.PAGE, 0, 10).entries().stream().map(HistoryEntry::type).toList());
    }

    @Test
    void groupMembershipIsCheckedLiveAtVoteTime() {
        inReviewWith(Reviewers.groups("writers"), 2);
        f.groups.add("writers", "dave");
        assertEquals(ReviewOutcome.NOT_A_REVIEWER, f.vote("erin", "APPROVE").outcome(), "not (yet) a member");
        f.groups.add("writers", "erin");
        assertEquals(ReviewOutcome.RECORDED, f.vote("erin", "APPROVE").outcome(), "joined while the round was open");
        f.groups.remove("writers", "dave");
        assertEquals(ReviewOutcome.NOT_A_REVIEWER, f.vote("dave", "APPROVE").outcome(), "left the group");
        assertEquals(List.of("writers"), f.votes.rows.get(0).viaGroups());
    }

    @Test
    void namedReviewersAreResolvedWhenThePageEntersTheStateAndEditingTheWorkflowDoesNotReshapeTheRound() {
        long id = f.applyToPage(ApprovalFixture.startsInReview(Reviewers.users("alice", "gone", "nobody"), 2, 2, false));
        ApprovalRound round = f.instances.find(ApprovalFixture.PAGE).orElseThrow().openRound();
        assertEquals(List.of("alice"), round.namedReviewers().stream().map(Reviewer::username).toList(),
                "deactivated and unknown users are left out");

        f.workflowService().update(id, ApprovalFixture.startsInReview(Reviewers.users("bob"), 1, 1, true));
        assertEquals(ReviewOutcome.NOT_A_REVIEWER, f.vote("bob", "APPROVE").outcome(), "bob joins only a new round");
        assertFalse(f.vote("alice", "APPROVE").transitioned(), "the snapshot still needs 2 approvals");
        assertEquals(round, f.instances.find(ApprovalFixture.PAGE).orElseThrow().openRound());
    }

    @Test
    void aClosingVoteMovesThePageOpensTheNextRoundAndRecordsTheTransition() {
        f.applyToPage(ApprovalFixture.startsInReview(Reviewers.users("alice"), 1, 1, false));
        ReviewResult rejected = f.vote("alice", "REJECT");
        assertTrue(rejected.recorded());
        assertTrue(rejected.transitioned());
        assertEquals("draft", rejected.state().key());
        assertEquals(1, rejected.rejections());
        PageInstance draft = f.instances.find(ApprovalFixture.PAGE).orElseThrow();
        assertNull(draft.openRound());
        assertEquals("in-review", draft.previousState());

        f.pageService().select(ApprovalFixture.PAGE, "submit", f.editor);
        assertEquals(2, f.instances.find(ApprovalFixture.PAGE).orElseThrow().openRound().number());
        assertEquals(ReviewOutcome.RECORDED, f.vote("alice", "APPROVE").outcome());
        assertEquals("published", f.state());

        HistoryEntry closing = f.history.page(ApprovalFixture.PAGE, 0, 1).get(0);
        assertEquals(HistoryEntry.TransitionTrigger.APPROVAL, closing.trigger());
        assertEquals("in-review", closing.fromState());
        assertEquals("published", closing.toState());
        assertEquals(2, closing.round());
        assertEquals("key-alice", closing.actorKey());
        assertEquals(java.util.Map.of("page:1", PageInstanceRepository.RoundClose.REJECTED,
                "page:2", PageInstanceRepository.RoundClose.APPROVED), renamed(f.instances.closed));
    }

    private static java.util.Map<String, PageInstanceRepository.RoundClose> renamed(
            java.util.Map<String, PageInstanceRepository.RoundClose> closed) {
        java.util.Map<String, PageInstanceRepository.RoundClose> result = new java.util.HashMap<>();
        closed.forEach((k, v) -> result.put("page:" + k.substring(k.indexOf(':') + 1), v));
        return result;
    }

    @Test
    void theVoteRecordsSignatureFacts() {
        inReviewWith(Reviewers.users("alice", "bob"), 2);
        f.reviewService().review(new ReviewRequest(ApprovalFixture.PAGE, ApprovalFixture.actor("alice"), "APPROVE",
                "  fine by me  ", 1, null, 17));
        Vote vote = f.votes.rows.get(0);
        assertEquals("Alice Reviewer", vote.fullName());
        assertEquals("fine by me", vote.comment());
        assertEquals(17, vote.pageVersion());
        assertEquals(f.clock.instant(), vote.at());
        assertTrue(vote.named());
        HistoryEntry entry = f.history.page(ApprovalFixture.PAGE, 0, 1).get(0);
        assertEquals(HistoryEntry.vote(vote), entry);
    }

    // ----- the ReviewGuard seam (the TOTP check plugs in here) -----

    @Test
    void theGuardSeesTheCheckedReviewAndARefusalChangesNothing() {
        inReviewWith(Reviewers.users("alice"), 1);
        List<ReviewContext> seen = new ArrayList<>();
        f.guard = context -> {
            seen.add(context);
            return GuardResult.refuseLocked(java.time.Duration.ofSeconds(90));
        };
        List<Object> before = snapshot();
        ReviewResult result = f.reviewService().review(new ReviewRequest(ApprovalFixture.PAGE,
                ApprovalFixture.actor("alice"), "REJECT", "no", 1, "123456", null));
        assertEquals(ReviewOutcome.REFUSED_BY_GUARD, result.outcome());
        assertEquals(GuardRefusal.LOCKED, result.guardRefusal());
        assertEquals(java.time.Duration.ofSeconds(90), result.retryAfter());
        assertEquals(before, snapshot());
        assertEquals(1, seen.size());
        assertEquals(Decision.REJECT, seen.get(0).decision());
        assertEquals("123456", seen.get(0).twoFactorCode());
        assertEquals(1, seen.get(0).round().number());
        assertFalse(seen.get(0).toString().contains("123456"), "the code never reaches a log line");
    }

    @Test
    void theGuardIsNotAskedForReviewsTheReviewerChecksAlreadyRefuse() {
        inReviewWith(Reviewers.users("alice"), 1);
        List<ReviewContext> seen = new ArrayList<>();
        f.guard = context -> {
            seen.add(context);
            return GuardResult.allow();
        };
        review("bob", "APPROVE", "", 1);
        review("alice", "APPROVE", "", 7);
        review("alice", "NOPE", "", 1);
        assertTrue(seen.isEmpty());
    }

    @Test
    void aProtectedStepRefusesEveryReviewWithoutAVerifiedCodeEvenIfTheGuardAllows() {
        WorkflowDefinition d = ApprovalFixture.startsInReview(Reviewers.users("alice"), 1, 1, false);
        ApprovalTransition protectedReview = ((ApprovalTransition) d.transitions().get(1)).withRequireTwoFactor(true);
        f.applyToPage(new WorkflowDefinition(null, d.name(), "", d.initialState(), d.states(),
                List.of(d.transitions().get(0), protectedReview)));
        List<Object> before = snapshot();
        assertEquals(ReviewOutcome.TWO_FACTOR_REQUIRED, protectedReview("alice", "APPROVE", 1).outcome());
        assertEquals(ReviewOutcome.TWO_FACTOR_REQUIRED, protectedReview("alice", "REJECT", 1).outcome());
        assertEquals(before, snapshot());

        f.guard = context -> context.round().requireTwoFactor() ? GuardResult.allowVerified() : GuardResult.allow();
        ReviewResult verified = protectedReview("alice", "APPROVE", 1);
        assertTrue(verified.transitioned());
        assertTrue(f.votes.rows.get(0).twoFactorVerified());
        assertTrue(f.history.rows.stream().anyMatch(e -> e.type() == HistoryType.VOTE && e.twoFactorVerified()));
    }

    @Test
    void anUnprotectedStepRecordsThatNoCodeWasVerified() {
        inReviewWith(Reviewers.users("alice"), 1);
        review("alice", "APPROVE", "", 1);
        assertFalse(f.votes.rows.get(0).twoFactorVerified());
    }

    @Test
    void withExcludeAuthorsTheCreatorAndTheLastEditorAreRefusedSelfReviewAndOthersContinue() {
        WorkflowDefinition d = ApprovalFixture.startsInReview(Reviewers.users("alice", "bob", "carol"), 1, 1, false);
        ApprovalTransition review = ((ApprovalTransition) d.transitions().get(1)).withExcludeAuthors(true);
        f.applyToPage(new WorkflowDefinition(null, d.name(), "", d.initialState(), d.states(),
                List.of(d.transitions().get(0), review)));
        f.authors.addAll(List.of("key-alice", "key-bob")); // alice created the page, bob saved this version

        assertEquals(ReviewOutcome.SELF_REVIEW, f.vote("alice", "APPROVE").outcome());
        assertEquals(ReviewOutcome.SELF_REVIEW, f.vote("bob", "REJECT").outcome());
        assertTrue(f.votes.rows.isEmpty(), "a refused author records nothing");
        assertTrue(f.pageService().status(ApprovalFixture.PAGE, ApprovalFixture.actor("alice")).orElseThrow().viewerIsAuthor(),
                "the panel can tell alice before she chooses");
        assertFalse(f.pageService().status(ApprovalFixture.PAGE, ApprovalFixture.actor("carol")).orElseThrow().viewerIsAuthor());

        ReviewResult carol = f.vote("carol", "APPROVE");
        assertEquals(ReviewOutcome.RECORDED, carol.outcome());
        assertTrue(carol.transitioned());
    }

    @Test
    void withoutExcludeAuthorsAuthorsReviewAsBefore() {
        f.applyToPage(ApprovalFixture.startsInReview(Reviewers.users("alice"), 1, 1, false));
        f.authors.add("key-alice");
        assertEquals(ReviewOutcome.RECORDED, f.vote("alice", "APPROVE").outcome());
    }
}
