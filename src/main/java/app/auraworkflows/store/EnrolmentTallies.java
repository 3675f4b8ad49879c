package app.auraworkflows.store;

import app.auraworkflows.twofactor.EnrolmentStatus;
import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.Query;

/**
 * The exact number of enrolments per status ({@link AOEnrolmentTally}), read without counting rows and changed by
 * {@link AoEnrolmentRepository} inside the transaction that adds, activates or deletes an enrolment, so a tally
 * and its rows commit or roll back together on every cluster node.
 *
 * <p>A change first UPDATEs the tally row's lock column (so concurrent changes queue on its row lock in the
 * database), then reads the tally afresh and writes it back: the read happens after any earlier change committed,
 * so no increment is lost. The lock order is always the enrolment row, then PENDING, then ACTIVE, so two changes
 * never wait for each other in a circle. Without a tally row (a database the upgrade task has not reached) the
 * count falls back to {@code COUNT(*)}, which is always right, only slower.
 */
final class EnrolmentTallies {
    private final ActiveObjects ao;

    EnrolmentTallies(ActiveObjects ao) {
        this.ao = ao;
    }

    int count(EnrolmentStatus status) {
        AOEnrolmentTally[] rows = rows(status);
        if (rows.length == 0) {
            return ao.count(AOEnrolment.class, Query.select().where("STATUS = ?", status.name()));
        }
        return (int) Math.max(0, Math.min(Integer.MAX_VALUE, rows[0].getTally()));
    }

    /** Changes the tally by {@code delta}; call inside the transaction that changed the rows. */
    void adjust(EnrolmentStatus status, int delta) {
        AOEnrolmentTally[] rows = rows(status);
        if (rows.length == 0) {
            return; // no tally yet: count() counts the rows themselves
        }
        Long seq = rows[0].getLockSeq();
        rows[0].setLockSeq(seq == null ? 1L : seq + 1);
        rows[0].save(); // the row lock, held until the transaction ends
        AOEnrolmentTally fresh = rows(status)[0];
        fresh.setTally(fresh.getTally() + delta);
        fresh.save();
    }

    private AOEnrolmentTally[] rows(EnrolmentStatus status) {
        return ao.find(AOEnrolmentTally.class, Query.select().where("STATUS = ?", status.name()));
    }
}
