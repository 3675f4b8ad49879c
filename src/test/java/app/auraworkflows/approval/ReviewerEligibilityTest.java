package app.auraworkflows.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who may review an open round, and why not: named or in a reviewer group, can view the page, not an excluded author. */
class ReviewerEligibilityTest {
    static final long PAGE = 7L;
    final Actor alice = new Actor("key-alice", "alice", "Alice");
    final Actor gina = new Actor("key-gina", "gina", "Gina");
    final Actor otto = new Actor("key-otto", "otto", "Otto");
    final Map<String, Set<String>> membership = Map.of("gina", Set.of("qa"));
    final List<String> asked = new ArrayList<>();
    Set<String> viewers = Set.of("key-alice", "key-gina", "key-otto");
    Set<String> authors = Set.of();

    final GroupMembership groups = new GroupMembership() {
        @Override
        public boolean isMember(String username, String groupName) {
            return membership.getOrDefault(username, Set.of()).contains(groupName.toLowerCase(java.util.Locale.ROOT));
        }

        @Override
        public Set<String> groupsOf(String username) {
            return membership.getOrDefault(username, Set.of());
        }
    };
    final PagePermissions permissions = new PagePermissions() {
        @Override
        public boolean canView(long pageId, String userKey) {
            asked.add("view " + userKey);
            return viewers.contains(userKey);
        }

        @Override
        public boolean canEdit(long pageId, String userKey) {
            return false;
        }
    };
    final ReviewerEligibility eligibility = new ReviewerEligibility(groups, permissions, pageId -> {
        asked.add("authors");
        return authors;
    });

    ApprovalRound round(boolean excludeAuthors) {
        return new ApprovalRound(1, "review", "in-review", "approved", "rejected", 1, 1, false, false, "Approve",
                "Reject", List.of(new Reviewer("key-alice", "alice", "Alice")), List.of("QA"), Instant.EPOCH,
                excludeAuthors);
    }

    @Test
    void aNamedReviewerAndAGroupMemberMayReviewAndSayHow() {
        ReviewerEligibility.Standing named = eligibility.of(PAGE, round(false), alice);
        ReviewerEligibility.Standing viaGroup = eligibility.of(PAGE, round(false), gina);
        assertTrue(named.eligible());
        assertTrue(named.named());
        assertTrue(viaGroup.eligible());
        assertEquals(List.of("QA"), viaGroup.viaGroups());
    }

    @Test
    void someoneNeitherNamedNorInAGroupIsNotAReviewerAndCostsNoLookup() {
        assertEquals(ReviewerEligibility.Refusal.NOT_A_REVIEWER, eligibility.of(PAGE, round(true), otto).refusal());
        assertEquals(List.of(), asked);
    }

    @Test
    void aReviewerWhoCannotViewThePageIsNotAReviewer() {
        viewers = Set.of("key-gina");
        assertEquals(ReviewerEligibility.Refusal.NOT_A_REVIEWER, eligibility.of(PAGE, round(false), alice).refusal());
    }

    @Test
    void aViewRightTheCallerAlreadyCheckedIsNotAskedAgainButTheListStillDecides() {
        assertTrue(eligibility.of(PAGE, round(false), alice, true).eligible());
        assertEquals(List.of(), asked);
        assertEquals(ReviewerEligibility.Refusal.NOT_A_REVIEWER, eligibility.of(PAGE, round(false), otto, true).refusal());
        assertEquals(List.of("view key-alice"), askedAfter(() -> eligibility.of(PAGE, round(false), alice, false)));
    }

    private List<String> askedAfter(Runnable run) {
        asked.clear();
        run.run();
        return List.copyOf(asked);
    }

    @Test
    void anAuthorIsRefusedOnlyWhereTheRoundExcludesAuthors() {
        authors = Set.of("key-alice");
        assertTrue(eligibility.of(PAGE, round(false), alice).eligible());
        assertEquals(ReviewerEligibility.Refusal.SELF_REVIEW, eligibility.of(PAGE, round(true), alice).refusal());
    }

    @Test
    void groupsReadOnceForManyRoundsGiveTheSameAnswer() {
        ApprovalRound round = round(false);
        assertEquals(eligibility.of(PAGE, round, gina),
                eligibility.of(PAGE, round, gina.userKey(), groups.groupsOf("gina")));
        assertFalse(eligibility.of(PAGE, round, otto.userKey(), Set.of()).eligible());
    }
}
