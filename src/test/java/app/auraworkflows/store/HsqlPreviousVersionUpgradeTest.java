package app.auraworkflows.store;

/** Upgrading a previous-version database on HSQLDB 2.7 in memory (the dev host's embedded engine). */
class HsqlPreviousVersionUpgradeTest extends PreviousVersionUpgradeContractTest {
    @Override
    TestDatabase openDatabase() {
        return TestDatabase.hsqlInMemory();
    }
}
