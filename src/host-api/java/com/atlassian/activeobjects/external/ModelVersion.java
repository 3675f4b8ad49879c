package com.atlassian.activeobjects.external;

/**
 * Host-API declaration (Active Objects plugin, compile-only): an integer model version. Created with
 * {@link #valueOf(String)} ({@code null} is version 0; text that is not an integer throws
 * {@link NumberFormatException}). Like the real class it does NOT override {@code equals}/{@code hashCode}:
 * compare with {@link #isSame(ModelVersion)} or {@link #compareTo(ModelVersion)}.
 */
public final class ModelVersion implements Comparable<ModelVersion> {
    private final int version;

    private ModelVersion(int version) {
        this.version = version;
    }

    public static ModelVersion valueOf(String s) {
        return new ModelVersion(s == null ? 0 : Integer.parseInt(s));
    }

    @Override
    public int compareTo(ModelVersion other) {
        return Integer.compare(version, other.version);
    }

    public boolean isOlderThan(ModelVersion other) {
        return compareTo(other) < 0;
    }

    public boolean isNewerThan(ModelVersion other) {
        return compareTo(other) > 0;
    }

    public boolean isSame(ModelVersion other) {
        return compareTo(other) == 0;
    }

    @Override
    public String toString() {
        return String.valueOf(version);
    }
}
