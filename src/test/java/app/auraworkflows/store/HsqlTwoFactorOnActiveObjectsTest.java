package app.auraworkflows.store;

/** The 2FA services end to end on Active Objects over HSQLDB in memory. */
class HsqlTwoFactorOnActiveObjectsTest extends TwoFactorOnActiveObjectsTest {
    @Override
    TestDatabase openDatabase() {
        return TestDatabase.hsqlInMemory();
    }
}
