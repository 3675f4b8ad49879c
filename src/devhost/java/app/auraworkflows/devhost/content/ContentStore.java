package app.auraworkflows.devhost.content;

import app.auraworkflows.devhost.db.HostDatabase;
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
 * Spaces and pages in the {@code DEVHOST_SPACE}/{@code DEVHOST_PAGE} tables. Just enough content for
 * the plugin to attach workflows to pages and for the Confluence-shaped content REST calls later.
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

    public void createSpace(String key, String name, String description) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO DEVHOST_SPACE (SPACE_KEY, NAME, DESCRIPTION) VALUES (?, ?, ?)")) {
                ps.setString(1, key);
                ps.setString(2, name);
                ps.setString(3, description);
                ps.executeUpdate();
            }
            return null;
        });
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

    /** Creates a page (version 1); the first page of a space becomes its home page. */
    public HostPage createPage(String spaceKey, String title, String body, Long parentId, String creatorKey) {
        Timestamp now = Timestamp.from(clock.instant());
        long id = db.inTransaction(c -> {
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
}
