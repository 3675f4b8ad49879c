package com.atlassian.confluence.user;

/**
 * Host-API declaration (Confluence 10, compile-only): the user of the request being served on this
 * thread ({@code null} when anonymous). Confluence's login filter sets it per request; so does the dev
 * host's. The static holder is real state because on the dev host this class is the runtime class.
 *
 * <p>Deviation: the deprecated {@code User}-typed variants and the {@code asUser} helpers are not declared.
 */
public class AuthenticatedUserThreadLocal {
    private static final ThreadLocal<ConfluenceUser> CURRENT = new ThreadLocal<>();

    public static void set(ConfluenceUser user) {
        CURRENT.set(user);
    }

    public static ConfluenceUser get() {
        return CURRENT.get();
    }

    public static void reset() {
        CURRENT.remove();
    }

    public static String getUsername() {
        ConfluenceUser user = CURRENT.get();
        return user == null ? null : user.getName();
    }

    public static boolean isAnonymousUser() {
        return CURRENT.get() == null;
    }
}
