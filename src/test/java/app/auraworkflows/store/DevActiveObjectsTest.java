package app.auraworkflows.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.auraworkflows.devhost.ao.DevActiveObjects;
import app.auraworkflows.devhost.ao.DevDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dev host's Active Objects: Atlassian table prefixes and a file database that survives restarts. */
class DevActiveObjectsTest {
    @TempDir
    Path dataDir;

    @Test
    void theTablePrefixIsTheLastSixHexCharactersOfTheNamespaceMd5() {
        // md5("app.auraworkflows.confluence") = 37abcb29b534225642c20dc5ac4b91bc (md5sum)
        assertEquals("AO_4B91BC_", DevActiveObjects.tablePrefix("app.auraworkflows.confluence"));
        assertTrue(DevActiveObjects.tablePrefix("x").matches("AO_[0-9A-F]{6}_"));
    }

    @Test
    void aFileDatabaseKeepsItsRowsAcrossRestarts() {
        DevDatabase file = DevDatabase.hsqlFile(dataDir, "aura");
        try (DevActiveObjects ao = DevActiveObjects.create(file, "app.auraworkflows.confluence", StoreEntities.asArray())) {
            new AoEnrolmentRepository(ao).insertPending(StoreContractTest.pending("u1", "alice", "Alice Adams"));
        }
        try (DevActiveObjects ao = DevActiveObjects.create(file, "app.auraworkflows.confluence", StoreEntities.asArray())) {
            assertEquals("alice", new AoEnrolmentRepository(ao).find("u1").orElseThrow().username());
        }
    }

    @Test
    void onlyHsqldbAndPostgresqlUrlsAreAccepted() {
        assertThrows(IllegalArgumentException.class, () -> new DevDatabase("jdbc:h2:mem:x", "sa", ""));
        assertTrue(!DevDatabase.postgres("h", 5432, "d", "u", "secret-pw").toString().contains("secret-pw"));
    }
}
