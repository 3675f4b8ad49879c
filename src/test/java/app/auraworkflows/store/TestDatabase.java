package app.auraworkflows.store;

import app.auraworkflows.devhost.ao.DevDatabase;
import app.auraworkflows.devhost.junit.RequiredService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A fresh, private database for one test class: HSQLDB in memory, or a new PostgreSQL database
 * ({@code CREATE DATABASE aura_test_<random>} on 127.0.0.1:5432 as {@code postgres}, dropped afterwards).
 *
 * <p>When PostgreSQL does not answer the PostgreSQL tests are skipped with a loud message, except on CI
 * ({@code CI=true}) where a missing PostgreSQL is a failure: there it must run.
 */
final class TestDatabase implements AutoCloseable {
    static final String PG_HOST = System.getProperty("aura.test.pg.host", "127.0.0.1");
    static final int PG_PORT = Integer.getInteger("aura.test.pg.port", 5432);
    static final String PG_USER = System.getProperty("aura.test.pg.user", "postgres");
    static final String PG_PASSWORD = System.getProperty("aura.test.pg.password", "");

    private final DevDatabase database;
    private final String postgresName;

    private TestDatabase(DevDatabase database, String postgresName) {
        this.database = database;
        this.postgresName = postgresName;
    }

    DevDatabase database() {
        return database;
    }

    static TestDatabase hsqlInMemory() {
        return new TestDatabase(DevDatabase.hsqlInMemory("aura_test_" + randomSuffix()), null);
    }

    static TestDatabase postgres() {
        String name = "aura_test_" + randomSuffix();
        try (Connection admin = adminConnection(); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            RequiredService.missing("PostgreSQL at " + PG_HOST + ":" + PG_PORT + " (user " + PG_USER
                    + ") is not available: " + e.getMessage() + ": PostgreSQL store tests SKIPPED", e);
        }
        return new TestDatabase(DevDatabase.postgres(PG_HOST, PG_PORT, name, PG_USER, PG_PASSWORD), name);
    }

    @Override
    public void close() throws SQLException {
        if (postgresName == null) {
            return;
        }
        try (Connection admin = adminConnection(); Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + postgresName + " WITH (FORCE)");
        }
    }

    private static Connection adminConnection() throws SQLException {
        DriverManager.setLoginTimeout(3);
        return DriverManager.getConnection(
                "jdbc:postgresql://" + PG_HOST + ":" + PG_PORT + "/postgres?connectTimeout=3",
                PG_USER, PG_PASSWORD);
    }

    private static String randomSuffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
    }

    /** A plain JDBC connection to this database (raw SQL and metadata in tests). */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
    }

    /** Upper-cased columns of the indexes (or only the unique ones) of {@code table}, read from JDBC metadata. */
    java.util.Set<String> indexColumns(String table, boolean uniqueOnly) throws SQLException {
        java.util.Set<String> columns = new java.util.TreeSet<>();
        try (Connection connection = connect();
             java.sql.ResultSet index = connection.getMetaData().getIndexInfo(null, null, table, uniqueOnly, false)) {
            while (index.next()) {
                if (index.getString("COLUMN_NAME") != null) {
                    columns.add(index.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                }
            }
        }
        return columns;
    }
}
