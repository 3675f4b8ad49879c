package app.auraworkflows.store;

/**
 * The approval store contract on PostgreSQL (what Data Center clusters run): a fresh database for this class.
 * Skipped loudly without PostgreSQL, failed instead when {@code CI=true}.
 */
class PostgresApprovalStoreTest extends ApprovalStoreContractTest {
    @Override
    TestDatabase openDatabase() {
        return TestDatabase.postgres();
    }
}
