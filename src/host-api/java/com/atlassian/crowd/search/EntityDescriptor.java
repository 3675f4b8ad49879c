package com.atlassian.crowd.search;

import java.util.Objects;

/**
 * Host-API declaration (Crowd, compile-only), reduced to the user descriptor the plugin asks for. The
 * real class also describes groups, directories and more; equality is by entity type, as in Crowd.
 */
public class EntityDescriptor {
    private static final EntityDescriptor USER = new EntityDescriptor("USER");

    private final String entityType;

    private EntityDescriptor(String entityType) {
        this.entityType = entityType;
    }

    public static EntityDescriptor user() { return USER; }

    @Override
    public boolean equals(Object o) {
        return o instanceof EntityDescriptor other && entityType.equals(other.entityType);
    }

    @Override
    public int hashCode() { return Objects.hash(entityType); }

    @Override
    public String toString() { return "EntityDescriptor[" + entityType + "]"; }
}
