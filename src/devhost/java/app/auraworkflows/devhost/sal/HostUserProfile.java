package app.auraworkflows.devhost.sal;

import app.auraworkflows.devhost.HostUrls;
import app.auraworkflows.devhost.directory.HostUser;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserProfile;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** SAL {@link UserProfile} of a directory user. */
public final class HostUserProfile implements UserProfile {

    private final HostUser user;
    private final HostUrls urls;

    public HostUserProfile(HostUser user, HostUrls urls) {
        this.user = user;
        this.urls = urls;
    }

    @Override public UserKey getUserKey() { return new UserKey(user.key()); }
    @Override public String getUsername() { return user.username(); }
    @Override public String getFullName() { return user.fullName(); }
    @Override public String getEmail() { return user.email(); }
    @Override public URI getProfilePictureUri(int width, int height) { return getProfilePictureUri(); }
    @Override public URI getProfilePictureUri() { return URI.create(urls.path("/devhost/static/host/avatar.svg")); }

    @Override
    public URI getProfilePageUri() {
        return URI.create(urls.path("/display/~" + URLEncoder.encode(user.username(), StandardCharsets.UTF_8)));
    }

    @Override
    public String toString() {
        return user.username();
    }
}
