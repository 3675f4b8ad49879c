package com.atlassian.crowd.search.query.entity;

import com.atlassian.crowd.embedded.api.SearchRestriction;
import com.atlassian.crowd.search.EntityDescriptor;

/** Host-API declaration (Crowd, compile-only): the query {@code QueryBuilder} builds for users. */
public class UserQuery<T> extends EntityQuery<T> {
    public UserQuery(Class<T> returnType, SearchRestriction searchRestriction, int startIndex, int maxResults) {
        super(returnType, EntityDescriptor.user(), searchRestriction, startIndex, maxResults);
    }
}
