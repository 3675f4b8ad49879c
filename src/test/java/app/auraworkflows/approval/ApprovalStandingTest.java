package app.auraworkflows.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.auraworkflows.approval.ApprovalStanding.Standing;
import app.auraworkflows.approval.HistoryEntry.TransitionTrigger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What was last approved on a page and whether the page has changed since, read from its history. */
class ApprovalStandingTest {
    private static final long PAGE = ApprovalFixture.PAGE;
    private static final String HASH_V1 = "11".repeat(32);

    private final ApprovalFakes.History history = new ApprovalFakes.History();
    private final ApprovalStanding standing = new ApprovalStanding(history);
    private final Actor alice = ApprovalFixture.actor("alice");
    private final Actor editor = ApprovalFixture.actor("editor");
    private long seq;

    private void applied() {
        history.append(HistoryEntry.applied(PAGE, ++seq, ApprovalFixture.T0, editor, 1, "draft"));
    }

    private void closingVote(int round, Decision decision, Integer version, String hash) {
        ++seq;
        history.append(HistoryEntry.vote(new Vote(PAGE, round, seq, alice.userKey(), alice.username(),
                alice.fullName(), decision, "", ApprovalFixture.T0.plusSeconds(seq), true, List.of(), true, version,
                hash)));
        history.append(HistoryEntry.transition(PAGE, ++seq, ApprovalFixture.T0.plusSeconds(seq), alice, "review",
                decision == Decision.APPROVE ? "approved" : "draft",
                decision == Decision.APPROVE ? TransitionTrigger.APPROVAL : TransitionTrigger.REJECTION, "review",
                round));
    }

    private void selection(String from, String to) {
        history.append(HistoryEntry.transition(PAGE, ++seq, ApprovalFixture.T0.plusSeconds(seq), editor, from, to,
                TransitionTrigger.SELECTION, "submit", null));
    }

    @Test
    void aPageNeverApprovedHasNoLastApprovalAndNothingChangedSince() {
        applied();
        selection("draft", "review");
        Standing s = standing.of(PAGE, 7);
        assertNull(s.lastApproval());
        assertFalse(s.changedSinceApproval());
        assertFalse(s.inApprovedState());
    }

    @Test
    void theApprovedVersionAndItsFingerprintComeFromTheVoteThatClosedTheRound() {
        applied();
        selection("draft", "review");
        closingVote(1, Decision.APPROVE, 1, HASH_V1);
        Standing s = standing.of(PAGE, 1);
        assertEquals(1, s.lastApproval().round());
        assertEquals(1, s.lastApproval().pageVersion());
        assertEquals(HASH_V1, s.lastApproval().contentSha256());
        assertEquals(ApprovalFixture.T0.plusSeconds(seq), s.lastApproval().at());
        assertFalse(s.changedSinceApproval(), "the current version is the approved one");
        assertTrue(s.inApprovedState());
    }

    @Test
    void aNewerPageVersionIsChangedSinceApproval() {
        applied();
        selection("draft", "review");
        closingVote(1, Decision.APPROVE, 3, HASH_V1);
        Standing s = standing.of(PAGE, 5);
        assertTrue(s.changedSinceApproval());
        assertTrue(s.inApprovedState());
        assertEquals(3, s.lastApproval().pageVersion());
    }

    @Test
    void theLastApprovedRoundCountsNotALaterRejection() {
        applied();
        selection("draft", "review");
        closingVote(1, Decision.APPROVE, 1, HASH_V1);
        selection("approved", "review");
        closingVote(2, Decision.REJECT, 2, "22".repeat(32));
        Standing s = standing.of(PAGE, 2);
        assertEquals(1, s.lastApproval().round());
        assertTrue(s.changedSinceApproval());
        assertFalse(s.inApprovedState(), "the page has left the approved state: no notice next to its lozenge");
    }

    @Test
    void anApprovalOfAnEarlierWorkflowInstanceDoesNotCount() {
        applied();
        selection("draft", "review");
        closingVote(1, Decision.APPROVE, 1, HASH_V1);
        applied();
        assertNull(standing.of(PAGE, 4).lastApproval());
    }

    @Test
    void anApprovalRecordedWithoutAVersionIsNeverReportedAsChanged() {
        applied();
        selection("draft", "review");
        closingVote(1, Decision.APPROVE, null, null);
        Standing s = standing.of(PAGE, 9);
        assertNull(s.lastApproval().pageVersion());
        assertFalse(s.changedSinceApproval());
    }

    @Test
    void theStandingIsFoundBehindMoreThanOneChunkOfHistory() {
        applied();
        selection("draft", "review");
        closingVote(1, Decision.APPROVE, 2, HASH_V1);
        selection("approved", "review");
        for (int i = 0; i < 120; i++) {
            ++seq;
            history.append(HistoryEntry.vote(new Vote(PAGE, 2, seq, alice.userKey(), alice.username(),
                    alice.fullName(), Decision.APPROVE, "", ApprovalFixture.T0, true, List.of(), false, 2)));
        }
        Standing s = standing.of(PAGE, 2);
        assertEquals(1, s.lastApproval().round());
        assertFalse(s.inApprovedState());
    }
}
