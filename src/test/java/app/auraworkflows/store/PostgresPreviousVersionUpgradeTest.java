package app.auraworkflows.store;

/**
 * Upgrading a previous-version database on PostgreSQL (what Data Center clusters run): a fresh database per test.
 * Skipped loudly without PostgreSQL, failed instead when {@code CI=true}.
 */
class PostgresPreviousVersionUpgradeTest extends PreviousVersionUpgradeContractTest {
    @Override
    TestDatabase openDatabase() {
        return TestDatabase.postgres();
    }
}
