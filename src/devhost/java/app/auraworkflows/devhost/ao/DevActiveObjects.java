package app.auraworkflows.devhost.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsModuleMetaData;
import com.atlassian.activeobjects.spi.DatabaseType;
import com.atlassian.sal.api.transaction.TransactionCallback;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import app.auraworkflows.devhost.db.ConnectionPools;
import com.zaxxer.hikari.HikariDataSource;
import net.java.ao.ActiveObjectsException;
import net.java.ao.DatabaseProvider;
import net.java.ao.DisposableDataSource;
import net.java.ao.EntityManagerConfiguration;
import net.java.ao.SchemaConfiguration;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.Transaction;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.SimpleNameConverters;
import net.java.ao.db.HSQLDatabaseProvider;
import net.java.ao.db.PostgreSQLDatabaseProvider;
import net.java.ao.schema.NameConverters;
import net.java.ao.schema.info.CachingEntityInfoResolverFactory;
import net.java.ao.schema.info.EntityInfoResolverFactory;

/**
 * The dev host's (and the store tests') real Active Objects: {@link ActiveObjects} implemented over the
 * real {@code net.java.ao.EntityManager} of AO 3.2.11, configured the way the Atlassian AO plugin
 * configures it, so our {@code store/} repositories run here exactly as they will inside Confluence.
 *
 * <h2>Use</h2>
 * <pre>{@code
 * DevActiveObjects ao = DevActiveObjects.create(
 *         DevDatabase.hsqlFile(dataDir, "aura"),          // or hsqlInMemory(..) / postgres(..)
 *         "app.auraworkflows.confluence",                  // the <ao namespace="..."> of atlassian-plugin.xml
 *         StoreEntities.ALL.toArray(Class[]::new));        // migrates these entities
 * ...
 * ao.close();                                              // on shutdown (HSQLDB: SHUTDOWN)
 * }</pre>
 * The signature of {@link #create(DevDatabase, String, Class[])} is stable: the dev host calls exactly it.
 *
 * <h2>What matches the real AO plugin</h2>
 * <ul>
 *   <li>Table names {@code AO_<6 hex>_<TABLE>}: the hex is the last six characters of the upper-cased MD5
 *       of the namespace (as the AO plugin's {@code ActiveObjectModuleDescriptor} does), applied through
 *       {@link AtlassianTableNameConverter} which honours {@code @Table}. Field, index, unique, sequence and
 *       trigger names use AO's Atlassian converters.</li>
 *   <li>Only tables with our prefix are managed by migrations (another plugin's tables are never touched).</li>
 *   <li>{@link #executeInTransaction} joins a transaction already open on this thread (like SAL's
 *       {@code TransactionTemplate}, propagation REQUIRED) and runs new ones at READ COMMITTED, the
 *       isolation Confluence uses on PostgreSQL, so concurrency tests see the races production sees.</li>
 *   <li>Failures surface as unchecked exceptions whose cause chain holds the {@link SQLException}
 *       (the AO plugin throws {@code ActiveObjectsSqlException}; ours is {@link ActiveObjectsException}).</li>
 * </ul>
 * Connections come from a HikariCP pool ({@link ConnectionPools}), as Confluence's do: an operation outside a
 * transaction borrows one and gives it back, a transaction keeps one until it ends. The entity manager is the one
 * AO's builder would make (same name converters, caching entity-info resolver, no weak cache), over that pool.
 */
public final class DevActiveObjects implements ActiveObjects, AutoCloseable {
    private final DevDatabase database;
    private final String tablePrefix;
    private final EntityManager entityManager;
    private final ThreadLocal<Boolean> inTransaction = new ThreadLocal<>();
    private final HikariDataSource pool;
    private final boolean ownsDatabase;

    private DevActiveObjects(DevDatabase database, String tablePrefix, EntityManager entityManager,
                             HikariDataSource pool, boolean ownsDatabase) {
        this.database = database;
        this.tablePrefix = tablePrefix;
        this.entityManager = entityManager;
        this.pool = pool;
        this.ownsDatabase = ownsDatabase;
    }

    /**
     * Opens the database, creates/updates the tables of {@code entities} (AO migration; never drops other
     * tables) and returns a ready {@link ActiveObjects}.
     *
     * @param database  where
     * @param namespace the {@code <ao namespace>} of the plugin (decides the table prefix)
     * @param entities  the entity classes to migrate (e.g. {@code StoreEntities.ALL})
     */
    @SafeVarargs
    public static DevActiveObjects create(DevDatabase database, String namespace,
                                          Class<? extends RawEntity<?>>... entities) {
        return create(database, namespace, true, entities);
    }

    /**
     * As {@link #create(DevDatabase, String, Class[])} on a database the dev host itself uses and closes: closing
     * this ActiveObjects (a plugin stopped, or failed to enable) returns its connections but leaves the database
     * running for the host and the other plugins.
     */
    @SafeVarargs
    public static DevActiveObjects createOnHostDatabase(DevDatabase database, String namespace,
                                                        Class<? extends RawEntity<?>>... entities) {
        return create(database, namespace, false, entities);
    }

    @SafeVarargs
    private static DevActiveObjects create(DevDatabase database, String namespace, boolean ownsDatabase,
                                           Class<? extends RawEntity<?>>... entities) {
        Objects.requireNonNull(database, "database");
        String prefix = tablePrefix(namespace);
        HikariDataSource pool = ConnectionPools.open("devhost-ao", database.jdbcUrl(), database.username(),
                database.password());
        DisposableDataSource dataSource = new PooledDataSource(pool);
        DatabaseProvider provider = database.isPostgres() ? new PostgreSQLDatabaseProvider(dataSource)
                : new HSQLDatabaseProvider(dataSource);
        NameConverters names = new SimpleNameConverters(new AtlassianTableNameConverter(name -> prefix + name),
                new AtlassianFieldNameConverter(), new AtlassianSequenceNameConverter(),
                new AtlassianTriggerNameConverter(), new AtlassianIndexNameConverter(),
                new AtlassianUniqueNameConverter());
        SchemaConfiguration onlyOurTables = (table, caseSensitive) -> caseSensitive
                ? table.startsWith(prefix)
                : table.toUpperCase(Locale.ROOT).startsWith(prefix);
        EntityManager manager = new EntityManager(provider, new EntityManagerConfiguration() {
            @Override
            public boolean useWeakCache() {
                return false;
            }

            @Override
            public NameConverters getNameConverters() {
                return names;
            }

            @Override
            public SchemaConfiguration getSchemaConfiguration() {
                return onlyOurTables;
            }

            @Override
            public EntityInfoResolverFactory getEntityInfoResolverFactory() {
                return new CachingEntityInfoResolverFactory();
            }
        });
        DevActiveObjects activeObjects = new DevActiveObjects(database, prefix, manager, pool, ownsDatabase);
        if (entities.length > 0) {
            activeObjects.migrate(entities);
        }
        return activeObjects;
    }

    /** {@code AO_<last 6 hex chars of MD5(namespace), upper case>_}, as the Atlassian AO plugin computes it. */
    public static String tablePrefix(String namespace) {
        Objects.requireNonNull(namespace, "namespace");
        try {
            String md5 = HexFormat.of().formatHex(
                    MessageDigest.getInstance("MD5").digest(namespace.getBytes(StandardCharsets.UTF_8)));
            return ("AO_" + md5.substring(md5.length() - 6) + "_").toUpperCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 unavailable", e);
        }
    }

    public DevDatabase database() {
        return database;
    }

    /** E.g. {@code AO_1A2B3C_}. */
    public String tablePrefix() {
        return tablePrefix;
    }

    /** The physical (unquoted) table name of an entity, e.g. {@code AO_1A2B3C_TFA_ENROLMENT}. */
    public String tableName(Class<? extends RawEntity<?>> entity) {
        return entityManager.getTableNameConverter().getName(entity);
    }

    /** The underlying AO entity manager (dev host diagnostics and tests). */
    public EntityManager entityManager() {
        return entityManager;
    }

    /** Closes the database (for HSQLDB this runs {@code SHUTDOWN}, so a file database is written cleanly). */
    @Override
    public void close() {
        if (ownsDatabase) {
            entityManager.getProvider().dispose(); // HSQLDB: SHUTDOWN, then the pool is closed
        } else {
            pool.close();
        }
    }

    // ----- ActiveObjects -----

    @SafeVarargs
    @Override
    public final void migrate(Class<? extends RawEntity<?>>... entities) {
        sql(() -> {
            entityManager.migrate(entities);
            return null;
        });
    }

    @SafeVarargs
    @Override
    public final void migrateDestructively(Class<? extends RawEntity<?>>... entities) {
        sql(() -> {
            entityManager.migrateDestructively(entities);
            return null;
        });
    }

    @Override
    public void flushAll() {
        entityManager.flushAll();
    }

    @Override
    public void flush(RawEntity<?>... entities) {
        entityManager.flush(entities);
    }

    @SafeVarargs
    @Override
    public final <T extends RawEntity<K>, K> T[] get(Class<T> type, K... keys) {
        return sql(() -> entityManager.get(type, keys));
    }

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        return sql(() -> entityManager.get(type, key));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
        return sql(() -> entityManager.create(type, params));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params) {
        return sql(() -> entityManager.create(type, params));
    }

    @Override
    public <T extends RawEntity<K>, K> void create(Class<T> type, List<Map<String, Object>> rows) {
        sql(() -> {
            entityManager.create(type, rows);
            return null;
        });
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        sql(() -> {
            entityManager.delete(entities);
            return null;
        });
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... params) {
        return sql(() -> entityManager.deleteWithSQL(type, criteria, params));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type) {
        return sql(() -> entityManager.find(type));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... params) {
        return sql(() -> entityManager.find(type, criteria, params));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return sql(() -> entityManager.find(type, query));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String field, Query query) {
        return sql(() -> entityManager.find(type, field, query));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] findWithSQL(Class<T> type, String keyField, String sql, Object... params) {
        return sql(() -> entityManager.findWithSQL(type, keyField, sql, params));
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, EntityStreamCallback<T, K> streamCallback) {
        sql(() -> {
            entityManager.stream(type, streamCallback);
            return null;
        });
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> streamCallback) {
        sql(() -> {
            entityManager.stream(type, query, streamCallback);
            return null;
        });
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type) {
        return sql(() -> entityManager.count(type));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, String criteria, Object... params) {
        return sql(() -> entityManager.count(type, criteria, params));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return sql(() -> entityManager.count(type, query));
    }

    @Override
    public <K> int getFastCountEstimate(Class<? extends RawEntity<K>> type) {
        return count(type);
    }

    @Override
    public <T> T executeInTransaction(TransactionCallback<T> callback) {
        if (Boolean.TRUE.equals(inTransaction.get())) {
            return callback.doInTransaction(); // join the surrounding transaction (propagation REQUIRED)
        }
        inTransaction.set(Boolean.TRUE);
        try {
            return new Transaction<T>(entityManager) {
                @Override
                protected T run() throws SQLException {
                    // AO defaults to SERIALIZABLE; Confluence runs READ COMMITTED. The connection is the
                    // transaction's own (thread-bound) one and no statement has run on it yet.
                    getEntityManager().getProvider().getConnection()
                            .setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                    return callback.doInTransaction();
                }
            }.execute();
        } catch (SQLException e) {
            throw new ActiveObjectsException(e);
        } finally {
            inTransaction.remove();
        }
    }

    @Override
    public ActiveObjectsModuleMetaData moduleMetaData() {
        return new ActiveObjectsModuleMetaData() {
            @Override
            public void awaitInitialization() {
            }

            @Override
            public void awaitInitialization(long timeout, TimeUnit unit) {
            }

            @Override
            public boolean isInitialized() {
                return true;
            }

            @Override
            public DatabaseType getDatabaseType() {
                return database.isPostgres() ? DatabaseType.POSTGRESQL : DatabaseType.HSQL;
            }

            @Override
            public boolean isDataSourcePresent() {
                return true;
            }

            @Override
            public boolean isTablePresent(Class<? extends RawEntity<?>> type) {
                String table = tableName(type);
                return sql(() -> {
                    try (Connection connection = entityManager.getProvider().getConnection();
                         ResultSet tables = connection.getMetaData().getTables(null, null, null, new String[] {"TABLE"})) {
                        while (tables.next()) {
                            if (table.equalsIgnoreCase(tables.getString("TABLE_NAME"))) {
                                return true;
                            }
                        }
                        return false;
                    }
                });
            }
        };
    }

    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    private static <T> T sql(SqlWork<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new ActiveObjectsException(e);
        }
    }
}
