package com.atlassian.user.search.query;

import com.atlassian.user.Entity;
import java.util.List;

/** Host-API declaration (atlassian-user, compile-only). */
public interface BooleanQuery<T extends Entity> extends Query<T> {
    boolean isAND();
    boolean isOR();
    List<Query<T>> getQueries();
}
