package app.auraworkflows.store;

import app.auraworkflows.approval.ConcurrentChangeException;
import app.auraworkflows.approval.Decision;
import app.auraworkflows.approval.PageInstanceRepository.PageRound;
import app.auraworkflows.approval.Vote;
import app.auraworkflows.approval.VoteRepository;
import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import net.java.ao.Query;
import org.springframework.stereotype.Component;

/** {@link VoteRepository} on Active Objects ({@link AOVote}): one row per vote cast, never updated. */
@Component
public class AoVoteRepository implements VoteRepository {
    private static final int IN_CHUNK = 200;

    private final ActiveObjects ao;

    public AoVoteRepository(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public void insert(Vote v) {
        Map<String, Object> row = new HashMap<>();
        row.put("VOTE_KEY", v.pageId() + ":" + v.round() + ":" + v.reviewerKey() + ":" + v.seq());
        row.put("PAGE_ROUND", pageRound(v.pageId(), v.round()));
        row.put("PAGE_ID", v.pageId());
        row.put("ROUND_NO", v.round());
        row.put("SEQ_NO", v.seq());
        row.put("REVIEWER_KEY", v.reviewerKey());
        row.put("USERNAME", StoreText.recorded("USERNAME", v.username()));
        row.put("FULL_NAME", StoreText.recorded("FULL_NAME", v.fullName()));
        row.put("DECISION", v.decision().name());
        row.put("COMMENT_TEXT", v.comment());
        row.put("VOTED_AT", v.at().toEpochMilli());
        row.put("NAMED", v.named());
        row.put("VIA_GROUPS", String.join("\n", v.viaGroups()));
        row.put("TWO_FACTOR_VERIFIED", v.twoFactorVerified());
        row.put("PAGE_VERSION", v.pageVersion());
        try {
            ao.create(AOVote.class, row);
        } catch (RuntimeException failure) {
            if (SqlFailures.isConstraintViolation(failure)) {
                throw new ConcurrentChangeException("vote " + row.get("VOTE_KEY") + " already stored", failure);
            }
            throw failure;
        }
    }

    @Override
    public List<Vote> ofRound(long pageId, int round) {
        List<Vote> votes = new ArrayList<>();
        for (AOVote row : ao.find(AOVote.class,
                Query.select().where("PAGE_ROUND = ?", pageRound(pageId, round)).order("SEQ_NO ASC"))) {
            votes.add(toVote(row));
        }
        return votes;
    }

    @Override
    public Set<PageRound> votedIn(String userKey, Collection<PageRound> rounds) {
        Set<PageRound> voted = new HashSet<>();
        List<PageRound> all = List.copyOf(rounds);
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            List<PageRound> chunk = all.subList(from, Math.min(all.size(), from + IN_CHUNK));
            List<Object> params = new ArrayList<>();
            params.add(userKey);
            chunk.forEach(r -> params.add(pageRound(r.pageId(), r.round())));
            String placeholders = String.join(",", Collections.nCopies(chunk.size(), "?"));
            for (AOVote row : ao.find(AOVote.class, Query.select()
                    .where("REVIEWER_KEY = ? AND PAGE_ROUND IN (" + placeholders + ")", params.toArray()))) {
                voted.add(new PageRound(row.getPageId(), row.getRoundNo()));
            }
        }
        return voted;
    }

    static String pageRound(long pageId, int round) {
        return pageId + ":" + round;
    }

    private static Vote toVote(AOVote row) {
        String groups = row.getViaGroups();
        List<String> viaGroups = groups == null || groups.isEmpty() ? List.of() : Arrays.asList(groups.split("\n"));
        return new Vote(row.getPageId(), row.getRoundNo(), row.getSeqNo(), row.getReviewerKey(), row.getUsername(),
                row.getFullName(), Decision.valueOf(row.getDecision()), row.getCommentText(),
                Instant.ofEpochMilli(row.getVotedAt()), row.isNamed(), viaGroups, row.isTwoFactorVerified(),
                row.getPageVersion());
    }

}
