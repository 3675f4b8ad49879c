package app.auraworkflows.devhost.directory;

import app.auraworkflows.devhost.db.HostDatabase;
import app.auraworkflows.devhost.db.SearchColumns;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

/**
 * The embedded user directory: users, groups and memberships in the {@code DEVHOST_*} tables (plain
 * JDBC, no caching, so every node of a clustered dev host sees the same directory). Usernames are
 * stored lower-case, as Confluence's lower-name lookups behave.
 */
public final class UserStore {

    /** Confluence's administrators group. */
    public static final String ADMINS = "confluence-administrators";
    /** Confluence's default users group (the licence-granting group). */
    public static final String USERS = "confluence-users";

    private static final String COLUMNS = "USER_KEY, USERNAME, FULL_NAME, EMAIL, ACTIVE";
    private static final String INSERT = "INSERT INTO DEVHOST_USER (USER_KEY, USERNAME, FULL_NAME, EMAIL,"
            + " PASSWORD_HASH, ACTIVE, LOWER_FULL_NAME, LOWER_LAST_NAME, LOWER_EMAIL) VALUES (?, ?, ?, ?, ?, TRUE, ?, ?, ?)";
    /** Rows per JDBC batch and per transaction in {@link #createAll}. */
    private static final int BATCH = 1_000;

    private final HostDatabase db;
    private final PasswordHasher hasher;
    private final SecureRandom random;
    /** Hash of a random password: compared against when a username is unknown, to equalise timing. */
    private final String decoyHash;

    public UserStore(HostDatabase db, PasswordHasher hasher, SecureRandom random) {
        this.db = db;
        this.hasher = hasher;
        this.random = random;
        this.decoyHash = hasher.hash(HexFormat.of().formatHex(random.generateSeed(8)));
    }

    public Optional<HostUser> byUsername(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return one("SELECT " + COLUMNS + " FROM DEVHOST_USER WHERE USERNAME = ?", username.toLowerCase(Locale.ROOT));
    }

    public Optional<HostUser> byKey(String key) {
        if (key == null) {
            return Optional.empty();
        }
        return one("SELECT " + COLUMNS + " FROM DEVHOST_USER WHERE USER_KEY = ?", key);
    }

    /** Checks a password; only active users can authenticate. */
    public Optional<HostUser> authenticate(String username, String password) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        Optional<String[]> row = db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT USER_KEY, PASSWORD_HASH FROM DEVHOST_USER WHERE USERNAME = ? AND ACTIVE = TRUE")) {
                ps.setString(1, username.toLowerCase(Locale.ROOT));
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new String[] {rs.getString(1), rs.getString(2)}) : Optional.<String[]>empty();
                }
            }
        });
        if (row.isEmpty()) {
            hasher.matches(password, decoyHash);
            return Optional.empty();
        }
        return hasher.matches(password, row.get()[1]) ? byKey(row.get()[0]) : Optional.empty();
    }

    public HostUser create(String username, String fullName, String email, String password) {
        String key = HexFormat.of().formatHex(randomBytes(16));
        String name = username.toLowerCase(Locale.ROOT);
        String hash = hasher.hash(password);
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                bindInsert(ps, key, name, fullName, email, hash);
                ps.executeUpdate();
            }
            return null;
        });
        return new HostUser(key, name, fullName, email, true);
    }

    /** A user for {@link #createAll}. */
    public record NewUser(String username, String fullName, String email) {
    }

    /**
     * Bulk insert for tests and benchmarks (a directory of 100,000 users in seconds): JDBC batches of
     * {@value #BATCH} rows, one transaction per batch, no group memberships, and one password for all of
     * them, hashed once (hashing per user would dominate). Returns the users created, in order.
     */
    public List<HostUser> createAll(List<NewUser> newUsers, String password) {
        String hash = hasher.hash(password);
        List<HostUser> created = new ArrayList<>(newUsers.size());
        for (int from = 0; from < newUsers.size(); from += BATCH) {
            List<NewUser> slice = newUsers.subList(from, Math.min(newUsers.size(), from + BATCH));
            created.addAll(db.inTransaction(c -> {
                List<HostUser> batch = new ArrayList<>(slice.size());
                try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                    for (NewUser u : slice) {
                        String key = HexFormat.of().formatHex(randomBytes(16));
                        String name = u.username().toLowerCase(Locale.ROOT);
                        bindInsert(ps, key, name, u.fullName(), u.email(), hash);
                        ps.addBatch();
                        batch.add(new HostUser(key, name, u.fullName(), u.email(), true));
                    }
                    ps.executeBatch();
                }
                return batch;
            }));
        }
        return created;
    }

    private static void bindInsert(PreparedStatement ps, String key, String name, String fullName, String email,
            String hash) throws SQLException {
        ps.setString(1, key);
        ps.setString(2, name);
        ps.setString(3, fullName);
        ps.setString(4, email);
        ps.setString(5, hash);
        ps.setString(6, SearchColumns.lower(fullName));
        ps.setString(7, SearchColumns.lastName(fullName));
        ps.setString(8, SearchColumns.lower(email));
    }

    public void setActive(String username, boolean active) {
        update("UPDATE DEVHOST_USER SET ACTIVE = ? WHERE USERNAME = ?", active, username.toLowerCase(Locale.ROOT));
    }

    public void createGroup(String group) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM DEVHOST_GROUP WHERE GROUP_NAME = ?")) {
                ps.setString(1, group);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return null;
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO DEVHOST_GROUP (GROUP_NAME) VALUES (?)")) {
                ps.setString(1, group);
                ps.executeUpdate();
            }
            return null;
        });
    }

    public void addMember(String group, HostUser user) {
        createGroup(group);
        if (!isMember(user.key(), group)) {
            update("INSERT INTO DEVHOST_MEMBERSHIP (GROUP_NAME, USER_KEY) VALUES (?, ?)", group, user.key());
        }
    }

    public boolean isMember(String userKey, String group) {
        if (userKey == null || group == null) {
            return false;
        }
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT 1 FROM DEVHOST_MEMBERSHIP WHERE USER_KEY = ? AND GROUP_NAME = ?")) {
                ps.setString(1, userKey);
                ps.setString(2, group);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    public List<String> groupsOf(String userKey) {
        return strings("SELECT GROUP_NAME FROM DEVHOST_MEMBERSHIP WHERE USER_KEY = ? ORDER BY GROUP_NAME", userKey);
    }

    public List<HostUser> membersOf(String group) {
        return many("SELECT " + COLUMNS.replace("USER_KEY", "U.USER_KEY") + " FROM DEVHOST_USER U"
                + " JOIN DEVHOST_MEMBERSHIP M ON M.USER_KEY = U.USER_KEY WHERE M.GROUP_NAME = ? ORDER BY USERNAME", List.of(group));
    }

    public List<String> groupNamesByPrefix(String prefix, int start, int max) {
        List<String> all = strings("SELECT GROUP_NAME FROM DEVHOST_GROUP WHERE LOWER(GROUP_NAME) LIKE ? ESCAPE '\\'"
                + " ORDER BY GROUP_NAME", UserSearch.escapeLike(prefix == null ? "" : prefix.toLowerCase(Locale.ROOT)) + "%");
        int from = Math.min(Math.max(start, 0), all.size());
        int to = max < 0 ? all.size() : Math.min(all.size(), from + max);
        return all.subList(from, to);
    }

    /**
     * Users with at least one of the given columns starting with its prefix, ordered by username, from
     * {@code start}, at most {@code max} (negative: no bound). Each column is read as its own index range,
     * cut at {@code start + max} rows, so the work is bounded by the result size, not by the directory size;
     * the ranges are then merged. As with Crowd over several sources, the answer is "some {@code max}
     * matching users in name order", not necessarily the alphabetically first of all matches.
     */
    public List<HostUser> searchByPrefix(List<UserSearch.Prefix> prefixes, int start, int max) {
        int first = Math.max(0, start);
        long wanted = max < 0 ? Long.MAX_VALUE : (long) first + max;
        boolean hsqldb = db.dialect() == HostDatabase.Dialect.HSQLDB;
        Map<String, HostUser> found = db.inTransaction(c -> {
            Map<String, HostUser> byKey = new LinkedHashMap<>();
            for (UserSearch.Prefix p : prefixes) {
                String column = p.column();
                // LIKE decides; on HSQLDB the range beside it is what lets the index serve a parameterised
                // prefix (PostgreSQL's text_pattern_ops index serves the LIKE itself).
                String sql = "SELECT " + COLUMNS + " FROM DEVHOST_USER WHERE " + column + " LIKE ? ESCAPE '\\'"
                        + (hsqldb ? " AND " + column + " >= ? AND " + column + " < ?" : "")
                        + " ORDER BY " + column + (wanted == Long.MAX_VALUE ? "" : " LIMIT " + wanted);
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setString(1, UserSearch.escapeLike(p.lowerCasePrefix()) + "%");
                    if (hsqldb) {
                        ps.setString(2, p.lowerCasePrefix());
                        ps.setString(3, p.lowerCasePrefix() + Character.MAX_VALUE);
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            HostUser u = new HostUser(rs.getString(1), rs.getString(2), rs.getString(3),
                                    rs.getString(4), rs.getBoolean(5));
                            byKey.putIfAbsent(u.key(), u);
                        }
                    }
                }
            }
            return byKey;
        });
        return found.values().stream().sorted(Comparator.comparing(HostUser::username))
                .skip(first).limit(max < 0 ? Long.MAX_VALUE : max).toList();
    }

    /** Runs a search built by {@link UserSearch}; results ordered by username. */
    public List<HostUser> search(UserSearch.Sql where) {
        return many("SELECT " + COLUMNS + " FROM DEVHOST_USER WHERE " + where.sql() + " ORDER BY USERNAME", where.params());
    }

    public int count() {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM DEVHOST_USER");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    private byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private Optional<HostUser> one(String sql, String param) {
        List<HostUser> users = many(sql, List.of(param));
        return users.isEmpty() ? Optional.empty() : Optional.of(users.get(0));
    }

    private List<HostUser> many(String sql, List<?> params) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = prepare(c, sql, params.toArray()); ResultSet rs = ps.executeQuery()) {
                List<HostUser> users = new ArrayList<>();
                while (rs.next()) {
                    users.add(new HostUser(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5)));
                }
                return users;
            }
        });
    }

    private List<String> strings(String sql, Object... params) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
                List<String> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
                return out;
            }
        });
    }

    private void update(String sql, Object... params) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = prepare(c, sql, params)) {
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static PreparedStatement prepare(Connection c, String sql, Object[] params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
        return ps;
    }
}
