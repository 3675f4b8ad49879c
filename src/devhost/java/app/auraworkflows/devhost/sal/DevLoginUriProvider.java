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
 * SAL {@link LoginUriProvider}: Confluence's login page {@code /login.action?os_destination=...}. Like SAL's
 * Seraph provider it URL-encodes the given return URI as is into {@code os_destination}; it does not make an
 * absolute URL context-relative, so a caller that passes one is sent back to the site root after login (the
 * login page accepts only site-relative destinations), as it would be on Confluence.
 */
public final class DevLoginUriProvider implements LoginUriProvider {

    private final HostUrls urls;

    public DevLoginUriProvider(HostUrls urls) {
        this.urls = urls;
    }

    @Override
    public URI getLoginUri(URI returnUri) {
        return getLoginUriForRole(returnUri, UserRole.USER, EnumSet.noneOf(PageCapability.class));
    }

    @Override public URI getLoginUri(URI returnUri, EnumSet<PageCapability> pageCaps) { return getLoginUriForRole(returnUri, UserRole.USER, pageCaps); }
    @Override public URI getLoginUriForRole(URI returnUri, UserRole role) { return getLoginUriForRole(returnUri, role, EnumSet.noneOf(PageCapability.class)); }

    @Override
    public URI getLoginUriForRole(URI returnUri, UserRole role, EnumSet<PageCapability> pageCaps) {
        // returnUri.toString(): a null return URI fails here, as it does in SAL
        String destination = URLEncoder.encode(returnUri.toString(), StandardCharsets.UTF_8);
        return URI.create(urls.path("/login.action?os_destination=" + destination));
    }
}
