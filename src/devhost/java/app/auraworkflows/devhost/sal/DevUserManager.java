package app.auraworkflows.devhost.sal;

import app.auraworkflows.devhost.HostUrls;
import app.auraworkflows.devhost.directory.HostUser;
import app.auraworkflows.devhost.directory.UserStore;
import app.auraworkflows.devhost.http.CurrentRequest;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import com.atlassian.sal.api.user.UserResolutionException;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;

/**
 * SAL {@link UserManager} over the embedded directory, with Confluence semantics: admin = member of
 * {@code confluence-administrators} (the dev host has no separate system-admin permission, so system
 * admins are the same users); licensed = exists and is active; anonymous access disabled.
 */
public final class DevUserManager implements UserManager {

    private final UserStore users;
    private final HostUrls urls;

    public DevUserManager(UserStore users, HostUrls urls) {
        this.users = users;
        this.urls = urls;
    }

    @Override
    public UserProfile getRemoteUser() {
        return CurrentRequest.user().map(this::profile).orElse(null);
    }

    @Override
    public UserKey getRemoteUserKey() {
        return CurrentRequest.user().map(u -> new UserKey(u.key())).orElse(null);
    }

    @Override
    public UserProfile getRemoteUser(HttpServletRequest request) {
        HostUser u = CurrentRequest.userOf(request);
        return u == null ? null : profile(u);
    }

    @Override
    public UserKey getRemoteUserKey(HttpServletRequest request) {
        HostUser u = CurrentRequest.userOf(request);
        return u == null ? null : new UserKey(u.key());
    }

    @Override
    public UserProfile getUserProfile(String username) {
        return users.byUsername(username).map(this::profile).orElse(null);
    }

    @Override
    public UserProfile getUserProfile(UserKey userKey) {
        return byKey(userKey).map(this::profile).orElse(null);
    }

    @Override
    public boolean isUserInGroup(UserKey userKey, String group) {
        return userKey != null && users.isMember(userKey.getStringValue(), group);
    }

    @Override
    public boolean isSystemAdmin(UserKey userKey) {
        return isAdmin(userKey);
    }

    @Override
    public boolean isAdmin(UserKey userKey) {
        return byKey(userKey).filter(HostUser::active).map(u -> users.isMember(u.key(), UserStore.ADMINS)).orElse(false);
    }

    @Override
    public boolean isLicensed(UserKey userKey) {
        return byKey(userKey).map(HostUser::active).orElse(false);
    }

    @Override
    public boolean authenticate(String username, String password) {
        return users.authenticate(username, password).isPresent();
    }

    @Override
    public Principal resolve(String username) throws UserResolutionException {
        return users.byUsername(username).<Principal>map(HostConfluenceUser::new).orElse(null);
    }

    @Override
    public Iterable<String> findGroupNamesByPrefix(String prefix, int startIndex, int maxResults) {
        return users.groupNamesByPrefix(prefix, startIndex, maxResults);
    }

    @Override public boolean isAnonymousAccessEnabled() { return false; }
    @Override public boolean isLimitedUnlicensedAccessEnabled() { return false; }

    private Optional<HostUser> byKey(UserKey key) {
        return key == null ? Optional.empty() : users.byKey(key.getStringValue());
    }

    private UserProfile profile(HostUser u) {
        return new HostUserProfile(u, urls);
    }
}
