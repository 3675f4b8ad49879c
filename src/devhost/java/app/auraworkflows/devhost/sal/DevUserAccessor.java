package app.auraworkflows.devhost.sal;

import app.auraworkflows.devhost.directory.UserSearch;
import app.auraworkflows.devhost.directory.UserStore;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.EntityException;
import com.atlassian.user.User;
import com.atlassian.user.search.query.Query;
import java.util.List;

/**
 * Confluence's {@link UserAccessor} over the embedded directory. {@code findUsersAsList} evaluates
 * atlassian-user term/boolean queries case-insensitively in SQL (see {@link UserSearch}); deactivated
 * users are returned too, as in Confluence (callers check licensing separately).
 */
public final class DevUserAccessor implements UserAccessor {

    private final UserStore users;

    public DevUserAccessor(UserStore users) {
        this.users = users;
    }

    @Override
    public ConfluenceUser getUserByName(String username) {
        return users.byUsername(username).map(HostConfluenceUser::new).orElse(null);
    }

    @Override
    public ConfluenceUser getUserByKey(UserKey userKey) {
        return userKey == null ? null : users.byKey(userKey.getStringValue()).map(HostConfluenceUser::new).orElse(null);
    }

    /** The user's group names (Confluence keeps them lower case), none for an unknown user. */
    @Override
    public List<String> getGroupNamesForUserName(String username) {
        return users.byUsername(username).map(u -> users.groupsOf(u.key())).orElse(List.of());
    }

    @Override
    public List<User> findUsersAsList(Query<User> query) throws EntityException {
        try {
            return users.search(UserSearch.toSql(query)).stream().<User>map(HostConfluenceUser::new).toList();
        } catch (IllegalArgumentException e) {
            throw new EntityException(e.getMessage(), e);
        }
    }
}
