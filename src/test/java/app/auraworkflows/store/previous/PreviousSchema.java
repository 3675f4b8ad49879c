package app.auraworkflows.store.previous;

import java.util.List;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.RawEntity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The Active Objects schema of the previous version of the plugin, the one before 2FA-protected steps
 * (model version 0), frozen here so tests can create a database as that version left it and upgrade it.
 *
 * <p>Same {@code @Table} names, columns and indexes as the current entities of {@code app.auraworkflows.store},
 * except what "Require 2FA" added: {@code WF_INSTANCE.REQUIRE_TWO_FACTOR}, {@code WF_VOTE.TWO_FACTOR_VERIFIED},
 * {@code WF_HISTORY.TWO_FACTOR_VERIFIED} and {@code TFA_ENROLMENT.CHECK_LOCK}. Every table is copied (also the
 * unchanged ones), so the previous schema stays what it was when the current entities change again.
 * Test code only: nothing here may ever be migrated by the plugin.
 */
public final class PreviousSchema {

    /** Every table of the previous version, in the order it migrated them. */
    public static final List<Class<? extends RawEntity<?>>> ALL = List.of(
            Enrolment.class, UsedStep.class, Attempt.class, Workflow.class, PageInstance.class,
            RoundReviewer.class, Vote.class, History.class, RoundClose.class, PageLock.class);

    private PreviousSchema() {
    }

    /** {@link #ALL} as an array, for {@code ActiveObjects.migrate(...)}. */
    @SuppressWarnings("unchecked")
    public static Class<? extends RawEntity<?>>[] asArray() {
        return ALL.toArray(new Class[0]);
    }

    /** {@code TFA_ENROLMENT} without {@code CHECK_LOCK}. */
    @Preload
    @Table("TFA_ENROLMENT")
    @Indexes({@Index(name = "status_name", methodNames = {"getStatus", "getFullNameLower", "getUsernameLower"})})
    public interface Enrolment extends Entity {
        @NotNull
        @Unique
        String getUserKey();

        void setUserKey(String userKey);

        @NotNull
        String getUsername();

        void setUsername(String username);

        @NotNull
        @Indexed
        String getUsernameLower();

        void setUsernameLower(String usernameLower);

        String getFullName();

        void setFullName(String fullName);

        @Indexed
        String getFullNameLower();

        void setFullNameLower(String fullNameLower);

        @NotNull
        @Indexed
        @StringLength(16)
        String getStatus();

        void setStatus(String status);

        @NotNull
        String getEncryptedSecret();

        void setEncryptedSecret(String encryptedSecret);

        @NotNull
        int getKeyVersion();

        void setKeyVersion(int keyVersion);

        String getAddedBy();

        void setAddedBy(String addedBy);

        @NotNull
        long getAddedAt();

        void setAddedAt(long addedAt);

        Long getActivatedAt();

        void setActivatedAt(Long activatedAt);

        Long getLastUsedAt();

        void setLastUsedAt(Long lastUsedAt);
    }

    /** {@code TFA_USED_STEP}, unchanged. */
    @Preload
    @Table("TFA_USED_STEP")
    public interface UsedStep extends Entity {
        @NotNull
        @Unique
        String getUserStep();

        void setUserStep(String userStep);

        @NotNull
        @Indexed
        String getUserKey();

        void setUserKey(String userKey);

        @NotNull
        long getStep();

        void setStep(long step);
    }

    /** {@code TFA_ATTEMPT}, unchanged. */
    @Preload
    @Table("TFA_ATTEMPT")
    public interface Attempt extends Entity {
        @NotNull
        @Unique
        String getUserAttempt();

        void setUserAttempt(String userAttempt);

        @NotNull
        @Indexed
        String getUserKey();

        void setUserKey(String userKey);

        @NotNull
        int getAttemptNumber();

        void setAttemptNumber(int attemptNumber);

        @NotNull
        long getClaimedAt();

        void setClaimedAt(long claimedAt);
    }

    /** {@code WF_DEFINITION}: columns unchanged; the JSON inside had no {@code requireTwoFactor}. */
    @Preload
    @Table("WF_DEFINITION")
    public interface Workflow extends Entity {
        @NotNull
        String getWorkflowName();

        void setWorkflowName(String workflowName);

        @NotNull
        @Indexed
        String getNameLower();

        void setNameLower(String nameLower);

        @NotNull
        @StringLength(StringLength.UNLIMITED)
        String getDefinitionJson();

        void setDefinitionJson(String definitionJson);

        @NotNull
        long getCreatedAt();

        void setCreatedAt(long createdAt);

        @NotNull
        long getUpdatedAt();

        void setUpdatedAt(long updatedAt);
    }

    /** {@code WF_INSTANCE} without {@code REQUIRE_TWO_FACTOR}. */
    @Preload
    @Table("WF_INSTANCE")
    public interface PageInstance extends Entity {
        @NotNull
        @Unique
        long getPageId();

        void setPageId(long pageId);

        @NotNull
        @Indexed
        long getWorkflowId();

        void setWorkflowId(long workflowId);

        @NotNull
        String getStateKey();

        void setStateKey(String stateKey);

        String getPreviousState();

        void setPreviousState(String previousState);

        @NotNull
        long getRowVersion();

        void setRowVersion(long rowVersion);

        @NotNull
        int getLastRound();

        void setLastRound(int lastRound);

        @NotNull
        @Indexed
        boolean isRoundOpen();

        void setRoundOpen(boolean roundOpen);

        String getRoundTransition();

        void setRoundTransition(String roundTransition);

        String getApproveTo();

        void setApproveTo(String approveTo);

        String getRejectTo();

        void setRejectTo(String rejectTo);

        @NotNull
        int getMinApprovals();

        void setMinApprovals(int minApprovals);

        @NotNull
        int getMinRejections();

        void setMinRejections(int minRejections);

        @NotNull
        boolean isRequireAll();

        void setRequireAll(boolean requireAll);

        @StringLength(StringLength.UNLIMITED)
        String getApproveLabel();

        void setApproveLabel(String approveLabel);

        @StringLength(StringLength.UNLIMITED)
        String getRejectLabel();

        void setRejectLabel(String rejectLabel);

        Long getRoundOpenedAt();

        void setRoundOpenedAt(Long roundOpenedAt);

        @NotNull
        long getAppliedAt();

        void setAppliedAt(long appliedAt);

        String getAppliedBy();

        void setAppliedBy(String appliedBy);

        @NotNull
        long getEnteredAt();

        void setEnteredAt(long enteredAt);
    }

    /** {@code WF_REVIEWER}, unchanged. */
    @Preload
    @Table("WF_REVIEWER")
    public interface RoundReviewer extends Entity {
        @NotNull
        @Indexed
        long getPageId();

        void setPageId(long pageId);

        @NotNull
        int getRoundNo();

        void setRoundNo(int roundNo);

        @NotNull
        @StringLength(8)
        String getReviewerKind();

        void setReviewerKind(String reviewerKind);

        @NotNull
        @Indexed
        String getReviewerName();

        void setReviewerName(String reviewerName);

        String getUsername();

        void setUsername(String username);

        String getFullName();

        void setFullName(String fullName);

        @NotNull
        int getListIndex();

        void setListIndex(int listIndex);
    }

    /** {@code WF_VOTE} without {@code TWO_FACTOR_VERIFIED}. */
    @Preload
    @Table("WF_VOTE")
    public interface Vote extends Entity {
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

        @StringLength(StringLength.UNLIMITED)
        String getViaGroups();

        void setViaGroups(String viaGroups);

        Integer getPageVersion();

        void setPageVersion(Integer pageVersion);
    }

    /** {@code WF_HISTORY} without {@code TWO_FACTOR_VERIFIED}. */
    @Preload
    @Table("WF_HISTORY")
    @Indexes({@Index(name = "page_seq_order", methodNames = {"getPageId", "getSeqNo"})})
    public interface History extends Entity {
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

        @StringLength(16)
        String getTriggerKind();

        void setTriggerKind(String triggerKind);

        String getTransitionKey();

        void setTransitionKey(String transitionKey);

        Integer getPageVersion();

        void setPageVersion(Integer pageVersion);
    }

    /** {@code WF_ROUND_CLOSE}, unchanged. */
    @Preload
    @Table("WF_ROUND_CLOSE")
    public interface RoundClose extends Entity {
        @NotNull
        @Unique
        String getPageRound();

        void setPageRound(String pageRound);

        @NotNull
        @Indexed
        long getPageId();

        void setPageId(long pageId);

        @NotNull
        int getRoundNo();

        void setRoundNo(int roundNo);

        @NotNull
        @StringLength(24)
        String getOutcome();

        void setOutcome(String outcome);

        @NotNull
        long getSeqNo();

        void setSeqNo(long seqNo);

        @NotNull
        long getClosedAt();

        void setClosedAt(long closedAt);
    }

    /** {@code WF_PAGE_LOCK}, unchanged. */
    @Preload
    @Table("WF_PAGE_LOCK")
    public interface PageLock extends Entity {
        @NotNull
        @Unique
        long getPageId();

        void setPageId(long pageId);

        @NotNull
        long getLockCount();

        void setLockCount(long lockCount);
    }
}
