package app.auraworkflows.store;

/**
 * The store contract on PostgreSQL (what Confluence Data Center clusters run): a fresh database on
 * 127.0.0.1:5432, created for this class and dropped after it. Skipped loudly without PostgreSQL,
 * failed instead when {@code CI=true}.
 */
class PostgresStoreTest extends StoreContractTest {
    @Override
    TestDatabase openDatabase() {
        return TestDatabase.postgres();
    }
}
