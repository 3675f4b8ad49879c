package app.auraworkflows.store;

import app.auraworkflows.twofactor.ClientInfo;
import app.auraworkflows.twofactor.Enrolment;
import app.auraworkflows.twofactor.EnrolmentRepository;
import app.auraworkflows.twofactor.EnrolmentStatus;
import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.springframework.stereotype.Component;

/**
 * {@link EnrolmentRepository} on Active Objects ({@link AOEnrolment}). One row per user, guaranteed by
 * the UNIQUE user key. Lists filter, order and page in the database over indexed columns, so the admin
 * screen stays fast with tens of thousands of rows.
 */
@Component
public class AoEnrolmentRepository implements EnrolmentRepository {
    /**
     * Exactly the columns of the (status, full name, username) index, leading with the STATUS the list filters
     * on: then the database walks the index for a page instead of sorting every row (HSQLDB sorted all 10,000
     * rows for "ORDER BY FULL_NAME_LOWER, USERNAME_LOWER, ID"). Usernames are unique, so the order is total.
     */
    private static final String ORDER = "STATUS ASC, FULL_NAME_LOWER ASC, USERNAME_LOWER ASC";

    private final ActiveObjects ao;

    public AoEnrolmentRepository(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
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
                        new DBParam("USERNAME", StoreText.clip(e.username())),
                        new DBParam("USERNAME_LOWER", lower(e.username())),
                        new DBParam("FULL_NAME", StoreText.clip(e.fullName())),
                        new DBParam("FULL_NAME_LOWER", sortName(e)),
                        new DBParam("STATUS", EnrolmentStatus.PENDING.name()),
                        new DBParam("ENCRYPTED_SECRET", e.encryptedSecret()),
                        new DBParam("KEY_VERSION", e.keyVersion()),
                        new DBParam("ADDED_BY", StoreText.clip(e.addedBy())),
                        new DBParam("ADDED_AT", e.addedAt().toEpochMilli()));
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
            rows[0].setActivatedUserAgent(StoreText.clip(from.userAgent()));
            rows[0].setActivatedStep(step);
            rows[0].save();
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
            row.setUsername(StoreText.clip(fresh.username()));
            row.setUsernameLower(lower(fresh.username()));
            row.setFullName(StoreText.clip(fresh.fullName()));
            row.setFullNameLower(sortName(fresh));
            row.setEncryptedSecret(fresh.encryptedSecret());
            row.setKeyVersion(fresh.keyVersion());
            row.setAddedBy(StoreText.clip(fresh.addedBy()));
            row.setAddedAt(fresh.addedAt().toEpochMilli());
            row.save();
            return true;
        });
    }

    @Override
    public void recordUse(String userKey, Instant at) {
        ao.executeInTransaction(() -> {
            for (AOEnrolment row : ao.find(AOEnrolment.class, Query.select().where("USER_KEY = ?", userKey))) {
                row.setLastUsedAt(at.toEpochMilli());
                row.save();
            }
            return null;
        });
    }

    @Override
    public void lockCodeChecks(String userKey) {
        for (AOEnrolment row : ao.find(AOEnrolment.class, Query.select().where("USER_KEY = ?", userKey))) {
            Long count = row.getCheckLock();
            row.setCheckLock(count == null ? 1L : count + 1);
            row.save();
        }
    }

    @Override
    public boolean delete(String userKey) {
        return ao.deleteWithSQL(AOEnrolment.class, "USER_KEY = ?", userKey) > 0;
    }

    @Override
    public List<Enrolment> list(EnrolmentStatus status, String query, int start, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        Query select = filter(status, query).order(ORDER).limit(limit).offset(Math.max(0, start));
        List<Enrolment> page = new ArrayList<>();
        for (AOEnrolment row : ao.find(AOEnrolment.class, select)) {
            page.add(toEnrolment(row));
        }
        return page;
    }

    @Override
    public int count(EnrolmentStatus status, String query) {
        return ao.count(AOEnrolment.class, filter(status, query));
    }

    private static Query filter(EnrolmentStatus status, String query) {
        Objects.requireNonNull(status, "status");
        if (query == null || query.isBlank()) {
            return Query.select().where("STATUS = ?", status.name());
        }
        String pattern = "%" + escapeLike(lower(query.strip())) + "%";
        // '!' as the LIKE escape: PostgreSQL and HSQLDB both accept an explicit ESCAPE clause, and a
        // user typing % or _ must search for that character, not a wildcard.
        return Query.select().where(
                "STATUS = ? AND (USERNAME_LOWER LIKE ? ESCAPE '!' OR FULL_NAME_LOWER LIKE ? ESCAPE '!')",
                status.name(), pattern, pattern);
    }

    static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
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

    /** Users without a full name sort (and are found) by their username. */
    private static String sortName(Enrolment e) {
        String name = e.fullName() == null || e.fullName().isBlank() ? e.username() : e.fullName();
        return lower(name);
    }

    private static String lower(String text) {
        return StoreText.clip(text == null ? "" : text.toLowerCase(Locale.ROOT));
    }
}
