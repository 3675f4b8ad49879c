package com.atlassian.crowd.search.builder;

import com.atlassian.crowd.embedded.api.SearchRestriction;
import com.atlassian.crowd.search.query.entity.restriction.BooleanRestriction;
import com.atlassian.crowd.search.query.entity.restriction.BooleanRestrictionImpl;

/** Host-API declaration (Crowd, compile-only): OR of restrictions. */
public class Combine {

    public static BooleanRestriction anyOf(SearchRestriction... restrictions) {
        return new BooleanRestrictionImpl(BooleanRestriction.BooleanLogic.OR, restrictions);
    }
}
