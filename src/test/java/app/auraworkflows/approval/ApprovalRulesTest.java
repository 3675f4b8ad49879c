package app.auraworkflows.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.auraworkflows.approval.ApprovalRules.RoundDecision;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The approval rules, table-driven through the real review service: thresholds × require-all × vote
 * sequences (with vote changes and group members). Each row applies a workflow that starts in In Review
 * (approve → Published, reject → Draft), casts the votes in order, and says after which vote (1-based) the
 * round must close and where the page must end up. Group {@code writers} = dave, erin, frank.
 */
class ApprovalRulesTest {
    private static final Reviewers ABC = Reviewers.users("alice", "bob", "carol");
    private static final Reviewers AB = Reviewers.users("alice", "bob");
    private static final Reviewers WRITERS = Reviewers.groups("writers");
    private static final Reviewers ALICE_AND_WRITERS = new Reviewers(List.of("alice"), List.of("writers"));
    private static final Reviewers DAVE_AND_WRITERS = new Reviewers(List.of("dave"), List.of("writers"));

    static Stream<Arguments> rules() {
        return Stream.of(
                row("default thresholds: one approval approves", AB, 1, 1, false, "alice:APPROVE", "published", 1),
                row("default thresholds: one rejection rejects", AB, 1, 1, false, "alice:REJECT", "draft", 1),
                row("two approvals needed: the second closes", ABC, 2, 1, false, "alice:APPROVE bob:APPROVE", "published", 2),
                row("below both thresholds the round stays open", ABC, 2, 2, false, "alice:APPROVE bob:REJECT", "in-review", 0),
                row("rejections reach their threshold after an approval", ABC, 3, 2, false,
                        "alice:APPROVE bob:REJECT carol:REJECT", "draft", 3),
                row("a changed vote counts once, as the newest", AB, 2, 2, false,
                        "alice:APPROVE alice:REJECT bob:APPROVE", "in-review", 0),
                row("changing a rejection to an approval can close the round", AB, 2, 2, false,
                        "alice:REJECT bob:APPROVE alice:APPROVE", "published", 3),
                row("approving twice is one approval", AB, 2, 1, false, "alice:APPROVE alice:APPROVE", "in-review", 0),
                row("min approvals 3 of 3", ABC, 3, 3, false, "alice:APPROVE bob:APPROVE carol:APPROVE", "published", 3),
                row("require all waits for every named reviewer", ABC, 1, 1, true,
                        "alice:APPROVE bob:APPROVE carol:APPROVE", "published", 3),
                row("require all: one rejection still closes at min rejections", ABC, 1, 1, true,
                        "alice:APPROVE bob:REJECT", "draft", 2),
                row("require all ignores min approvals", AB, 5, 1, true, "alice:APPROVE bob:APPROVE", "published", 2),
                row("require all with min rejections 2", ABC, 1, 2, true, "alice:REJECT bob:APPROVE carol:REJECT", "draft", 3),
                row("require all: a changed rejection completes the approval", AB, 1, 2, true,
                        "alice:REJECT bob:APPROVE alice:APPROVE", "published", 3),
                row("require all: named reviewer and one group member", ALICE_AND_WRITERS, 1, 1, true,
                        "alice:APPROVE dave:APPROVE", "published", 2),
                row("require all: group members without the named reviewer are not enough", ALICE_AND_WRITERS, 1, 1, true,
                        "dave:APPROVE erin:APPROVE", "in-review", 0),
                row("require all: the named reviewer without a group member is not enough", ALICE_AND_WRITERS, 1, 1, true,
                        "alice:APPROVE", "in-review", 0),
                row("group members vote individually and each counts", WRITERS, 2, 1, false,
                        "dave:APPROVE erin:APPROVE", "published", 2),
                row("a group member's rejection counts", WRITERS, 2, 2, false,
                        "dave:REJECT erin:APPROVE frank:REJECT", "draft", 3),
                row("a named reviewer who is also a group member counts once", DAVE_AND_WRITERS, 2, 1, false,
                        "dave:APPROVE dave:APPROVE", "in-review", 0),
                row("require all: a named reviewer in the group covers both", DAVE_AND_WRITERS, 1, 1, true,
                        "dave:APPROVE", "published", 1));
    }

    private static Arguments row(String name, Reviewers reviewers, int minApprovals, int minRejections,
                                 boolean requireAll, String votes, String finalState, int closingVote) {
        return Arguments.of(name, reviewers, minApprovals, minRejections, requireAll, votes, finalState, closingVote);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void votesCloseTheRoundExactlyWhenTheRulesSay(String name, Reviewers reviewers, int minApprovals, int minRejections,
                                                   boolean requireAll, String votes, String finalState, int closingVote) {
        ApprovalFixture f = new ApprovalFixture();
        f.groups.add("writers", "dave", "erin", "frank");
        f.applyToPage(ApprovalFixture.startsInReview(reviewers, minApprovals, minRejections, requireAll));

        String[] cast = votes.split(" ");
        for (int i = 0; i < cast.length; i++) {
            String[] vote = cast[i].split(":");
            ReviewResult result = f.vote(vote[0], vote[1], 1);
            assertEquals(ReviewOutcome.RECORDED, result.outcome(), "vote " + (i + 1));
            assertEquals(i + 1 == closingVote, result.transitioned(), "vote " + (i + 1) + " transitioned");
        }
        assertEquals(finalState, f.state());
        assertEquals(closingVote > 0 ? 1 : 0, f.transitions());
        assertEquals(cast.length, f.votes.rows.size(), "every vote is kept");
    }

    // ----- the pure functions -----

    private static final ApprovalRound ROUND = new ApprovalRound(1, "review", "in-review", "published", "draft", 2, 2,
            false, false, null, null, List.of(new Reviewer("k-a", "a", "A"), new Reviewer("k-b", "b", "B")),
            List.of("g"), Instant.EPOCH);

    private static Vote vote(long seq, String key, Decision decision, String... groups) {
        return new Vote(1, 1, seq, key, key, key, decision, "", Instant.EPOCH, key.startsWith("k-"), List.of(groups),
                false, null);
    }

    @Test
    void theCurrentVoteIsTheNewestAndVotersKeepTheirFirstPosition() {
        List<Vote> votes = new ArrayList<>(List.of(vote(3, "k-a", Decision.REJECT), vote(1, "k-a", Decision.APPROVE),
                vote(2, "k-b", Decision.APPROVE)));
        var current = ApprovalRules.currentVotes(votes);
        assertEquals(List.of("k-a", "k-b"), List.copyOf(current.keySet()));
        assertEquals(Decision.REJECT, current.get("k-a").decision());
    }

    @Test
    void tallyCountsDistinctVotersAndWhoIsStillOutstanding() {
        var tally = ApprovalRules.tally(ROUND, List.of(vote(1, "k-a", Decision.APPROVE), vote(2, "m", Decision.REJECT, "g"),
                vote(3, "n", Decision.APPROVE, "g")));
        assertEquals(2, tally.approvals());
        assertEquals(1, tally.rejections());
        assertEquals(List.of("k-b"), tally.namedStillToApprove().stream().map(Reviewer::userKey).toList());
        assertTrue(tally.groupsStillToApprove().isEmpty());
    }

    @Test
    void ifBothThresholdsWereEverMetTheDecidingVoteWins() {
        var tally = ApprovalRules.tally(ROUND, List.of(vote(1, "k-a", Decision.APPROVE), vote(2, "k-b", Decision.APPROVE),
                vote(3, "x", Decision.REJECT, "g"), vote(4, "y", Decision.REJECT, "g")));
        assertEquals(RoundDecision.REJECTED, ApprovalRules.decide(ROUND, tally, Decision.REJECT));
        assertEquals(RoundDecision.APPROVED, ApprovalRules.decide(ROUND, tally, Decision.APPROVE));
    }

    @Test
    void requireAllNeedsAtLeastOneApprovalEvenWithNobodyOutstanding() {
        ApprovalRound empty = new ApprovalRound(1, "review", "s", "a", "r", 1, 1, true, false, null, null, List.of(),
                List.of(), Instant.EPOCH);
        assertEquals(RoundDecision.OPEN, ApprovalRules.decide(empty, ApprovalRules.tally(empty, List.of()), Decision.APPROVE));
    }
}
