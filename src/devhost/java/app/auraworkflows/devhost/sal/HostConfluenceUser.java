package app.auraworkflows.devhost.sal;

import app.auraworkflows.devhost.directory.HostUser;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.user.UserKey;
import java.util.Objects;

/** Confluence's {@link ConfluenceUser} (an atlassian-user {@code User} with a key) of a directory user. */
public final class HostConfluenceUser implements ConfluenceUser {

    private static final long serialVersionUID = 1L;
    private final HostUser user;

    public HostConfluenceUser(HostUser user) {
        this.user = user;
    }

    @Override public UserKey getKey() { return new UserKey(user.key()); }
    @Override public String getName() { return user.username(); }
    @Override public String getFullName() { return user.fullName(); }
    @Override public String getEmail() { return user.email(); }

    @Override
    public boolean equals(Object o) {
        return o instanceof HostConfluenceUser other && other.user.key().equals(user.key());
    }

    @Override
    public int hashCode() {
        return Objects.hash(user.key());
    }

    @Override
    public String toString() {
        return user.username();
    }
}
