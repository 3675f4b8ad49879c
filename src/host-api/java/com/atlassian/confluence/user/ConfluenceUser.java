package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.User;

/** Host-API declaration (Confluence 10, compile-only). The internal RelatableEntity supertype is omitted. */
public interface ConfluenceUser extends User {
    UserKey getKey();

    default String getLowerName() {
        return getName() == null ? null : getName().toLowerCase(java.util.Locale.ROOT);
    }
}
