package com.atlassian.user.search.query;

import com.atlassian.user.Entity;
import java.util.ArrayList;
import java.util.List;

/** Host-API declaration (atlassian-user, compile-only). */
public abstract class AbstractBooleanQuery<T extends Entity> implements BooleanQuery<T> {
    protected boolean anding;
    protected List<Query<T>> queries = new ArrayList<>();

    protected AbstractBooleanQuery(boolean anding) { this.anding = anding; }

    @Override
    public boolean isAND() { return anding; }

    @Override
    public boolean isOR() { return !anding; }

    @Override
    public List<Query<T>> getQueries() { return queries; }
}
