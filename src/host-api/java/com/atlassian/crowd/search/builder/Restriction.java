package com.atlassian.crowd.search.builder;

import com.atlassian.crowd.search.query.entity.restriction.MatchMode;
import com.atlassian.crowd.search.query.entity.restriction.Property;
import com.atlassian.crowd.search.query.entity.restriction.PropertyRestriction;
import com.atlassian.crowd.search.query.entity.restriction.TermRestriction;

/** Host-API declaration (Crowd, compile-only): {@code Restriction.on(property).startingWith(value)}. */
public class Restriction {

    public static <T> RestrictionWithProperty<T> on(Property<T> property) {
        return new RestrictionWithProperty<>(property);
    }

    /** Host-API declaration: the intermediate form of a property restriction. */
    public static class RestrictionWithProperty<T> {
        private final Property<T> property;

        public RestrictionWithProperty(Property<T> property) {
            this.property = property;
        }

        public PropertyRestriction<T> startingWith(T value) {
            return new TermRestriction<>(property, MatchMode.STARTS_WITH, value);
        }
    }
}
