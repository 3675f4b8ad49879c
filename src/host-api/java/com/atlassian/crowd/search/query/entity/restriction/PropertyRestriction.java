package com.atlassian.crowd.search.query.entity.restriction;

import com.atlassian.crowd.embedded.api.SearchRestriction;

/** Host-API declaration (Crowd, compile-only): a restriction on one property's value. */
public interface PropertyRestriction<T> extends SearchRestriction {
    Property<T> getProperty();

    MatchMode getMatchMode();

    T getValue();
}
