package app.auraworkflows.approval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Role: the one rule "may this user review this open round, and if not, why not", used by the review itself, the
 * page's workflow status ("your review is requested") and the open tasks list, so the three can never disagree.
 *
 * <p>A reviewer is a named reviewer of the round or a current member of one of its reviewer groups (membership is
 * read live, never cached), who can view the page. When the round excludes the page's authors, its creator and the
 * editor of its current version are refused (they would approve their own change). The checks run cheapest first and
 * stop at the first refusal, so an outsider costs no permission or author lookup.
 */
public final class ReviewerEligibility {
    private final GroupMembership groups;
    private final PagePermissions permissions;
    private final PageAuthors authors;

    public ReviewerEligibility(GroupMembership groups, PagePermissions permissions, PageAuthors authors) {
        this.groups = Objects.requireNonNull(groups, "groups");
        this.permissions = Objects.requireNonNull(permissions, "permissions");
        this.authors = Objects.requireNonNull(authors, "authors");
    }

    /** Why a user may not review. */
    public enum Refusal {
        /** Neither named nor in a reviewer group, or cannot view the page. */
        NOT_A_REVIEWER,
        /** A reviewer, but an author of the page on a round that excludes authors. */
        SELF_REVIEW
    }

    /**
     * The answer: a reviewer ({@code refusal} null) as a named reviewer and/or through {@code viaGroups}, or refused
     * with the reason.
     */
    public record Standing(boolean named, List<String> viaGroups, Refusal refusal) {
        public boolean eligible() {
            return refusal == null;
        }

        /** Named or in a reviewer group, whether or not the page's other rules then refuse the review. */
        public boolean listedAsReviewer() {
            return named || !viaGroups.isEmpty();
        }
    }

    /** The standing of {@code actor} on {@code round} of page {@code pageId}, asking each reviewer group live. */
    public Standing of(long pageId, ApprovalRound round, Actor actor) {
        return of(pageId, round, actor, false);
    }

    /**
     * As {@link #of(long, ApprovalRound, Actor)}; when {@code viewChecked}, the caller has already asked Confluence
     * that the actor may view the page (on the page it read for the review), and the answer is not asked twice.
     */
    public Standing of(long pageId, ApprovalRound round, Actor actor, boolean viewChecked) {
        List<String> viaGroups = new ArrayList<>();
        for (String group : round.groups()) {
            if (groups.isMember(actor.username(), group)) {
                viaGroups.add(group);
            }
        }
        return judge(pageId, round, actor.userKey(), round.isNamed(actor.userKey()), viaGroups, viewChecked);
    }

    /**
     * As {@link #of(long, ApprovalRound, Actor)}, with the user's groups already read once for many rounds (lower
     * case, as {@link GroupMembership#groupsOf} answers).
     */
    public Standing of(long pageId, ApprovalRound round, String userKey, Set<String> memberOf) {
        List<String> viaGroups = round.groups().stream()
                .filter(g -> memberOf.contains(g.toLowerCase(java.util.Locale.ROOT))).toList();
        return judge(pageId, round, userKey, round.isNamed(userKey), viaGroups, false);
    }

    private Standing judge(long pageId, ApprovalRound round, String userKey, boolean named, List<String> viaGroups,
                           boolean viewChecked) {
        List<String> via = List.copyOf(viaGroups);
        if ((!named && via.isEmpty()) || (!viewChecked && !permissions.canView(pageId, userKey))) {
            return new Standing(named, via, Refusal.NOT_A_REVIEWER);
        }
        if (round.excludeAuthors() && authors.authorKeys(pageId).contains(userKey)) {
            return new Standing(named, via, Refusal.SELF_REVIEW);
        }
        return new Standing(named, via, null);
    }
}
