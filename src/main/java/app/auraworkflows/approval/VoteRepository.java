package app.auraworkflows.approval;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Port: votes (implemented in {@code store/}). Every vote is its own row; nothing is overwritten. */
public interface VoteRepository {
    /** Stores a vote; (page, round, reviewer, seq) is UNIQUE. */
    void insert(Vote vote);

    /** Every vote of a round, oldest first. */
    List<Vote> ofRound(long pageId, int round);

    /** Of these page rounds, those in which the user has voted. */
    Set<PageInstanceRepository.PageRound> votedIn(String userKey, Collection<PageInstanceRepository.PageRound> rounds);
}
