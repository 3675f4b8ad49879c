package app.auraworkflows.devhost.db;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The dev host's database connection settings: the embedded HSQLDB file database under the data
 * directory by default, or PostgreSQL when configured. The same database holds the dev host's own
 * directory/content tables and the plugin's Active Objects tables, like a Confluence database does,
 * so two dev-host nodes on one PostgreSQL share users, pages and plugin data.
 *
 * <p>Connections come from a pool ({@link ConnectionPools}), opened on first use and closed with the database.
 */
public final class HostDatabase implements AutoCloseable {

    /** Which SQL dialect the host tables are written in. */
    public enum Dialect { HSQLDB, POSTGRESQL }

    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final Dialect dialect;
    private volatile HikariDataSource pool;

    public HostDatabase(String jdbcUrl, String user, String password) {
        this.jdbcUrl = jdbcUrl;
        this.user = user == null ? "" : user;
        this.password = password == null ? "" : password;
        if (jdbcUrl.startsWith("jdbc:hsqldb:")) {
            dialect = Dialect.HSQLDB;
        } else if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            dialect = Dialect.POSTGRESQL;
        } else {
            throw new IllegalArgumentException("Unsupported dev host database (HSQLDB or PostgreSQL only): " + jdbcUrl);
        }
    }

    /**
     * The embedded file database under {@code dir}. MVCC transactions make HSQLDB behave like
     * PostgreSQL under concurrent writers (no table locks across the whole transaction).
     */
    public static HostDatabase embedded(Path dir) {
        return new HostDatabase("jdbc:hsqldb:file:" + dir.resolve("devhost").toAbsolutePath()
                + ";hsqldb.tx=mvcc;hsqldb.lob_compressed=true", "SA", "");
    }

    public String jdbcUrl() { return jdbcUrl; }
    public String user() { return user; }
    public String password() { return password; }
    public Dialect dialect() { return dialect; }

    /** A pooled connection (closing it returns it to the pool). */
    public Connection connect() throws SQLException {
        HikariDataSource current = pool;
        if (current == null) {
            synchronized (this) {
                if (pool == null) {
                    pool = ConnectionPools.open("devhost-" + dialect.name().toLowerCase(java.util.Locale.ROOT), jdbcUrl,
                            user, password);
                }
                current = pool;
            }
        }
        return current.getConnection();
    }

    /** Column type for long text (page bodies). */
    public String longTextType() {
        return dialect == Dialect.HSQLDB ? "LONGVARCHAR" : "TEXT";
    }

    /** Runs work in one transaction, committing on success and rolling back on any failure. */
    public <T> T inTransaction(SqlWork<T> work) {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new DatabaseException(e);
        }
    }

    /** Closes an embedded database cleanly so the next start finds a consistent file set. */
    @Override
    public void close() {
        HikariDataSource open = pool;
        if (open == null) {
            return;
        }
        if (dialect == Dialect.HSQLDB && jdbcUrl.startsWith("jdbc:hsqldb:file:")) {
            try (Connection c = open.getConnection(); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            } catch (SQLException e) {
                // already shut down (e.g. by a second close): nothing to do
            }
        }
        open.close();
    }

    @Override
    public String toString() {
        // never print a password, also not one written into the URL
        return dialect + " " + jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    /** A unit of JDBC work. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Unchecked wrapper: host services are called from plugin code that cannot handle SQLException. */
    public static final class DatabaseException extends RuntimeException {
        public DatabaseException(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
