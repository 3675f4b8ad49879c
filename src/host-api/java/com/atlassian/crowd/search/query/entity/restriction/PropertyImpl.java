package com.atlassian.crowd.search.query.entity.restriction;

import java.util.Objects;

/** Host-API declaration (Crowd, compile-only): the property type of the {@code UserTermKeys} constants. */
public class PropertyImpl<V> implements Property<V> {
    private final String propertyName;
    private final Class<V> propertyType;

    public PropertyImpl(String propertyName, Class<V> propertyType) {
        this.propertyName = propertyName;
        this.propertyType = propertyType;
    }

    @Override
    public String getPropertyName() { return propertyName; }

    @Override
    public Class<V> getPropertyType() { return propertyType; }

    @Override
    public boolean equals(Object o) {
        return o instanceof PropertyImpl<?> other && propertyName.equals(other.propertyName)
                && propertyType.equals(other.propertyType);
    }

    @Override
    public int hashCode() { return Objects.hash(propertyName, propertyType); }

    @Override
    public String toString() { return propertyName; }
}
