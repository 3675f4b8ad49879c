package app.auraworkflows.twofactor;

import java.nio.file.Path;

/**
 * PLACEHOLDER so the UI branch compiles: engineer A's real implementation (key file in {@code dir},
 * created on first use, owner-only permissions, versioned) replaces this file at merge. It fails closed:
 * without the real implementation no secret can be encrypted or decrypted.
 */
public class FileSecretKeySource implements SecretKeySource {
    private final Path dir;

    public FileSecretKeySource(Path dir) {
        this.dir = dir;
    }

    @Override
    public int currentVersion() {
        throw new IllegalStateException("FileSecretKeySource placeholder: no key available in " + dir);
    }

    @Override
    public byte[] key(int version) {
        throw new IllegalStateException("FileSecretKeySource placeholder: no key available in " + dir);
    }
}
