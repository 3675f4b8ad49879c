package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.User;

/**
 * Host-API declaration (Confluence 10, compile-only). The internal RelatableEntity supertype is omitted.
 * {@link #getLowerName} throws by default as Confluence's does: only implementations that override it have one,
 * so nothing may rely on the default computing a value.
 */
public interface ConfluenceUser extends User {
    UserKey getKey();

    default String getLowerName() {
        throw new UnsupportedOperationException(getClass().getName() + " does not implement ConfluenceUser#getLowerName");
    }
}
