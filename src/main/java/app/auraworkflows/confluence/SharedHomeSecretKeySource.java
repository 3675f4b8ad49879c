package app.auraworkflows.confluence;

import app.auraworkflows.twofactor.FileSecretKeySource;
import app.auraworkflows.twofactor.SecretKeySource;
import com.atlassian.sal.api.ApplicationProperties;
import org.springframework.stereotype.Component;

import java.nio.file.Path;

/**
 * Role: host adapter implementing the {@link SecretKeySource} port over the Confluence shared home.
 *
 * <p>Why the shared home: every Data Center node must decrypt secrets written by any other node, and the
 * key must live outside the database so that a database dump alone reveals no authenticator secret. The
 * file handling (creation, owner-only permissions, versions) is plain Java in {@link FileSecretKeySource};
 * this class only decides where the directory is. The delegate is created lazily because the shared home
 * may not be resolvable while the plugin is still starting.
 */
@Component
public class SharedHomeSecretKeySource implements SecretKeySource {
    static final String DIRECTORY_NAME = "aura-workflows";

    private final ApplicationProperties applicationProperties;
    private volatile SecretKeySource delegate;

    public SharedHomeSecretKeySource(ApplicationProperties applicationProperties) {
        this.applicationProperties = applicationProperties;
    }

    @Override
    public int currentVersion() {
        return delegate().currentVersion();
    }

    @Override
    public byte[] key(int version) {
        return delegate().key(version);
    }

    private SecretKeySource delegate() {
        SecretKeySource current = delegate;
        if (current == null) {
            synchronized (this) {
                current = delegate;
                if (current == null) {
                    current = new FileSecretKeySource(keyDirectory());
                    delegate = current;
                }
            }
        }
        return current;
    }

    /** The key directory; fails closed (no secret can be encrypted or read) when there is no shared home. */
    Path keyDirectory() {
        Path sharedHome = applicationProperties.getSharedHomeDirectory()
                .orElseThrow(() -> new IllegalStateException("Confluence shared home directory is not available"));
        return sharedHome.resolve(DIRECTORY_NAME);
    }
}
