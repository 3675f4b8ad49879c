package app.auraworkflows.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Active Objects row of one enrolment status's row count (table {@code AO_<hash>_TFA_TALLY}): the admin list's
 * totals without {@code COUNT(*)}, which reads every index entry of the status (100,000 users: 100,000 entries on
 * every page view). Kept exact by {@link AoEnrolmentRepository}, which changes it in the transaction that adds,
 * activates or deletes an enrolment; created, and recounted, by {@link EnrolmentSearchUpgradeTask}.
 */
@Preload
@Table("TFA_TALLY")
public interface AOEnrolmentTally extends Entity {
    /** {@code PENDING} or {@code ACTIVE}. */
    @NotNull
    @Unique
    @StringLength(16)
    String getStatus();

    void setStatus(String status);

    @NotNull
    long getTally();

    void setTally(long tally);

    /**
     * A counter with no meaning of its own: a change UPDATEs it first, so changes of one tally queue on its row lock
     * in the database (all cluster nodes) and each then reads the tally the previous one committed.
     */
    Long getLockSeq();

    void setLockSeq(Long lockSeq);
}
