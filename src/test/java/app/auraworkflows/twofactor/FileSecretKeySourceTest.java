package app.auraworkflows.twofactor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key file in the shared home: created once, owner-only, shared by every node, never replaced. */
class FileSecretKeySourceTest {
    @TempDir
    Path home;

    @Test
    void firstUseCreatesA32ByteOwnerOnlyKeyFileOfVersionOne() throws Exception {
        FileSecretKeySource keys = new FileSecretKeySource(home.resolve("aura-workflows"));
        assertEquals(1, keys.currentVersion());
        byte[] key = keys.key(1);

        Path file = home.resolve("aura-workflows").resolve("aura-workflows-2fa.key");
        assertEquals(32, key.length);
        assertArrayEquals(key, Files.readAllBytes(file));
        assumeTrue(Files.getFileStore(file).supportsFileAttributeView("posix"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void anotherInstanceReadsTheSameKey() {
        byte[] first = new FileSecretKeySource(home).key(1);
        assertArrayEquals(first, new FileSecretKeySource(home).key(1));
    }

    @Test
    void nodesStartingAtOnceAgreeOnOneKey() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<byte[]>> keys = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                keys.add(pool.submit(() -> {
                    start.await();
                    return new FileSecretKeySource(home).key(1);
                }));
            }
            start.countDown();
            List<byte[]> results = new ArrayList<>();
            for (Future<byte[]> key : keys) {
                results.add(key.get());
            }
            byte[] onDisk = Files.readAllBytes(home.resolve(FileSecretKeySource.FILE_NAME));
            for (byte[] key : results) {
                assertArrayEquals(onDisk, key);
            }
            try (var files = Files.list(home)) {
                assertEquals(1, files.count(), "no temporary files left behind");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aDamagedKeyFileFailsClosedAndIsNotReplaced() throws Exception {
        Path file = home.resolve(FileSecretKeySource.FILE_NAME);
        Files.write(file, new byte[7]);
        assertThrows(IllegalStateException.class, () -> new FileSecretKeySource(home).key(1));
        assertEquals(7, Files.size(file));
    }

    @Test
    void anUnknownKeyVersionFailsClosed() {
        assertThrows(IllegalStateException.class, () -> new FileSecretKeySource(home).key(2));
    }

    @Test
    void theKeyWorksWithTheCipher() {
        SecretCipher cipher = new SecretCipher(new FileSecretKeySource(home), java.security.SecureRandom::new);
        SealedSecret sealed = cipher.seal("key-alice", "JBSWY3DPEHPK3PXP");
        SecretCipher afterRestart = new SecretCipher(new FileSecretKeySource(home), java.security.SecureRandom::new);
        assertEquals("JBSWY3DPEHPK3PXP", afterRestart.open("key-alice", sealed));
    }
}
