package com.atlassian.crowd.search.query.entity.restriction;

import com.atlassian.crowd.embedded.api.SearchRestriction;
import java.util.Collection;

/** Host-API declaration (Crowd, compile-only): AND/OR of restrictions. */
public interface BooleanRestriction extends SearchRestriction {
    Collection<SearchRestriction> getRestrictions();

    BooleanLogic getBooleanLogic();

    /** Host-API declaration: how the restrictions combine. */
    enum BooleanLogic {
        AND, OR
    }
}
