package app.auraworkflows.devhost.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The dev host's JDBC connection pools: HikariCP, for which Confluence ships its Hibernate connection provider, so a
 * node reuses
 * connections instead of opening one per unit of work (on PostgreSQL that costs a TCP handshake and a backend
 * process each time, and would make every figure measured on it meaningless). New connections run at READ
 * COMMITTED, Confluence's isolation on PostgreSQL; Hikari resets isolation and auto-commit when a connection goes
 * back to the pool.
 *
 * <p>Size: {@code aura.devhost.pool.max} connections per pool (default {@value #DEFAULT_MAX}); idle connections are
 * closed after a minute down to {@value #MIN_IDLE}, so many short-lived test hosts on one PostgreSQL (default
 * {@code max_connections} 100) do not hold connections they no longer use.
 */
public final class ConnectionPools {
    public static final int DEFAULT_MAX = 20;
    static final int MIN_IDLE = 1;

    private ConnectionPools() {
    }

    /** A pool for {@code jdbcUrl}; {@code name} shows in Hikari's log lines and thread names. */
    public static HikariDataSource open(String name, String jdbcUrl, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(Integer.getInteger("aura.devhost.pool.max", DEFAULT_MAX));
        config.setMinimumIdle(MIN_IDLE);
        config.setIdleTimeout(60_000);
        config.setConnectionTimeout(30_000);
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        // Fail at once on a wrong URL or a database that does not answer, as opening a connection did before.
        config.setInitializationFailTimeout(1);
        return new HikariDataSource(config);
    }
}
