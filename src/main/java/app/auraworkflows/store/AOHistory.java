package app.auraworkflows.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Active Objects row of one workflow history entry of a page (table {@code AO_<hash>_WF_HISTORY}).
 *
 * <p>{@code PAGE_SEQ} ({@code "<page>:<seq>"}) is UNIQUE: it is the page's compare-and-set (a change appends
 * entry v+1 only if nobody else did). The composite index ({@code PAGE_ID}, {@code SEQ_NO}) serves
 * "newest first" paging with LIMIT/OFFSET and the per-page count, so a page with 10,000 entries pages as
 * fast as one with ten.
 */
@Preload
@Table("WF_HISTORY")
@Indexes({@Index(name = "page_seq_order", methodNames = {"getPageId", "getSeqNo"})})
public interface AOHistory extends Entity {
    @NotNull
    @Unique
    String getPageSeq();

    void setPageSeq(String pageSeq);

    @NotNull
    long getPageId();

    void setPageId(long pageId);

    @NotNull
    long getSeqNo();

    void setSeqNo(long seqNo);

    /** {@code APPLIED}, {@code VOTE} or {@code TRANSITION}. */
    @NotNull
    @StringLength(16)
    String getEntryType();

    void setEntryType(String entryType);

    @NotNull
    long getOccurredAt();

    void setOccurredAt(long occurredAt);

    String getActorKey();

    void setActorKey(String actorKey);

    String getActorUsername();

    void setActorUsername(String actorUsername);

    String getActorFullName();

    void setActorFullName(String actorFullName);

    Long getWorkflowId();

    void setWorkflowId(Long workflowId);

    Integer getRoundNo();

    void setRoundNo(Integer roundNo);

    @StringLength(16)
    String getDecision();

    void setDecision(String decision);

    @StringLength(StringLength.UNLIMITED)
    String getCommentText();

    void setCommentText(String commentText);

    String getFromState();

    void setFromState(String fromState);

    String getToState();

    void setToState(String toState);

    /** {@code APPROVAL}, {@code REJECTION} or {@code SELECTION}. */
    @StringLength(16)
    String getTriggerKind();

    void setTriggerKind(String triggerKind);

    String getTransitionKey();

    void setTransitionKey(String transitionKey);

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

    /**
     * VOTE: SHA-256 (64 lower-case hex digits) of the reviewed version's body in storage format. Nullable, so the
     * column is added to a populated table without a default: older votes simply have no fingerprint.
     */
    @StringLength(64)
    String getContentSha256();

    void setContentSha256(String contentSha256);
}
