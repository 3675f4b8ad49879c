package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.EntityException;
import com.atlassian.user.User;
import com.atlassian.user.search.query.Query;
import java.util.List;

/**
 * Host-API declaration (Confluence 10, compile-only), flattened: the real interface inherits some of
 * these from its super-interfaces; invokeinterface resolution finds them there.
 */
public interface UserAccessor {
    String GROUP_CONFLUENCE_ADMINS = "confluence-administrators";

    ConfluenceUser getUserByName(String username);
    ConfluenceUser getUserByKey(UserKey userKey);
    List<User> findUsersAsList(Query<User> query) throws EntityException;
    List<String> getGroupNamesForUserName(String username);
}
