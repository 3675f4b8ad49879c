package app.auraworkflows.approval;

import app.auraworkflows.approval.ApprovalRules.RoundDecision;
import app.auraworkflows.approval.ApprovalRules.Tally;
import app.auraworkflows.approval.HistoryEntry.TransitionTrigger;
import app.auraworkflows.approval.PageInstanceRepository.RoundClose;
import app.auraworkflows.text.TextPolicy;
import app.auraworkflows.kernel.TimeSource;
import app.auraworkflows.kernel.UserDirectory;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * {@link ReviewService}: one review = one {@link OptimisticTransactions} unit. It reads the page's instance
 * (version v), checks, asks the guard, then appends the VOTE history entry as number v+1: that UNIQUE
 * (page, seq) insert is the page's compare-and-set. A concurrent review that appended v+1 first makes this
 * insert fail, and the whole review runs again on the new state (so it counts the other vote, or finds the
 * round closed and answers STALE_ROUND). A vote that closes the round additionally claims the UNIQUE
 * (page, round) close row, so a round can never transition twice. No JVM lock is involved.
 */
@Component
public class DefaultReviewService implements ReviewService {
    private final PageInstanceRepository instances;
    private final VoteRepository votes;
    private final HistoryRepository history;
    private final WorkflowRepository workflows;
    private final ReviewGuard guard;
    private final OptimisticTransactions transactions;
    private final TimeSource time;
    private final WorkflowEngine engine;
    private final ReviewerEligibility eligibility;

    public DefaultReviewService(PageInstanceRepository instances, VoteRepository votes, HistoryRepository history,
                                WorkflowRepository workflows, GroupMembership groups, PagePermissions permissions,
                                UserDirectory directory, ReviewGuard guard, OptimisticTransactions transactions,
                                TimeSource time, PageAuthors authors, PageVersions pageVersions) {
        this.instances = Objects.requireNonNull(instances, "instances");
        this.votes = Objects.requireNonNull(votes, "votes");
        this.history = Objects.requireNonNull(history, "history");
        this.workflows = Objects.requireNonNull(workflows, "workflows");
        this.guard = Objects.requireNonNull(guard, "guard");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.time = Objects.requireNonNull(time, "time");
        this.engine = new WorkflowEngine(directory, pageVersions);
        this.eligibility = new ReviewerEligibility(groups, permissions, authors);
    }


    @Override
    public ReviewResult review(ReviewRequest request) {
        Optional<Decision> decision = Decision.parse(request.decision());
        String comment = request.comment() == null ? "" : request.comment().strip();
        // Control characters never reach the history (PostgreSQL refuses U+0000): the comment's one text rule.
        if (decision.isEmpty() || request.round() == null || request.round() < 1 || comment.length() > MAX_COMMENT
                || !TextPolicy.isCleanMultiLine(comment)) {
            return ReviewResult.refused(ReviewOutcome.INVALID_INPUT, null, null);
        }
        if (request.versionNamed() && !request.shownVersion().equals(request.pageVersion())) {
            // A signature belongs to the version its signer saw (21 CFR 11.70): never record it against another.
            return ReviewResult.refused(ReviewOutcome.PAGE_CHANGED, null, null);
        }
        return transactions.runOnPage(request.pageId(), () -> reviewInTransaction(request, decision.get(), comment));
    }

    private ReviewResult reviewInTransaction(ReviewRequest request, Decision decision, String comment) {
        Instant now = time.clock().instant();
        Actor actor = request.actor();
        long pageId = request.pageId();
        Optional<PageInstance> found = instances.find(pageId);
        if (found.isEmpty()) {
            return ReviewResult.refused(ReviewOutcome.NO_PENDING_APPROVAL, null, null);
        }
        PageInstance instance = found.get();
        WorkflowDefinition definition = workflows.find(instance.workflowId()).orElse(null);
        StateView state = StateView.of(definition, instance.stateKey());
        if (instance.openRound() == null) {
            return ReviewResult.refused(ReviewOutcome.NO_PENDING_APPROVAL, state, null);
        }
        ApprovalRound round = instance.openRound();
        if (round.number() != request.round()) {
            return ReviewResult.refused(ReviewOutcome.STALE_ROUND, state, round.number());
        }
        if (round.requireTwoFactor() && (!request.versionNamed() || request.pageVersion() == null)) {
            // A signature must name the version its signer was shown, not whatever happened to be current when
            // the request arrived; refused before the guard, so no authenticator code is used up.
            return ReviewResult.refused(ReviewOutcome.VERSION_REQUIRED, state, round.number());
        }
        // Checked before the guard, so someone who may not review (an author, say) uses up no authenticator code.
        ReviewerEligibility.Standing standing = eligibility.of(pageId, round, actor, request.viewChecked());
        if (standing.refusal() == ReviewerEligibility.Refusal.NOT_A_REVIEWER) {
            return ReviewResult.refused(ReviewOutcome.NOT_A_REVIEWER, state, round.number());
        }
        if (standing.refusal() == ReviewerEligibility.Refusal.SELF_REVIEW) {
            return ReviewResult.refused(ReviewOutcome.SELF_REVIEW, state, round.number());
        }
        boolean named = standing.named();
        List<String> viaGroups = standing.viaGroups();

        GuardResult verdict = guard.check(
                new ReviewContext(pageId, actor, decision, comment, round, request.twoFactorCode(), now));
        if (!verdict.allowed()) {
            return ReviewResult.refusedByGuard(state, round.number(), verdict);
        }
        if (round.requireTwoFactor() && !verdict.twoFactorVerified()) {
            return ReviewResult.refused(ReviewOutcome.TWO_FACTOR_REQUIRED, state, round.number());
        }

        long seq = instance.version() + 1;
        Vote vote = new Vote(pageId, round.number(), seq, actor.userKey(), actor.username(), actor.fullName(),
                decision, comment, now, named, viaGroups, verdict.twoFactorVerified(), request.pageVersion(),
                request.contentSha256());
        history.append(HistoryEntry.vote(vote)); // the claim: fails if another change took seq first
        votes.insert(vote);

        Tally tally = ApprovalRules.tally(round, votes.ofRound(pageId, round.number()));
        RoundDecision outcome = ApprovalRules.decide(round, tally, decision);
        if (outcome == RoundDecision.OPEN) {
            instances.update(instance.withVersion(seq));
            return new ReviewResult(ReviewOutcome.RECORDED, false, state, round.number(), tally.approvals(),
                    tally.rejections());
        }

        boolean approved = outcome == RoundDecision.APPROVED;
        String target = approved ? round.approveTo() : round.rejectTo();
        long transitionSeq = seq + 1;
        instances.closeRound(pageId, round.number(), approved ? RoundClose.APPROVED : RoundClose.REJECTED,
                transitionSeq, now);
        history.append(HistoryEntry.transition(pageId, transitionSeq, now, actor, instance.stateKey(), target,
                approved ? TransitionTrigger.APPROVAL : TransitionTrigger.REJECTION, round.transitionKey(),
                round.number()));
        PageInstance next = engine.enter(instance, definition, target, now, actor).withVersion(transitionSeq)
                .withEnteredByApproval(approved);
        instances.update(next);
        return new ReviewResult(ReviewOutcome.RECORDED, true, StateView.of(definition, target), round.number(),
                tally.approvals(), tally.rejections());
    }
}
