package com.atlassian.user.search.query;

import com.atlassian.user.Entity;

/** Host-API declaration (atlassian-user, compile-only). */
public interface Query<T extends Entity> {
}
