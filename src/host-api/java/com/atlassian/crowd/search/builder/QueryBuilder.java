package com.atlassian.crowd.search.builder;

import com.atlassian.crowd.embedded.api.SearchRestriction;
import com.atlassian.crowd.search.EntityDescriptor;
import com.atlassian.crowd.search.query.entity.EntityQuery;
import com.atlassian.crowd.search.query.entity.UserQuery;

/**
 * Host-API declaration (Crowd, compile-only), reduced to the entity-query path the plugin calls:
 * {@code queryFor(type, EntityDescriptor.user()).with(restriction).returningAtMost(max)}.
 */
public class QueryBuilder {

    public static <T> PartialEntityQuery<T> queryFor(Class<T> returnType, EntityDescriptor entity) {
        return new PartialEntityQuery<>(returnType, entity);
    }

    /** Host-API declaration: a query for an entity type, before its restriction. */
    public static class PartialEntityQuery<T> {
        private final Class<T> returnType;
        private final EntityDescriptor entity;

        public PartialEntityQuery(Class<T> returnType, EntityDescriptor entity) {
            this.returnType = returnType;
            this.entity = entity;
        }

        public PartialEntityQueryWithRestriction<T> with(SearchRestriction restriction) {
            return new PartialEntityQueryWithRestriction<>(returnType, entity, restriction);
        }
    }

    /** Host-API declaration: a restricted query, before its result bound. */
    public static class PartialEntityQueryWithRestriction<T> {
        private final Class<T> returnType;
        private final EntityDescriptor entity;
        private final SearchRestriction restriction;

        public PartialEntityQueryWithRestriction(Class<T> returnType, EntityDescriptor entity,
                SearchRestriction restriction) {
            this.returnType = returnType;
            this.entity = entity;
            this.restriction = restriction;
        }

        public EntityQuery<T> returningAtMost(int maxResults) {
            if (!EntityDescriptor.user().equals(entity)) {
                throw new UnsupportedOperationException("only user queries are declared: " + entity);
            }
            return new UserQuery<>(returnType, restriction, 0, maxResults);
        }
    }
}
