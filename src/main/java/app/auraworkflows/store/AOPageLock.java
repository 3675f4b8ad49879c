package app.auraworkflows.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Active Objects row whose only job is to be locked (table {@code AO_<hash>_WF_PAGE_LOCK}): every change to a
 * page's workflow first UPDATEs its page's row, so changes to one page queue up in the database (a row lock,
 * held to commit, on every node) before they read anything or insert anything. Created once per page, in its
 * own transaction. See {@link AoOptimisticTransactions}.
 */
@Preload
@Table("WF_PAGE_LOCK")
public interface AOPageLock extends Entity {
    @NotNull
    @Unique
    long getPageId();

    void setPageId(long pageId);

    @NotNull
    long getLockCount();

    void setLockCount(long lockCount);
}
