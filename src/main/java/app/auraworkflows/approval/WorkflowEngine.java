package app.auraworkflows.approval;

import app.auraworkflows.kernel.DirectoryUser;
import app.auraworkflows.kernel.UserDirectory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Moving a page into a state, shared by applying, selecting and closing a round. Entering a state that has
 * an approval transition opens a new round and snapshots it: named reviewers are resolved to users now
 * (unknown or deactivated usernames are left out), groups are kept by name, thresholds and targets are
 * copied; the page's current Confluence version is recorded as the version the state was entered at. Callers run it
 * inside their page transaction.
 */
final class WorkflowEngine {
    private final UserDirectory directory;
    private final PageVersions pageVersions;

    WorkflowEngine(UserDirectory directory, PageVersions pageVersions) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.pageVersions = Objects.requireNonNull(pageVersions, "pageVersions");
    }

    /**
     * The instance after entering {@code target} (re-entering the current state counts as an entry: a new
     * round opens). {@code definition} may be null (deleted workflow): then no round opens.
     */
    PageInstance enter(PageInstance current, WorkflowDefinition definition, String target, Instant now, Actor by) {
        return enter(current, definition, target, now, by, pageVersions.currentNumber(current.pageId()));
    }

    /** As {@link #enter(PageInstance, WorkflowDefinition, String, Instant, Actor)}, entered at a known page version. */
    PageInstance enter(PageInstance current, WorkflowDefinition definition, String target, Instant now, Actor by,
                       Integer pageVersion) {
        ApprovalRound round = null;
        int lastRound = current.lastRound();
        Optional<ApprovalTransition> approval = definition == null ? Optional.empty() : definition.approvalFrom(target);
        if (approval.isPresent()) {
            lastRound++;
            round = openRound(lastRound, approval.get(), now);
        }
        String previous = current.stateKey();
        // Not by approval: the one approval path marks its entry itself (DefaultReviewService).
        return new PageInstance(current.pageId(), current.workflowId(), target, previous, current.version(),
                lastRound, round, current.appliedAt(), current.appliedBy(), now, pageVersion,
                by == null ? null : by.fullName(), false);
    }

    private ApprovalRound openRound(int number, ApprovalTransition t, Instant now) {
        Map<String, Reviewer> named = new LinkedHashMap<>();
        for (String username : t.reviewers().users()) {
            if (username.isEmpty()) {
                continue;
            }
            Optional<DirectoryUser> user = directory.byUsername(username);
            if (user.isPresent() && user.get().active()) {
                DirectoryUser u = user.get();
                named.putIfAbsent(u.userKey(), new Reviewer(u.userKey(), u.username(), u.fullName()));
            }
        }
        List<String> groups = new ArrayList<>();
        for (String group : t.reviewers().groups()) {
            if (!group.isEmpty()) {
                groups.add(group);
            }
        }
        return new ApprovalRound(number, t.key(), t.from(), t.approveTo(), t.rejectTo(), t.minApprovals(),
                t.minRejections(), t.requireAll(), t.requireTwoFactor(), t.approveLabel(), t.rejectLabel(),
                List.copyOf(named.values()), groups, now, t.excludeAuthors());
    }
}
