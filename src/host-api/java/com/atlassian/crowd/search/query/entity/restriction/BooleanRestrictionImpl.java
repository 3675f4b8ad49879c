package com.atlassian.crowd.search.query.entity.restriction;

import com.atlassian.crowd.embedded.api.SearchRestriction;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** Host-API declaration (Crowd, compile-only): the implementation {@code Combine} returns. */
public class BooleanRestrictionImpl implements BooleanRestriction {
    private final BooleanLogic booleanLogic;
    private final List<SearchRestriction> restrictions;

    public BooleanRestrictionImpl(BooleanLogic booleanLogic, SearchRestriction... restrictions) {
        this.booleanLogic = booleanLogic;
        this.restrictions = List.copyOf(Arrays.asList(restrictions));
    }

    @Override
    public Collection<SearchRestriction> getRestrictions() { return restrictions; }

    @Override
    public BooleanLogic getBooleanLogic() { return booleanLogic; }
}
