package app.auraworkflows.devhost.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/**
 * Small key/value settings stored in the database (site title, "demo data loaded" marker), so that
 * every node of a two-node dev host sees the same values.
 */
public final class HostProperties {

    private final HostDatabase db;

    public HostProperties(HostDatabase db) {
        this.db = db;
    }

    public Optional<String> get(String name) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT VAL FROM DEVHOST_PROPERTY WHERE NAME = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    public void set(String name, String value) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE DEVHOST_PROPERTY SET VAL = ? WHERE NAME = ?")) {
                ps.setString(1, value);
                ps.setString(2, name);
                if (ps.executeUpdate() == 1) {
                    return null;
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO DEVHOST_PROPERTY (NAME, VAL) VALUES (?, ?)")) {
                ps.setString(1, name);
                ps.setString(2, value);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Inserts the property only if absent; returns true when this call inserted it. Used as a
     * cluster-safe "first start" claim: the primary key makes exactly one node win.
     */
    public boolean claim(String name, String value) {
        try {
            return db.inTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO DEVHOST_PROPERTY (NAME, VAL) VALUES (?, ?)")) {
                    ps.setString(1, name);
                    ps.setString(2, value);
                    return ps.executeUpdate() == 1;
                }
            });
        } catch (HostDatabase.DatabaseException duplicate) {
            return false;
        }
    }
}
