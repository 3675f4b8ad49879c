package app.auraworkflows.approval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The approval rules, as pure functions over a round's snapshot and its votes (docs/approval-rules.md):
 * <ul>
 *   <li>each reviewer has one current vote per round: their newest; older ones stay in the history;</li>
 *   <li>approvals and rejections count distinct voters' current votes;</li>
 *   <li>the round is APPROVED when approvals ≥ Min. approvals, or, with "Require all reviewers approval",
 *       when every named reviewer's current vote is APPROVE and every reviewer group has at least one
 *       member (at voting time) whose current vote is APPROVE; Min. approvals is not used then;</li>
 *   <li>the round is REJECTED when rejections ≥ Min. rejections (also with require-all).</li>
 * </ul>
 * One vote can only add an approval or a rejection (and may take back the other kind), so a vote can meet
 * at most one threshold that was not met before; should both ever be met, the direction of the deciding
 * vote wins.
 */
public final class ApprovalRules {
    private ApprovalRules() {
    }

    /** The outcome of a round after a vote. */
    public enum RoundDecision { OPEN, APPROVED, REJECTED }

    /**
     * Counts of a round.
     *
     * @param approvals            distinct voters whose current vote is APPROVE
     * @param rejections           distinct voters whose current vote is REJECT
     * @param current              current vote per voter (user key), in the order they first voted
     * @param namedStillToApprove  named reviewers whose current vote is not APPROVE (for require-all)
     * @param groupsStillToApprove reviewer groups without an approving member (for require-all)
     */
    public record Tally(int approvals, int rejections, Map<String, Vote> current,
                        List<Reviewer> namedStillToApprove, List<String> groupsStillToApprove) {
    }

    /** The newest vote (highest sequence number) of every voter. */
    public static Map<String, Vote> currentVotes(Collection<Vote> votes) {
        Map<String, Vote> current = new LinkedHashMap<>();
        // a LinkedHashMap keeps a key's first position when it is put again: voters stay in first-vote order
        votes.stream().sorted(java.util.Comparator.comparingLong(Vote::seq))
                .forEach(vote -> current.put(vote.reviewerKey(), vote));
        return current;
    }

    public static Tally tally(ApprovalRound round, Collection<Vote> votes) {
        Map<String, Vote> current = currentVotes(votes);
        int approvals = 0;
        int rejections = 0;
        for (Vote vote : current.values()) {
            if (vote.decision() == Decision.APPROVE) {
                approvals++;
            } else {
                rejections++;
            }
        }
        List<Reviewer> namedStill = new ArrayList<>();
        for (Reviewer reviewer : round.namedReviewers()) {
            Vote vote = current.get(reviewer.userKey());
            if (vote == null || vote.decision() != Decision.APPROVE) {
                namedStill.add(reviewer);
            }
        }
        List<String> groupsStill = new ArrayList<>();
        for (String group : round.groups()) {
            boolean covered = current.values().stream()
                    .anyMatch(v -> v.decision() == Decision.APPROVE && v.viaGroups().contains(group));
            if (!covered) {
                groupsStill.add(group);
            }
        }
        return new Tally(approvals, rejections, current, List.copyOf(namedStill), List.copyOf(groupsStill));
    }

    /** Whether the round is decided, given its tally and the decision of the vote just cast. */
    public static RoundDecision decide(ApprovalRound round, Tally tally, Decision deciding) {
        boolean approved = round.requireAll()
                ? tally.approvals() >= 1 && tally.namedStillToApprove().isEmpty() && tally.groupsStillToApprove().isEmpty()
                : tally.approvals() >= round.minApprovals();
        boolean rejected = tally.rejections() >= round.minRejections();
        if (approved && rejected) {
            return deciding == Decision.REJECT ? RoundDecision.REJECTED : RoundDecision.APPROVED;
        }
        if (approved) {
            return RoundDecision.APPROVED;
        }
        return rejected ? RoundDecision.REJECTED : RoundDecision.OPEN;
    }
}
