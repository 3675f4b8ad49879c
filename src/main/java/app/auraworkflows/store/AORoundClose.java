package app.auraworkflows.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Active Objects row recording that one approval round of a page closed (table {@code AO_<hash>_WF_ROUND_CLOSE}).
 * {@code PAGE_ROUND} ({@code "<page>:<round>"}) is UNIQUE: whatever happens above it, the database lets a
 * round close exactly once.
 */
@Preload
@Table("WF_ROUND_CLOSE")
public interface AORoundClose extends Entity {
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

    /** {@code APPROVED}, {@code REJECTED} or {@code LEFT_BY_SELECTION}. */
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
