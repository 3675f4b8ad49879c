package com.atlassian.user.search.query;

import com.atlassian.user.User;

/** Host-API declaration (atlassian-user, compile-only). */
public interface UserQuery extends Query<User> {
}
