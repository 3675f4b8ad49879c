package com.atlassian.crowd.search.query.entity.restriction;

/** Host-API declaration (Crowd, compile-only): the implementation {@code Restriction.on(...)} returns. */
public class TermRestriction<T> implements PropertyRestriction<T> {
    private final Property<T> property;
    private final MatchMode matchMode;
    private final T value;

    public TermRestriction(Property<T> property, MatchMode matchMode, T value) {
        this.property = property;
        this.matchMode = matchMode;
        this.value = value;
    }

    @Override
    public Property<T> getProperty() { return property; }

    @Override
    public MatchMode getMatchMode() { return matchMode; }

    @Override
    public T getValue() { return value; }
}
