package com.atlassian.user.search.query;

import com.atlassian.user.Entity;
import java.util.Arrays;
import java.util.List;

/** Host-API declaration (atlassian-user, compile-only). */
public class MultiTermBooleanQuery<T extends Entity> extends AbstractBooleanQuery<T> {
    private final Query<T>[] collatedQueries;

    public MultiTermBooleanQuery(Query<T>[] collatedQueries, boolean anding) {
        super(anding);
        this.collatedQueries = collatedQueries;
    }

    @Override
    public List<Query<T>> getQueries() { return Arrays.asList(collatedQueries); }

    @SafeVarargs
    public static <T extends Entity> Query<T> allOf(Query<T>... queries) {
        return new MultiTermBooleanQuery<>(queries, true);
    }

    @SafeVarargs
    public static <T extends Entity> Query<T> anyOf(Query<T>... queries) {
        return new MultiTermBooleanQuery<>(queries, false);
    }
}
