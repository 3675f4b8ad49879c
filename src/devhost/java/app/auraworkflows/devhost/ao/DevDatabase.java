package app.auraworkflows.devhost.ao;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Connection settings of the database the dev host (and the store tests) run Active Objects on: a plain
 * JDBC URL plus credentials. HSQLDB 2.7 (in-memory or file) and PostgreSQL are supported, the two
 * databases AO 3.2.11 and our Data Center customers have in common with the dev host.
 *
 * @param jdbcUrl  e.g. {@code jdbc:hsqldb:mem:aura}, {@code jdbc:hsqldb:file:/path/aura},
 *                 {@code jdbc:postgresql://127.0.0.1:5432/aura}
 * @param username database user (HSQLDB default {@code SA})
 * @param password database password (may be empty, never null)
 */
public record DevDatabase(String jdbcUrl, String username, String password) {

    public DevDatabase {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(username, "username");
        password = password == null ? "" : password;
        if (!jdbcUrl.startsWith("jdbc:hsqldb:") && !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("Only HSQLDB and PostgreSQL JDBC URLs are supported: " + jdbcUrl);
        }
    }

    /** A private in-memory HSQLDB database (lives as long as the JVM or until {@link DevActiveObjects#close()}). */
    public static DevDatabase hsqlInMemory(String name) {
        return new DevDatabase("jdbc:hsqldb:mem:" + name, "SA", "");
    }

    /** An HSQLDB file database: {@code directory/name.*} files, kept between runs. */
    public static DevDatabase hsqlFile(Path directory, String name) {
        return new DevDatabase("jdbc:hsqldb:file:" + directory.toAbsolutePath().resolve(name), "SA", "");
    }

    /** A PostgreSQL database. */
    public static DevDatabase postgres(String host, int port, String database, String username, String password) {
        return new DevDatabase("jdbc:postgresql://" + host + ":" + port + "/" + database, username, password);
    }

    public boolean isHsql() {
        return jdbcUrl.startsWith("jdbc:hsqldb:");
    }

    public boolean isPostgres() {
        return jdbcUrl.startsWith("jdbc:postgresql:");
    }

    @Override
    public String toString() {
        // keep the password out of log lines
        return "DevDatabase[" + jdbcUrl + ", user=" + username + "]";
    }
}
