package app.auraworkflows.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * Active Objects row of one reviewer of a page's OPEN round (table {@code AO_<hash>_WF_REVIEWER}): a named
 * user (kind {@code USER}, name = user key) or a group (kind {@code GROUP}, name = group name). Rows exist only
 * while the round is open (they are replaced when the page leaves the state), so "Open tasks" is a lookup on
 * the indexed {@code REVIEWER_NAME} over few rows.
 */
@Preload
@Table("WF_REVIEWER")
@Indexes({@Index(name = "task_order", methodNames = {"getReviewerName", "getOpenedAt", "getPageId"})})
public interface AORoundReviewer extends Entity {
    @NotNull
    @Indexed
    long getPageId();

    void setPageId(long pageId);

    @NotNull
    int getRoundNo();

    void setRoundNo(int roundNo);

    /** {@code USER} or {@code GROUP}. */
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

    /**
     * When the round opened (epoch milliseconds), copied from the page's instance so that a reviewer's open tasks are
     * ordered, newest first, and paged in the database ({@code task_order} index). Filled for rows written before it
     * existed by {@link OpenTasksUpgradeTask}.
     */
    Long getOpenedAt();

    void setOpenedAt(Long openedAt);
}
