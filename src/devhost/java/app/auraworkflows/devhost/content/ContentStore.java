package app.auraworkflows.devhost.content;

import app.auraworkflows.devhost.db.HostDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Spaces, pages and space permissions in the {@code DEVHOST_SPACE}/{@code DEVHOST_PAGE}/
 * {@code DEVHOST_SPACE_PERMISSION} tables: enough content for the plugin to attach workflows to pages,
 * for Confluence's content REST calls and for permission checks. Pages carry a version number that every
 * edit increments (compare-and-set on the version, so two nodes saving at once cannot both win); old
 * versions are not kept.
 */
public final class ContentStore {

    private static final String PAGE_COLUMNS = "ID, SPACE_KEY, TITLE, BODY, VERSION, PARENT_ID, CREATOR_KEY,"
            + " CREATED, LAST_MODIFIER_KEY, LAST_MODIFIED";

    private final HostDatabase db;
    private final Clock clock;

    public ContentStore(HostDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Creates a space with the {@linkplain SpaceGrant#defaults() default permissions}. */
    public void createSpace(String key, String name, String description) {
        createSpace(key, name, description, SpaceGrant.defaults());
    }

    /** Creates a space with exactly these permissions (user grants name user keys). */
    public void createSpace(String key, String name, String description, List<SpaceGrant> grants) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO DEVHOST_SPACE (SPACE_KEY, NAME, DESCRIPTION) VALUES (?, ?, ?)")) {
                ps.setString(1, key);
                ps.setString(2, name);
                ps.setString(3, description);
                ps.executeUpdate();
            }
            insertGrants(c, key, grants);
            return null;
        });
    }

    /** Adds permissions to a space (already granted ones are skipped). */
    public void grant(String spaceKey, List<SpaceGrant> grants) {
        db.inTransaction(c -> {
            insertGrants(c, spaceKey, grants);
            return null;
        });
    }

    /** Removes one permission of a space. */
    public void revoke(String spaceKey, SpaceGrant grant) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM DEVHOST_SPACE_PERMISSION WHERE SPACE_KEY = ?"
                    + " AND PERMISSION = ? AND GRANTEE_TYPE = ? AND GRANTEE = ?")) {
                ps.setString(1, spaceKey);
                ps.setString(2, grant.permission().name());
                ps.setString(3, grant.granteeType().name());
                ps.setString(4, grant.grantee());
                ps.executeUpdate();
            }
            return null;
        });
    }

    public List<SpaceGrant> grants(String spaceKey) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT PERMISSION, GRANTEE_TYPE, GRANTEE FROM"
                    + " DEVHOST_SPACE_PERMISSION WHERE SPACE_KEY = ? ORDER BY PERMISSION, GRANTEE_TYPE, GRANTEE")) {
                ps.setString(1, spaceKey);
                try (ResultSet rs = ps.executeQuery()) {
                    List<SpaceGrant> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(new SpaceGrant(SpaceGrant.Permission.valueOf(rs.getString(1)),
                                SpaceGrant.GranteeType.valueOf(rs.getString(2)), rs.getString(3)));
                    }
                    return out;
                }
            }
        });
    }

    /**
     * Whether the user holds {@code permission} on the space, directly or through one of their groups:
     * one query, so a check costs one round trip whatever the number of grants.
     */
    public boolean hasSpacePermission(String spaceKey, SpaceGrant.Permission permission, String userKey) {
        if (spaceKey == null || userKey == null) {
            return false;
        }
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM DEVHOST_SPACE_PERMISSION p"
                    + " WHERE p.SPACE_KEY = ? AND p.PERMISSION = ? AND ((p.GRANTEE_TYPE = 'USER' AND p.GRANTEE = ?)"
                    + " OR (p.GRANTEE_TYPE = 'GROUP' AND p.GRANTEE IN"
                    + " (SELECT m.GROUP_NAME FROM DEVHOST_MEMBERSHIP m WHERE m.USER_KEY = ?)))")) {
                ps.setString(1, spaceKey);
                ps.setString(2, permission.name());
                ps.setString(3, userKey);
                ps.setString(4, userKey);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** Whether the space grants {@code permission} to anonymous users (Confluence's "Anonymous" row). */
    public boolean grantsAnonymous(String spaceKey, SpaceGrant.Permission permission) {
        if (spaceKey == null) {
            return false;
        }
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM DEVHOST_SPACE_PERMISSION p"
                    + " WHERE p.SPACE_KEY = ? AND p.PERMISSION = ? AND p.GRANTEE_TYPE = 'ANON'")) {
                ps.setString(1, spaceKey);
                ps.setString(2, permission.name());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /**
     * Databases created before space permissions existed have spaces without any grant, which nobody could
     * open now; they get the defaults. Returns the keys of the spaces that were given them.
     */
    public List<String> grantDefaultsToSpacesWithoutPermissions() {
        List<String> bare = db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT s.SPACE_KEY FROM DEVHOST_SPACE s WHERE NOT EXISTS"
                    + " (SELECT 1 FROM DEVHOST_SPACE_PERMISSION p WHERE p.SPACE_KEY = s.SPACE_KEY)");
                 ResultSet rs = ps.executeQuery()) {
                List<String> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
                return out;
            }
        });
        bare.forEach(key -> grant(key, SpaceGrant.defaults()));
        return bare;
    }

    private static void insertGrants(Connection c, String spaceKey, List<SpaceGrant> grants) throws SQLException {
        for (SpaceGrant g : grants) {
            try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM DEVHOST_SPACE_PERMISSION WHERE SPACE_KEY = ?"
                    + " AND PERMISSION = ? AND GRANTEE_TYPE = ? AND GRANTEE = ?")) {
                exists.setString(1, spaceKey);
                exists.setString(2, g.permission().name());
                exists.setString(3, g.granteeType().name());
                exists.setString(4, g.grantee());
                try (ResultSet rs = exists.executeQuery()) {
                    if (rs.next()) {
                        continue;
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO DEVHOST_SPACE_PERMISSION (SPACE_KEY, PERMISSION,"
                    + " GRANTEE_TYPE, GRANTEE) VALUES (?, ?, ?, ?)")) {
                ps.setString(1, spaceKey);
                ps.setString(2, g.permission().name());
                ps.setString(3, g.granteeType().name());
                ps.setString(4, g.grantee());
                ps.executeUpdate();
            }
        }
    }

    public List<HostSpace> spaces() {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT SPACE_KEY, NAME, DESCRIPTION, HOME_PAGE_ID FROM DEVHOST_SPACE ORDER BY NAME");
                 ResultSet rs = ps.executeQuery()) {
                List<HostSpace> out = new ArrayList<>();
                while (rs.next()) {
                    long home = rs.getLong(4);
                    out.add(new HostSpace(rs.getString(1), rs.getString(2), rs.getString(3), rs.wasNull() ? null : home));
                }
                return out;
            }
        });
    }

    public Optional<HostSpace> space(String key) {
        return spaces().stream().filter(s -> s.key().equalsIgnoreCase(key)).findFirst();
    }

    /**
     * Creates a page (version 1); the first page of a space becomes its home page.
     *
     * @throws DuplicateTitleException when the space already has a page with that title (case-insensitive,
     *         as in Confluence)
     */
    public HostPage createPage(String spaceKey, String title, String body, Long parentId, String creatorKey) {
        Timestamp now = Timestamp.from(clock.instant());
        long id = db.inTransaction(c -> {
            if (titleTaken(c, spaceKey, title, null)) {
                throw new DuplicateTitleException(spaceKey, title);
            }
            long newId;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO DEVHOST_PAGE (SPACE_KEY, TITLE, BODY, VERSION,"
                    + " PARENT_ID, CREATOR_KEY, CREATED, LAST_MODIFIER_KEY, LAST_MODIFIED) VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, spaceKey);
                ps.setString(2, title);
                ps.setString(3, body);
                ps.setObject(4, parentId);
                ps.setString(5, creatorKey);
                ps.setTimestamp(6, now);
                ps.setString(7, creatorKey);
                ps.setTimestamp(8, now);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    newId = keys.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE DEVHOST_SPACE SET HOME_PAGE_ID = ? WHERE SPACE_KEY = ? AND HOME_PAGE_ID IS NULL")) {
                ps.setLong(1, newId);
                ps.setString(2, spaceKey);
                ps.executeUpdate();
            }
            return newId;
        });
        return page(id).orElseThrow();
    }

    /**
     * Saves a new title and body as the next version, if the page is still at {@code expectedVersion}.
     * The version check and the increment are one {@code UPDATE ... WHERE VERSION = ?}, so of two
     * concurrent saves from the same version exactly one wins and the other gets {@link PageUpdate.Conflict}.
     */
    public PageUpdate updatePage(long id, int expectedVersion, String title, String body, String modifierKey) {
        Timestamp now = Timestamp.from(clock.instant());
        PageUpdate outcome = db.inTransaction(c -> {
            Optional<HostPage> current = readPage(c, id);
            if (current.isEmpty()) {
                return new PageUpdate.NotFound();
            }
            if (current.get().version() != expectedVersion) {
                return new PageUpdate.Conflict(current.get().version());
            }
            if (titleTaken(c, current.get().spaceKey(), title, id)) {
                return new PageUpdate.DuplicateTitle(title);
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE DEVHOST_PAGE SET TITLE = ?, BODY = ?, VERSION = VERSION + 1,"
                    + " LAST_MODIFIER_KEY = ?, LAST_MODIFIED = ? WHERE ID = ? AND VERSION = ?")) {
                ps.setString(1, title);
                ps.setString(2, body);
                ps.setString(3, modifierKey);
                ps.setTimestamp(4, now);
                ps.setLong(5, id);
                ps.setInt(6, expectedVersion);
                if (ps.executeUpdate() == 0) {
                    return new PageUpdate.Conflict(readPage(c, id).map(HostPage::version).orElse(expectedVersion));
                }
            }
            return null;
        });
        return outcome != null ? outcome : new PageUpdate.Updated(page(id).orElseThrow());
    }

    /** Pages filtered by space key and/or title (either may be null; title matched case-insensitively), by id. */
    public List<HostPage> findPages(String spaceKey, String title) {
        StringBuilder sql = new StringBuilder("SELECT " + PAGE_COLUMNS + " FROM DEVHOST_PAGE WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (spaceKey != null) {
            sql.append(" AND UPPER(SPACE_KEY) = ?");
            params.add(spaceKey.toUpperCase(java.util.Locale.ROOT));
        }
        if (title != null) {
            sql.append(" AND LOWER(TITLE) = ?");
            params.add(title.toLowerCase(java.util.Locale.ROOT));
        }
        sql.append(" ORDER BY ID");
        return pages(sql.toString(), params.toArray());
    }

    private static boolean titleTaken(Connection c, String spaceKey, String title, Long exceptId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT ID FROM DEVHOST_PAGE WHERE SPACE_KEY = ? AND LOWER(TITLE) = ?")) {
            ps.setString(1, spaceKey);
            ps.setString(2, title == null ? null : title.toLowerCase(java.util.Locale.ROOT));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (exceptId == null || rs.getLong(1) != exceptId) {
                        return true;
                    }
                }
                return false;
            }
        }
    }

    private static Optional<HostPage> readPage(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + PAGE_COLUMNS + " FROM DEVHOST_PAGE WHERE ID = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    public Optional<HostPage> page(long id) {
        List<HostPage> pages = pages("SELECT " + PAGE_COLUMNS + " FROM DEVHOST_PAGE WHERE ID = ?", id);
        return pages.isEmpty() ? Optional.empty() : Optional.of(pages.get(0));
    }

    public Optional<HostPage> page(String spaceKey, String title) {
        List<HostPage> pages = pages("SELECT " + PAGE_COLUMNS + " FROM DEVHOST_PAGE WHERE SPACE_KEY = ? AND TITLE = ?",
                spaceKey, title);
        return pages.isEmpty() ? Optional.empty() : Optional.of(pages.get(0));
    }

    public List<HostPage> pagesInSpace(String spaceKey) {
        return pages("SELECT " + PAGE_COLUMNS + " FROM DEVHOST_PAGE WHERE SPACE_KEY = ? ORDER BY TITLE", spaceKey);
    }

    private List<HostPage> pages(String sql, Object... params) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setObject(i + 1, params[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    List<HostPage> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(read(rs));
                    }
                    return out;
                }
            }
        });
    }

    private static HostPage read(ResultSet rs) throws SQLException {
        long parent = rs.getLong(6);
        Long parentId = rs.wasNull() ? null : parent;
        return new HostPage(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5), parentId,
                rs.getString(7), rs.getTimestamp(8).toInstant(), rs.getString(9), rs.getTimestamp(10).toInstant());
    }

    /** A page title already used in the space. */
    public static final class DuplicateTitleException extends RuntimeException {
        public DuplicateTitleException(String spaceKey, String title) {
            super("A page already exists with the title " + title + " in the space with key " + spaceKey);
        }
    }
}
