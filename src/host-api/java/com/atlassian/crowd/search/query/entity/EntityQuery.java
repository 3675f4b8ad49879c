package com.atlassian.crowd.search.query.entity;

import com.atlassian.crowd.embedded.api.Query;
import com.atlassian.crowd.embedded.api.SearchRestriction;
import com.atlassian.crowd.search.EntityDescriptor;

/** Host-API declaration (Crowd, compile-only): an entity search with a start index and a result bound. */
public abstract class EntityQuery<T> implements Query<T> {
    /** Crowd's "no bound" marker; the plugin never passes it. */
    public static final int ALL_RESULTS = -1;

    private final Class<T> returnType;
    private final EntityDescriptor entityDescriptor;
    private final SearchRestriction searchRestriction;
    private final int startIndex;
    private final int maxResults;

    public EntityQuery(Class<T> returnType, EntityDescriptor entityDescriptor, SearchRestriction searchRestriction,
            int startIndex, int maxResults) {
        this.returnType = returnType;
        this.entityDescriptor = entityDescriptor;
        this.searchRestriction = searchRestriction;
        this.startIndex = startIndex;
        this.maxResults = maxResults;
    }

    public EntityDescriptor getEntityDescriptor() { return entityDescriptor; }

    @Override
    public SearchRestriction getSearchRestriction() { return searchRestriction; }

    @Override
    public int getStartIndex() { return startIndex; }

    @Override
    public int getMaxResults() { return maxResults; }

    @Override
    public Class<T> getReturnType() { return returnType; }
}
