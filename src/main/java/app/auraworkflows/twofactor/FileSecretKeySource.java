package app.auraworkflows.twofactor;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;

/**
 * {@link SecretKeySource} backed by a key file outside the database: {@code aura-workflows-2fa.key} in
 * the given directory (in Confluence: a folder of the shared home, so every cluster node uses one key).
 *
 * <ul>
 *   <li>Created on first use with 32 bytes from {@link SecureRandom}, key version 1, owner-only
 *       permissions ({@code rw-------}) where the file system is POSIX.</li>
 *   <li>Creation is race-safe across nodes: the key is written completely to a private temporary file
 *       which is then hard-linked into place; if another node won, its key is used and ours discarded.
 *       A reader therefore never sees a half-written key.</li>
 *   <li>A key file that exists but is not exactly 32 bytes is an error (fail closed), never replaced.</li>
 * </ul>
 * Plain Java (no Atlassian types); {@code confluence/} only supplies the directory. Once read, the key
 * is kept in memory for this instance.
 */
public final class FileSecretKeySource implements SecretKeySource {
    public static final String FILE_NAME = "aura-workflows-2fa.key";
    static final int VERSION = 1;
    private static final int KEY_BYTES = 32;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path directory;
    private final SecureRandom random;
    private volatile byte[] cached;

    public FileSecretKeySource(Path directory) {
        this(directory, new SecureRandom());
    }

    public FileSecretKeySource(Path directory, SecureRandom random) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.random = Objects.requireNonNull(random, "random");
    }

    public Path keyFile() {
        return directory.resolve(FILE_NAME);
    }

    @Override
    public int currentVersion() {
        return VERSION;
    }

    @Override
    public byte[] key(int version) {
        if (version != VERSION) {
            throw new IllegalStateException("No 2FA encryption key of version " + version + " in " + directory);
        }
        byte[] key = cached;
        if (key == null) {
            synchronized (this) {
                if (cached == null) {
                    cached = loadOrCreate();
                }
                key = cached;
            }
        }
        return key.clone();
    }

    private byte[] loadOrCreate() {
        Path file = keyFile();
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            byte[] key = Files.readAllBytes(file);
            if (key.length != KEY_BYTES) {
                Arrays.fill(key, (byte) 0);
                throw new IllegalStateException("2FA key file " + file + " is damaged (expected " + KEY_BYTES + " bytes)");
            }
            return key;
        } catch (IOException e) {
            throw new IllegalStateException("2FA key file " + file + " cannot be read or created", e);
        }
    }

    private void create(Path file) throws IOException {
        Files.createDirectories(directory);
        boolean posix = Files.getFileStore(directory).supportsFileAttributeView("posix");
        FileAttribute<?>[] attributes = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
        Path temp = Files.createTempFile(directory, ".aura-2fa-", ".tmp", attributes);
        try {
            byte[] key = new byte[KEY_BYTES];
            random.nextBytes(key);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap(key));
                channel.force(true);
            } finally {
                Arrays.fill(key, (byte) 0);
            }
            try {
                Files.createLink(file, temp); // atomic, fails if another node created the key first
            } catch (FileAlreadyExistsException anotherNodeWon) {
                // use the existing key
            } catch (UnsupportedOperationException | IOException noHardLinks) {
                try {
                    Files.move(temp, file); // no REPLACE_EXISTING: never overwrite an existing key
                } catch (FileAlreadyExistsException anotherNodeWon) {
                    // use the existing key
                }
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
