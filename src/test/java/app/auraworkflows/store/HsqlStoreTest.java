package app.auraworkflows.store;

/** The store contract on HSQLDB 2.7 in memory (the dev host's embedded database engine). */
class HsqlStoreTest extends StoreContractTest {
    @Override
    TestDatabase openDatabase() {
        return TestDatabase.hsqlInMemory();
    }
}
