package app.auraworkflows.devhost.sal;

import app.auraworkflows.devhost.HostUrls;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.page.PageCapability;
import com.atlassian.sal.api.user.UserRole;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;

/**
 * SAL {@link LoginUriProvider}: Confluence's login page {@code /login.action?os_destination=...}. The
 * destination is made context-relative, as Confluence's login redirects only within the site.
 */
public final class DevLoginUriProvider implements LoginUriProvider {

    private final HostUrls urls;

    public DevLoginUriProvider(HostUrls urls) {
        this.urls = urls;
    }

    @Override
    public URI getLoginUri(URI returnUri) {
        String destination = returnUri == null ? "/" : relative(returnUri);
        return URI.create(urls.path("/login.action?os_destination=" + URLEncoder.encode(destination, StandardCharsets.UTF_8)));
    }

    @Override public URI getLoginUri(URI returnUri, EnumSet<PageCapability> pageCaps) { return getLoginUri(returnUri); }
    @Override public URI getLoginUriForRole(URI returnUri, UserRole role) { return getLoginUri(returnUri); }
    @Override public URI getLoginUriForRole(URI returnUri, UserRole role, EnumSet<PageCapability> pageCaps) { return getLoginUri(returnUri); }

    private String relative(URI uri) {
        String path = uri.getRawPath() == null ? "/" : uri.getRawPath();
        if (path.startsWith(urls.contextPath() + "/") || path.equals(urls.contextPath())) {
            path = path.substring(urls.contextPath().length());
        }
        if (path.isEmpty()) {
            path = "/";
        }
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }
}
