package app.auraworkflows.store;

import app.auraworkflows.twofactor.ClientInfo;
import app.auraworkflows.twofactor.Enrolment;
import app.auraworkflows.twofactor.EnrolmentRepository;
import app.auraworkflows.twofactor.EnrolmentOrder;
import app.auraworkflows.twofactor.EnrolmentStatus;
import app.auraworkflows.twofactor.ListCursor;
import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.springframework.stereotype.Component;

/**
 * {@link EnrolmentRepository} on Active Objects ({@link AOEnrolment}). One row per user, guaranteed by
 * the UNIQUE user key. Lists filter, order and seek to a page in the database over indexed columns, search by
 * prefix, and take their totals from {@link AOEnrolmentTally} (changed in the same transaction as the row), so a
 * page of the admin screen costs the same with 100 users as with 100,000.
 */
@Component
public class AoEnrolmentRepository implements EnrolmentRepository {
    /**
     * Exactly the columns of the (status, full name, username) index, leading with the STATUS the list filters
     * on: then the database walks the index for a page instead of sorting every row (HSQLDB sorted all 10,000
     * rows for "ORDER BY FULL_NAME_LOWER, USERNAME_LOWER, ID"). Usernames are unique, so the order is total.
     */
    private static final String ORDER = "STATUS ASC, FULL_NAME_LOWER ASC, USERNAME_LOWER ASC";
    private static final String ORDER_BACKWARDS = "STATUS DESC, FULL_NAME_LOWER DESC, USERNAME_LOWER DESC";

    private final ActiveObjects ao;
    private final EnrolmentTallies tallies;

    public AoEnrolmentRepository(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
        this.tallies = new EnrolmentTallies(ao);
    }

    @Override
    public Optional<Enrolment> find(String userKey) {
        return first(ao.find(AOEnrolment.class, Query.select().where("USER_KEY = ?", userKey)));
    }

    @Override
    public Optional<Enrolment> findByUsername(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return first(ao.find(AOEnrolment.class,
                Query.select().where("USERNAME_LOWER = ?", lower(username)).order("ID ASC").limit(1)));
    }

    @Override
    public boolean insertPending(Enrolment e) {
        if (e.status() != EnrolmentStatus.PENDING) {
            throw new IllegalArgumentException("new enrolments are PENDING");
        }
        try {
            return ao.executeInTransaction(() -> {
                ao.create(AOEnrolment.class,
                        new DBParam("USER_KEY", e.userKey()),
                        new DBParam("USERNAME", StoreText.recorded("USERNAME", e.username())),
                        new DBParam("USERNAME_LOWER", lower(e.username())),
                        new DBParam("FULL_NAME", StoreText.recorded("FULL_NAME", e.fullName())),
                        new DBParam("FULL_NAME_LOWER", sortName(e)),
                        new DBParam("LAST_NAME_LOWER", lastName(e)),
                        new DBParam("STATUS", EnrolmentStatus.PENDING.name()),
                        new DBParam("ENCRYPTED_SECRET", e.encryptedSecret()),
                        new DBParam("KEY_VERSION", e.keyVersion()),
                        new DBParam("ADDED_BY", StoreText.recorded("ADDED_BY", e.addedBy())),
                        new DBParam("ADDED_AT", e.addedAt().toEpochMilli()));
                tallies.adjust(EnrolmentStatus.PENDING, 1);
                return true;
            });
        } catch (RuntimeException failure) {
            if (SqlFailures.isConstraintViolation(failure)) {
                return false; // the user already has a row (maybe added a moment ago on another node)
            }
            throw failure;
        }
    }

    @Override
    public boolean activate(String userKey, Instant at, ClientInfo client, Long step) {
        return ao.executeInTransaction(() -> {
            AOEnrolment[] rows = ao.find(AOEnrolment.class,
                    Query.select().where("USER_KEY = ? AND STATUS = ?", userKey, EnrolmentStatus.PENDING.name()));
            if (rows.length == 0) {
                return false;
            }
            rows[0].setStatus(EnrolmentStatus.ACTIVE.name());
            rows[0].setActivatedAt(at.toEpochMilli());
            ClientInfo from = client == null ? ClientInfo.unknown() : client;
            rows[0].setActivatedFromIp(from.address());
            rows[0].setActivatedUserAgent(StoreText.recorded("ACTIVATED_USER_AGENT", from.userAgent()));
            rows[0].setActivatedStep(step);
            rows[0].save();
            tallies.adjust(EnrolmentStatus.PENDING, -1);
            tallies.adjust(EnrolmentStatus.ACTIVE, 1);
            return true;
        });
    }

    @Override
    public boolean replacePending(Instant addedAt, Enrolment fresh) {
        return ao.executeInTransaction(() -> {
            AOEnrolment[] rows = ao.find(AOEnrolment.class, Query.select().where(
                    "USER_KEY = ? AND STATUS = ? AND ADDED_AT = ?",
                    fresh.userKey(), EnrolmentStatus.PENDING.name(), addedAt.toEpochMilli()));
            if (rows.length == 0) {
                return false;
            }
            AOEnrolment row = rows[0];
            row.setUsername(StoreText.recorded("USERNAME", fresh.username()));
            row.setUsernameLower(lower(fresh.username()));
            row.setFullName(StoreText.recorded("FULL_NAME", fresh.fullName()));
            row.setFullNameLower(sortName(fresh));
            row.setLastNameLower(lastName(fresh));
            row.setEncryptedSecret(fresh.encryptedSecret());
            row.setKeyVersion(fresh.keyVersion());
            row.setAddedBy(StoreText.recorded("ADDED_BY", fresh.addedBy()));
            row.setAddedAt(fresh.addedAt().toEpochMilli());
            row.save();
            return true;
        });
    }

    /**
     * The row {@link #lockCodeChecks} updated (null when the user had none), for the user it was taken for; moved on
     * by {@link #readLocked} when the user's row turned out to be another one. Saving it again writes only the columns
     * set since (Active Objects saves the changed fields), by the row's id: the last use costs one UPDATE and no read.
     * Valid only in the transaction that took it.
     */
    private static final class LockedRow implements CheckLock {
        private final String userKey;
        private AOEnrolment row;

        LockedRow(String userKey, AOEnrolment row) {
            this.userKey = userKey;
            this.row = row;
        }

        AOEnrolment row() {
            return row;
        }
    }

    /** How often {@link #readLocked} follows a row that was replaced under it before it gives up (fails closed). */
    static final int MAX_RELOCKS = 3;

    @Override
    public void recordUse(CheckLock held, Instant at) {
        if (!(held instanceof LockedRow locked)) {
            throw new IllegalArgumentException("not a code-check lock of this repository: " + held);
        }
        if (locked.row() == null) {
            return;
        }
        AOEnrolment row = locked.row();
        ao.executeInTransaction(() -> {
            row.setLastUsedAt(at.toEpochMilli());
            row.save();
            return null;
        });
    }

    @Override
    public CheckLock lockCodeChecks(String userKey) {
        // Only the columns the lock writes: the setup itself (and its sealed secret) is read again under the lock.
        AOEnrolment[] rows = ao.find(AOEnrolment.class, Query.select("ID, CHECK_LOCK").where("USER_KEY = ?", userKey));
        for (AOEnrolment row : rows) {
            lock(row);
        }
        return new LockedRow(userKey, rows.length == 0 ? null : rows[0]);
    }

    /** The row lock: a write to the row, held to commit (the UPDATE waits for a transaction that holds it). */
    private static void lock(AOEnrolment row) {
        Long count = row.getCheckLock();
        row.setCheckLock(count == null ? 1L : count + 1);
        row.save();
    }

    @Override
    public Optional<Enrolment> readLocked(CheckLock held) {
        if (!(held instanceof LockedRow locked)) {
            throw new IllegalArgumentException("not a code-check lock of this repository: " + held);
        }
        for (int relocks = 0; ; relocks++) {
            AOEnrolment[] rows = ao.find(AOEnrolment.class, Query.select().where("USER_KEY = ?", locked.userKey));
            if (rows.length == 0) {
                return Optional.empty(); // no setup now: nothing to check
            }
            AOEnrolment current = rows[0];
            if (locked.row != null && locked.row.getID() == current.getID()) {
                return Optional.of(toEnrolment(current));
            }
            if (relocks == MAX_RELOCKS) {
                // Replaced again and again under a running check: refuse to go on without the lock.
                throw new IllegalStateException("the 2FA setup of the user kept changing during a code check");
            }
            // The lock wrote to a row that is gone (revoked and added again in between): lock the one there is now.
            lock(current);
            locked.row = current;
        }
    }

    @Override
    public boolean delete(String userKey) {
        return ao.executeInTransaction(() -> {
            AOEnrolment[] rows = ao.find(AOEnrolment.class, Query.select().where("USER_KEY = ?", userKey));
            if (rows.length == 0) {
                return false;
            }
            EnrolmentStatus status = EnrolmentStatus.valueOf(rows[0].getStatus());
            if (ao.deleteWithSQL(AOEnrolment.class, "USER_KEY = ?", userKey) == 0) {
                return false; // deleted by another node in between
            }
            tallies.adjust(status, -1);
            return true;
        });
    }

    @Override
    public List<Enrolment> list(EnrolmentStatus status, String query, ListCursor from, boolean backwards, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        // One query per matched column (all rows, or the username / full name / last name prefix): each is served by
        // an index that leads with the status, where one query with OR would read every row of the status. The first
        // `limit` rows of the union are among the first `limit` of each part.
        Map<Integer, AOEnrolment> found = new HashMap<>();
        for (Where part : parts(status, query)) {
            for (Where where : from == null ? List.of(part) : seek(part, from, backwards)) {
                Query select = where.query().order(backwards ? ORDER_BACKWARDS : ORDER).limit(limit);
                for (AOEnrolment row : ao.find(AOEnrolment.class, select)) {
                    found.put(row.getID(), row);
                }
            }
        }
        Comparator<AOEnrolment> order = Comparator.comparing(AOEnrolment::getFullNameLower)
                .thenComparing(AOEnrolment::getUsernameLower);
        List<AOEnrolment> rows = new ArrayList<>(found.values());
        rows.sort(backwards ? order.reversed() : order);
        List<Enrolment> page = new ArrayList<>();
        for (AOEnrolment row : rows.subList(0, Math.min(limit, rows.size()))) {
            page.add(toEnrolment(row));
        }
        if (backwards) {
            Collections.reverse(page);
        }
        return page;
    }

    @Override
    public int count(EnrolmentStatus status) {
        return tallies.count(status);
    }

    @Override
    public int countMatching(EnrolmentStatus status, String query, int cap) {
        if (query == null || query.isBlank()) {
            return count(status);
        }
        // The IDs of at most cap + 1 matches per matched column: bounded work, however many users the search matches.
        Set<Integer> ids = new HashSet<>();
        for (Where part : parts(status, query)) {
            for (AOEnrolment row : ao.find(AOEnrolment.class, part.query("ID").limit(cap + 1))) {
                ids.add(row.getID());
            }
        }
        return Math.min(cap + 1, ids.size());
    }

    /**
     * "After (sort name, username)" as two index ranges: the rows of the same sort name after the username, and the
     * rows of a later sort name. (FULL_NAME_LOWER, USERNAME_LOWER) > (?, ?) written with OR, or as a range narrowed
     * by OR, made HSQLDB read every row of the status with its parameters bound; two plain ranges read one index
     * range each on every database. Backwards: the same, before.
     */
    private static List<Where> seek(Where part, ListCursor from, boolean backwards) {
        String sortKey = StoreText.indexKey(from.sortKey());
        String username = StoreText.indexKey(from.usernameKey());
        String op = backwards ? "<" : ">";
        return List.of(part.and("FULL_NAME_LOWER = ? AND USERNAME_LOWER " + op + " ?", sortKey, username),
                part.and("FULL_NAME_LOWER " + op + " ?", sortKey));
    }

    /**
     * The rows of the status, or for a search its three prefix matches, each one index range. Every part names a
     * range on the column its index continues with (the sort name from '' for all rows; the prefix as
     * {@code >= prefix AND < prefix + U+FFFF}, besides the exact LIKE): HSQLDB chooses an index by the columns a
     * condition names and does not turn LIKE into a range, so without it reads every row of the status.
     */
    private static List<Where> parts(EnrolmentStatus status, String query) {
        Objects.requireNonNull(status, "status");
        if (query == null || query.isBlank()) {
            return List.of(Where.of("STATUS = ? AND FULL_NAME_LOWER >= ?", status.name(), ""));
        }
        String prefix = lower(query.strip());
        List<Where> parts = new ArrayList<>();
        for (String column : List.of("USERNAME_LOWER", "FULL_NAME_LOWER", "LAST_NAME_LOWER")) {
            parts.add(Where.of("STATUS = ?", status.name()).andStartsWith(column, prefix));
        }
        return parts;
    }

    private static Optional<Enrolment> first(AOEnrolment[] rows) {
        return rows.length == 0 ? Optional.empty() : Optional.of(toEnrolment(rows[0]));
    }

    private static Enrolment toEnrolment(AOEnrolment row) {
        return new Enrolment(
                row.getUserKey(),
                row.getUsername(),
                row.getFullName(),
                EnrolmentStatus.valueOf(row.getStatus()),
                row.getEncryptedSecret(),
                row.getKeyVersion(),
                row.getAddedBy(),
                Instant.ofEpochMilli(row.getAddedAt()),
                instant(row.getActivatedAt()),
                instant(row.getLastUsedAt()),
                row.getActivatedFromIp() == null && row.getActivatedUserAgent() == null
                        ? null : new ClientInfo(row.getActivatedFromIp(), row.getActivatedUserAgent()),
                row.getActivatedStep());
    }

    private static Instant instant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }

    /** Users without a full name sort (and are found) by their username ({@link EnrolmentOrder}). */
    private static String sortName(Enrolment e) {
        return StoreText.indexKey(EnrolmentOrder.sortKey(e.username(), e.fullName()));
    }

    private static String lastName(Enrolment e) {
        String key = EnrolmentOrder.lastNameKey(e.fullName());
        return StoreText.indexKey(key);
    }

    private static String lower(String text) {
        return StoreText.indexKey(text == null ? "" : text.toLowerCase(Locale.ROOT));
    }
}
