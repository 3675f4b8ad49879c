package app.auraworkflows.store;

/** The 2FA services end to end on Active Objects over a fresh PostgreSQL database (skipped loudly without one; CI=true fails). */
class PostgresTwoFactorOnActiveObjectsTest extends TwoFactorOnActiveObjectsTest {
    @Override
    TestDatabase openDatabase() {
        return TestDatabase.postgres();
    }
}
