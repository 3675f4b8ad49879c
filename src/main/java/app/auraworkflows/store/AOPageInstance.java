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
 * Active Objects row of the workflow instance of one page (table {@code AO_<hash>_WF_INSTANCE}): current
 * state, the page's history counter ({@code ROW_VERSION}) and the open round's snapshot (thresholds,
 * targets, labels; its reviewers are {@link AORoundReviewer} rows). {@code PAGE_ID} is UNIQUE: one
 * workflow per page, even when two nodes apply one at the same moment.
 */
@Preload
@Table("WF_INSTANCE")
public interface AOPageInstance extends Entity {
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

    /** Highest history sequence number of the page (see HistoryRepository: the compare-and-set). */
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

    /**
     * Added with "Require 2FA" (model version 1). {@code @Default("false")}: AO 3.2.11 gives a primitive
     * {@code boolean} no default of its own (only the numeric primitives get 0), and ALTER TABLE ADD COLUMN
     * ... NOT NULL without a default fails on a table that has rows; with it the database fills existing rows
     * with false in the same statement.
     */
    @NotNull
    @Default("false")
    boolean isRequireTwoFactor();

    void setRequireTwoFactor(boolean requireTwoFactor);

    /**
     * Snapshot of "Reviewers cannot approve their own changes". {@code @Default("false")} for the same reason as
     * {@link #isRequireTwoFactor()}: AO adds the column to a populated table, and every round open before the
     * option existed keeps letting authors review (false is what it opened with).
     */
    @NotNull
    @Default("false")
    boolean isExcludeAuthors();

    void setExcludeAuthors(boolean excludeAuthors);

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

    /**
     * The page's Confluence version when it entered the current state; null for rows stored before it was kept
     * (AO adds the nullable column to a populated table without a default).
     */
    Integer getEnteredPageVersion();

    void setEnteredPageVersion(Integer enteredPageVersion);

    /** Full name, at the time, of who moved the page into the current state; null for rows from before it was kept. */
    String getEnteredBy();

    void setEnteredBy(String enteredBy);

    /**
     * Whether the page entered its current state by an approval ({@link app.auraworkflows.approval.PageInstance}); null
     * for rows from before it was kept, for which the page view reads the history instead.
     */
    Boolean getEnteredByApproval();

    void setEnteredByApproval(Boolean enteredByApproval);

    /**
     * The open round's reviewers (named users with their names at the time, then groups), encoded by
     * {@link RoundReviewersText}: a copy of the round's {@link AORoundReviewer} rows kept on the instance so that a page
     * view reads the instance in one statement. The rows stay, indexed, for "Open tasks". Null when no round is open and
     * for rounds opened before it was kept, whose reviewers are read from the rows.
     */
    @StringLength(StringLength.UNLIMITED)
    String getRoundReviewers();

    void setRoundReviewers(String roundReviewers);
}
