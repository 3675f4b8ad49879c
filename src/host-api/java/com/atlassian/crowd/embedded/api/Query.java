package com.atlassian.crowd.embedded.api;

/** Host-API declaration (Crowd embedded API, compile-only): a user-management search query. */
public interface Query<T> {
    int getStartIndex();

    int getMaxResults();

    Class<T> getReturnType();

    SearchRestriction getSearchRestriction();
}
