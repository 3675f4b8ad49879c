package app.auraworkflows.store;

/** The approval store contract on HSQLDB 2.7 in memory (the dev host's embedded database engine). */
class HsqlApprovalStoreTest extends ApprovalStoreContractTest {
    @Override
    TestDatabase openDatabase() {
        return TestDatabase.hsqlInMemory();
    }
}
