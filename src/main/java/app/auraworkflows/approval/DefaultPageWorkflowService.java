package app.auraworkflows.approval;

import app.auraworkflows.approval.ApprovalRules.Tally;
import app.auraworkflows.approval.HistoryEntry.TransitionTrigger;
import app.auraworkflows.approval.PageInstanceRepository.PageRound;
import app.auraworkflows.approval.PageInstanceRepository.RoundClose;
import app.auraworkflows.approval.PageWorkflowStatus.SelectionOption;
import app.auraworkflows.kernel.TimeSource;
import app.auraworkflows.kernel.UserDirectory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@link PageWorkflowService}. Changes (apply, select, remove) run as {@link OptimisticTransactions} units that claim
 * the page's next history number, exactly like reviews, so they serialise with concurrent votes through the
 * database: a selection and a closing vote can never both move the page out of the same round.
 *
 * <p>Page edits: the host's edit event ({@link #pageEdited}) and, as a safety net, every status read move a page
 * whose state has a page-edit transition once its Confluence version is newer than the version it entered the
 * state at. Both go through the same unit, so an edit moves the page once however often it is reported, on any
 * node, and an edit whose event was lost (a node stopped in between) is caught up the next time anyone looks.
 */
@Component
public class DefaultPageWorkflowService implements PageWorkflowService {
    private final PageInstanceRepository instances;
    private final VoteRepository votes;
    private final HistoryRepository history;
    private final WorkflowRepository workflows;
    private final GroupMembership groups;
    private final PagePermissions permissions;
    private final OptimisticTransactions transactions;
    private final TimeSource time;
    private final WorkflowEngine engine;
    private final PageVersions pageVersions;
    private final ReviewerEligibility eligibility;

    public DefaultPageWorkflowService(PageInstanceRepository instances, VoteRepository votes,
                                      HistoryRepository history, WorkflowRepository workflows,
                                      GroupMembership groups, PagePermissions permissions, UserDirectory directory,
                                      OptimisticTransactions transactions, TimeSource time, PageAuthors authors,
                                      PageVersions pageVersions) {
        this.pageVersions = Objects.requireNonNull(pageVersions, "pageVersions");
        this.instances = Objects.requireNonNull(instances, "instances");
        this.votes = Objects.requireNonNull(votes, "votes");
        this.history = Objects.requireNonNull(history, "history");
        this.workflows = Objects.requireNonNull(workflows, "workflows");
        this.groups = Objects.requireNonNull(groups, "groups");
        this.permissions = Objects.requireNonNull(permissions, "permissions");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.time = Objects.requireNonNull(time, "time");
        this.engine = new WorkflowEngine(directory, pageVersions);
        this.eligibility = new ReviewerEligibility(groups, permissions, authors);
    }

    @Override
    public ApplyResult apply(long pageId, long workflowId, Actor actor) {
        if (!permissions.canEdit(pageId, actor.userKey())) {
            return new ApplyResult(ApplyResult.Outcome.NOT_PERMITTED, null);
        }
        return transactions.runOnPage(pageId, () -> {
            Instant now = time.clock().instant();
            Optional<WorkflowDefinition> definition = workflows.find(workflowId);
            if (definition.isEmpty()) {
                return new ApplyResult(ApplyResult.Outcome.WORKFLOW_NOT_FOUND, null);
            }
            if (instances.find(pageId).isPresent()) {
                return new ApplyResult(ApplyResult.Outcome.ALREADY_APPLIED, null);
            }
            WorkflowDefinition workflow = definition.get();
            long seq = history.lastSeq(pageId) + 1;
            history.append(HistoryEntry.applied(pageId, seq, now, actor, workflowId, workflow.initialState()));
            // A page that had a workflow before continues its round numbers: old votes never count in a new round.
            PageInstance empty = new PageInstance(pageId, workflowId, null, null, seq,
                    instances.lastClosedRound(pageId), null, now,
                    actor.userKey(), now, null, null);
            PageInstance entered = engine.enter(empty, workflow, workflow.initialState(), now, actor);
            instances.insert(entered);
            return new ApplyResult(ApplyResult.Outcome.APPLIED, StateView.of(workflow, workflow.initialState()));
        });
    }

    @Override
    public EditOutcome pageEdited(long pageId, int pageVersion, Actor editor) {
        if (instances.find(pageId).isEmpty()) {
            return EditOutcome.NO_WORKFLOW; // most edited pages have no workflow: no transaction, no lock
        }
        return transactions.runOnPage(pageId, () -> {
            Optional<PageInstance> found = instances.find(pageId);
            if (found.isEmpty()) {
                return EditOutcome.NO_WORKFLOW;
            }
            PageInstance instance = found.get();
            if (!instance.editIsNewer(pageVersion)) {
                return EditOutcome.ALREADY_SEEN;
            }
            WorkflowDefinition definition = workflows.find(instance.workflowId()).orElse(null);
            Optional<EditTransition> edit = definition == null ? Optional.empty()
                    : definition.editFrom(instance.stateKey());
            if (edit.isEmpty()) {
                return EditOutcome.NO_EDIT_TRANSITION;
            }
            Instant now = time.clock().instant();
            String target = edit.get().to();
            long seq = instance.version() + 1;
            Integer round = instance.openRound() == null ? null : instance.openRound().number();
            history.append(HistoryEntry.edited(pageId, seq, now, editor, instance.stateKey(), target, edit.get().key(),
                    round, pageVersion));
            if (round != null) {
                // The votes stay in the history; they were cast on text that no longer exists, so they count for nothing.
                instances.closeRound(pageId, round, RoundClose.LEFT_BY_EDIT, seq, now);
            }
            instances.update(engine.enter(instance, definition, target, now, editor, pageVersion).withVersion(seq));
            return EditOutcome.TRANSITIONED;
        });
    }

    /** Applies an edit whose event never arrived (see the class comment); cheap when there is nothing to do. */
    private Optional<PageInstance> caughtUp(PageInstance instance, WorkflowDefinition definition) {
        // An instance that does not know its entry version (stored before it was kept) waits for a real edit event:
        // otherwise adding a page-edit transition to a workflow would move such pages at once.
        if (instance.enteredPageVersion() == null || definition == null
                || definition.editFrom(instance.stateKey()).isEmpty()) {
            return Optional.of(instance);
        }
        PageVersions.PageVersion current = pageVersions.current(instance.pageId());
        if (current == null || !instance.editIsNewer(current.number())) {
            return Optional.of(instance);
        }
        Actor editor = current.editor() == null ? Actor.UNKNOWN : current.editor();
        pageEdited(instance.pageId(), current.number(), editor);
        return instances.find(instance.pageId());
    }

    @Override
    public Optional<PageWorkflowStatus> status(long pageId, Actor viewer) {
        Optional<PageInstance> found = instances.find(pageId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        WorkflowDefinition definition = workflows.find(found.get().workflowId()).orElse(null);
        found = caughtUp(found.get(), definition);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        PageInstance instance = found.get();
        String state = instance.stateKey();
        List<StateView> next = new ArrayList<>();
        List<SelectionOption> selections = new ArrayList<>();
        if (definition != null) {
            Set<String> targets = new LinkedHashSet<>();
            definition.transitionsFrom(state).forEach(t -> targets.addAll(t.targets()));
            targets.forEach(key -> next.add(StateView.of(definition, key)));
            definition.selectionsFrom(state)
                    .forEach(s -> selections.add(new SelectionOption(s.key(), StateView.of(definition, s.to()), s.label())));
        }
        ApprovalStatus approval = null;
        boolean canReview = false;
        boolean isAuthor = false;
        Decision viewerVote = null;
        if (instance.openRound() != null) {
            ApprovalRound round = instance.openRound();
            Tally tally = ApprovalRules.tally(round, votes.ofRound(pageId, round.number()));
            approval = approvalStatus(definition, round, tally);
            if (viewer != null) {
                Vote mine = tally.current().get(viewer.userKey());
                viewerVote = mine == null ? null : mine.decision();
                ReviewerEligibility.Standing standing = eligibility.of(pageId, round, viewer);
                canReview = standing.refusal() != ReviewerEligibility.Refusal.NOT_A_REVIEWER;
                isAuthor = standing.refusal() == ReviewerEligibility.Refusal.SELF_REVIEW;
            }
        }
        boolean canEdit = viewer != null && permissions.canEdit(pageId, viewer.userKey());
        return Optional.of(new PageWorkflowStatus(pageId, instance.workflowId(),
                definition == null ? "" : definition.name(), StateView.of(definition, state),
                StateView.of(definition, instance.previousState()), next, approval, selections, canReview,
                viewerVote, canEdit, viewer != null && permissions.canRemoveWorkflow(pageId, viewer.userKey()),
                isAuthor, instance.enteredByApproval()));
    }

    private static ApprovalStatus approvalStatus(WorkflowDefinition definition, ApprovalRound round, Tally tally) {
        List<ReviewerStatus> reviewers = new ArrayList<>();
        for (Reviewer named : round.namedReviewers()) {
            Vote vote = tally.current().get(named.userKey());
            reviewers.add(vote == null
                    ? new ReviewerStatus(named.userKey(), named.username(), named.fullName(), true, List.of(), null,
                            null, false)
                    : new ReviewerStatus(named.userKey(), named.username(), named.fullName(), true, vote.viaGroups(),
                            vote.decision(), vote.at(), vote.twoFactorVerified()));
        }
        for (Vote vote : tally.current().values()) {
            if (!round.isNamed(vote.reviewerKey())) {
                reviewers.add(new ReviewerStatus(vote.reviewerKey(), vote.username(), vote.fullName(), false,
                        vote.viaGroups(), vote.decision(), vote.at(), vote.twoFactorVerified()));
            }
        }
        return new ApprovalStatus(round.number(), round.transitionKey(), round.approveLabel(), round.rejectLabel(),
                StateView.of(definition, round.approveTo()), StateView.of(definition, round.rejectTo()), reviewers,
                round.groups(), tally.approvals(), tally.rejections(), round.minApprovals(), round.minRejections(),
                round.requireAll(), round.requireTwoFactor(), round.openedAt());
    }

    @Override
    public SelectionResult select(long pageId, String transitionKey, Actor actor) {
        if (!permissions.canEdit(pageId, actor.userKey())) {
            return new SelectionResult(SelectionResult.Outcome.NOT_PERMITTED, null);
        }
        return transactions.runOnPage(pageId, () -> {
            Instant now = time.clock().instant();
            Optional<PageInstance> found = instances.find(pageId);
            if (found.isEmpty()) {
                return new SelectionResult(SelectionResult.Outcome.NO_WORKFLOW, null);
            }
            PageInstance instance = found.get();
            WorkflowDefinition definition = workflows.find(instance.workflowId()).orElse(null);
            Optional<SelectionTransition> selection = definition == null ? Optional.empty()
                    : definition.selectionsFrom(instance.stateKey()).stream()
                            .filter(s -> s.key().equals(transitionKey)).findFirst();
            if (selection.isEmpty()) {
                return new SelectionResult(SelectionResult.Outcome.UNKNOWN_TRANSITION,
                        StateView.of(definition, instance.stateKey()));
            }
            String target = selection.get().to();
            long seq = instance.version() + 1;
            history.append(HistoryEntry.transition(pageId, seq, now, actor, instance.stateKey(), target,
                    TransitionTrigger.SELECTION, transitionKey,
                    instance.openRound() == null ? null : instance.openRound().number()));
            if (instance.openRound() != null) {
                instances.closeRound(pageId, instance.openRound().number(), RoundClose.LEFT_BY_SELECTION, seq, now);
            }
            instances.update(engine.enter(instance, definition, target, now, actor).withVersion(seq));
            return new SelectionResult(SelectionResult.Outcome.TRANSITIONED, StateView.of(definition, target));
        });
    }

    @Override
    public RemovalOutcome remove(long pageId, Actor actor) {
        if (!permissions.canRemoveWorkflow(pageId, actor.userKey())) {
            return RemovalOutcome.NOT_PERMITTED;
        }
        return transactions.runOnPage(pageId, () -> {
            Instant now = time.clock().instant();
            Optional<PageInstance> found = instances.find(pageId);
            if (found.isEmpty()) {
                return RemovalOutcome.NO_WORKFLOW;
            }
            PageInstance instance = found.get();
            long seq = instance.version() + 1;
            Integer round = instance.openRound() == null ? null : instance.openRound().number();
            // Claiming seq first makes removal serialise with a concurrent vote or selection on the same page.
            history.append(HistoryEntry.removed(pageId, seq, now, actor, instance.workflowId(), instance.stateKey(),
                    round));
            if (round != null) {
                instances.closeRound(pageId, round, RoundClose.REMOVED, seq, now);
            }
            instances.delete(pageId);
            return RemovalOutcome.REMOVED;
        });
    }

    @Override
    public HistoryPage history(long pageId, int start, int limit) {
        int first = Math.max(0, start);
        int size = Math.max(1, Math.min(MAX_HISTORY_PAGE, limit));
        Map<String, String> stateNames = new HashMap<>();
        instances.find(pageId).flatMap(instance -> workflows.find(instance.workflowId()))
                .ifPresent(definition -> definition.states().forEach(st -> stateNames.put(st.key(), st.name())));
        return new HistoryPage(history.page(pageId, first, size), history.count(pageId), first, size, stateNames);
    }

    @Override
    public TaskPage openTasks(Actor user, PageInstanceRepository.OpenRoundRef from, int limit) {
        int max = Math.max(1, Math.min(MAX_TASKS, limit));
        // the user's own groups, asked of the host: the lookup reads the rounds of those groups, not every round's groups
        Set<String> memberOfSet = Set.copyOf(groups.groupsOf(user.username()));
        List<String> memberOf = List.copyOf(memberOfSet);
        // Newest round first, read from the database a batch at a time until the page of tasks is full: the rounds
        // the user already voted in, cannot see or may not review are skipped, so a batch may yield fewer tasks.
        int batch = max + 1 + 8; // the page, one more to know there is a next page, a few for skipped rounds
        Map<Long, Optional<WorkflowDefinition>> definitions = new HashMap<>();
        Set<PageRound> seen = new HashSet<>();
        List<OpenTask> tasks = new ArrayList<>();
        PageInstanceRepository.OpenRoundRef after = from;
        PageInstanceRepository.OpenRoundRef lastTask = null;
        boolean more = false;
        while (!more) {
            List<PageInstanceRepository.OpenRoundRef> refs = instances.openRoundsFor(user.userKey(), memberOf, after, batch);
            if (refs.isEmpty()) {
                break;
            }
            after = refs.get(refs.size() - 1);
            Set<PageRound> candidates = new LinkedHashSet<>();
            for (PageInstanceRepository.OpenRoundRef ref : refs) {
                if (seen.add(ref.pageRound())) {
                    candidates.add(ref.pageRound());
                }
            }
            Set<PageRound> voted = votes.votedIn(user.userKey(), candidates);
            Map<Long, PageInstance> pages = instances.findAll(candidates.stream().map(PageRound::pageId).toList());
            for (PageInstanceRepository.OpenRoundRef ref : refs) {
                PageRound candidate = ref.pageRound();
                if (!candidates.remove(candidate)) {
                    continue; // the second row of a round that names the user and one of their groups
                }
                PageInstance instance = pages.get(candidate.pageId());
                if (voted.contains(candidate) || instance == null || instance.openRound() == null
                        || instance.openRound().number() != candidate.round()) {
                    continue;
                }
                ApprovalRound round = instance.openRound();
                if (!eligibility.of(candidate.pageId(), round, user.userKey(), memberOfSet).eligible()) {
                    continue; // their review would be refused: not a task of theirs
                }
                if (tasks.size() == max) {
                    more = true; // one task beyond the page: there is a next page, which starts after the last task
                    break;
                }
                WorkflowDefinition definition = definitions
                        .computeIfAbsent(instance.workflowId(), workflows::find).orElse(null);
                tasks.add(new OpenTask(instance.pageId(), instance.workflowId(),
                        definition == null ? "" : definition.name(), StateView.of(definition, instance.stateKey()),
                        round.number(), round.openedAt(), round.requireTwoFactor(), instance.enteredBy()));
                lastTask = ref;
            }
            if (refs.size() < batch) {
                break;
            }
        }
        // In the database's order: newest round first, then by page.
        return new TaskPage(List.copyOf(tasks), more ? lastTask : null);
    }
}
