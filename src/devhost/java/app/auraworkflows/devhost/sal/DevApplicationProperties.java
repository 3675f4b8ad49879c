package app.auraworkflows.devhost.sal;

import app.auraworkflows.devhost.HostUrls;
import app.auraworkflows.devhost.http.CurrentRequest;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/**
 * SAL {@link ApplicationProperties} of a Confluence 10.2 Data Center: display name "Confluence",
 * platform id "conf", base URL of this dev host, local and shared home inside the data directory
 * (two nodes of a cluster share the shared home).
 */
public final class DevApplicationProperties implements ApplicationProperties {

    public static final String VERSION = "10.2.0";
    private static final String BUILD_NUMBER = "10200";

    private final HostUrls urls;
    private final Path localHome;
    private final Path sharedHome;

    public DevApplicationProperties(HostUrls urls, Path localHome, Path sharedHome) {
        this.urls = urls;
        this.localHome = localHome;
        this.sharedHome = sharedHome;
    }

    @Override
    public String getBaseUrl(UrlMode urlMode) {
        return switch (urlMode) {
            case CANONICAL, ABSOLUTE -> urls.baseUrl();
            case RELATIVE, RELATIVE_CANONICAL -> urls.contextPath();
            case AUTO -> CurrentRequest.get().isPresent() ? urls.contextPath() : urls.baseUrl();
        };
    }

    @Override public String getDisplayName() { return "Confluence"; }
    @Override public String getPlatformId() { return PLATFORM_CONFLUENCE; }
    @Override public String getVersion() { return VERSION; }
    @Override public Date getBuildDate() { return Date.from(Instant.parse("2025-10-01T00:00:00Z")); }
    @Override public String getBuildNumber() { return BUILD_NUMBER; }
    @Override public Optional<Path> getLocalHomeDirectory() { return Optional.of(localHome); }
    @Override public Optional<Path> getSharedHomeDirectory() { return Optional.of(sharedHome); }
    @Override public String getApplicationFileEncoding() { return "UTF-8"; }
}
