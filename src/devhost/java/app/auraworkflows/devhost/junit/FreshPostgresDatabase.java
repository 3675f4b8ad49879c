package app.auraworkflows.devhost.junit;


import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Role: a new, empty PostgreSQL database for one HTTP or cluster test, created on the server named by
 * {@code aura.test.postgres.url} / {@code AURA_TEST_POSTGRES_URL} (default: 127.0.0.1:5432 as {@code postgres})
 * and dropped on {@link #close()}. Without PostgreSQL the test is skipped with a loud message, except under CI
 * ({@code CI=true}), where a missing PostgreSQL is a failure: there the test must run.
 */
public final class FreshPostgresDatabase implements AutoCloseable {

    private final String adminUrl;
    private final String name;

    private FreshPostgresDatabase(String adminUrl, String name) {
        this.adminUrl = adminUrl;
        this.name = name;
    }

    /** Creates {@code <prefix><nanos>}; {@code what} names the test in the skip message. */
    public static FreshPostgresDatabase create(String prefix, String what) {
        String configured = System.getProperty("aura.test.postgres.url", System.getenv("AURA_TEST_POSTGRES_URL"));
        String adminUrl = configured == null || configured.isBlank()
                ? "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres" : configured;
        String name = prefix + System.nanoTime();
        try (Connection c = DriverManager.getConnection(adminUrl); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            RequiredService.missing("PostgreSQL not available at " + adminUrl.replaceAll("password=[^&]*", "password=***")
                    + " (" + e.getMessage() + "): " + what + " SKIPPED", e);
        }
        return new FreshPostgresDatabase(adminUrl, name);
    }

    /** The JDBC URL of the new database (the server's URL with the database name replaced). */
    public String jdbcUrl() {
        return adminUrl.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
    }

    public String name() {
        return name;
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = DriverManager.getConnection(adminUrl); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }
}
