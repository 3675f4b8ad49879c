package com.atlassian.confluence.security;

import com.atlassian.confluence.user.ConfluenceUser;

/**
 * Host-API declaration (Confluence 10, compile-only). Only the {@code ConfluenceUser} overload of
 * {@code hasPermission} is declared: it exists from 8.8 on, and Confluence 10 dropped the
 * {@code com.atlassian.user.User} overloads. {@code target} is a space, a page (any
 * {@code AbstractPage}) or another entity; a {@code null} user means anonymous.
 */
public interface PermissionManager {
    boolean hasPermission(ConfluenceUser user, Permission permission, Object target);
}
