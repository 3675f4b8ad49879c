package com.atlassian.scheduler.config;

import java.util.Objects;

/** Host-API declaration (atlassian-scheduler, compile-only): the cluster-wide name of one scheduled job. */
public final class JobId {
    private final String id;

    private JobId(String id) {
        this.id = Objects.requireNonNull(id, "id");
    }

    public static JobId of(String id) {
        return new JobId(id);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JobId other && other.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
