package com.atlassian.sal.api.user;

import java.io.Serializable;

/** Host-API declaration (SAL 7, compile-only): a user's stable key. */
public final class UserKey implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String userkey;

    public UserKey(String userkey) {
        // a NullPointerException, as SAL's Objects.requireNonNull throws, not an IllegalArgumentException
        this.userkey = java.util.Objects.requireNonNull(userkey, "userkey");
    }

    public String getStringValue() {
        return userkey;
    }

    public static UserKey fromLong(long userId) {
        return new UserKey(String.valueOf(userId));
    }

    @Override
    public String toString() {
        return userkey;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UserKey other && other.userkey.equals(userkey);
    }

    @Override
    public int hashCode() {
        return userkey.hashCode();
    }
}
