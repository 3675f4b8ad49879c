package app.auraworkflows.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Active Objects row of one vote as cast (table {@code AO_<hash>_WF_VOTE}); a changed vote is a new row.
 * {@code VOTE_KEY} ({@code "<page>:<round>:<reviewer key>:<seq>"}) is UNIQUE; {@code PAGE_ROUND}
 * ({@code "<page>:<round>"}) is the indexed lookup of a round's votes.
 */
@Preload
@Table("WF_VOTE")
public interface AOVote extends Entity {
    @NotNull
    @Unique
    String getVoteKey();

    void setVoteKey(String voteKey);

    @NotNull
    @Indexed
    String getPageRound();

    void setPageRound(String pageRound);

    @NotNull
    long getPageId();

    void setPageId(long pageId);

    @NotNull
    int getRoundNo();

    void setRoundNo(int roundNo);

    @NotNull
    long getSeqNo();

    void setSeqNo(long seqNo);

    @NotNull
    @Indexed
    String getReviewerKey();

    void setReviewerKey(String reviewerKey);

    String getUsername();

    void setUsername(String username);

    String getFullName();

    void setFullName(String fullName);

    @NotNull
    @StringLength(16)
    String getDecision();

    void setDecision(String decision);

    @StringLength(StringLength.UNLIMITED)
    String getCommentText();

    void setCommentText(String commentText);

    @NotNull
    long getVotedAt();

    void setVotedAt(long votedAt);

    @NotNull
    boolean isNamed();

    void setNamed(boolean named);

    /** The reviewer groups the voter belonged to when voting, one per line. */
    @StringLength(StringLength.UNLIMITED)
    String getViaGroups();

    void setViaGroups(String viaGroups);

    /**
     * Added with "Require 2FA" (model version 1); {@code @Default("false")} so the column can be added to a
     * populated table (see {@link AOPageInstance#isRequireTwoFactor()}).
     */
    @NotNull
    @Default("false")
    boolean isTwoFactorVerified();

    void setTwoFactorVerified(boolean twoFactorVerified);

    Integer getPageVersion();

    void setPageVersion(Integer pageVersion);
}
