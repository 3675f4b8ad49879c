package com.atlassian.crowd.search.query.entity.restriction;

/** Host-API declaration (Crowd, compile-only): a searchable property of an entity. */
public interface Property<V> {
    String getPropertyName();

    Class<V> getPropertyType();
}
