package com.atlassian.sal.api.user;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;

/**
 * Host-API declaration (SAL 7, Confluence 10 / Jakarta, compile-only). Deprecated username-based
 * methods are left out on purpose: we never call them.
 */
public interface UserManager {
    UserProfile getRemoteUser();
    UserKey getRemoteUserKey();
    UserProfile getRemoteUser(HttpServletRequest request);
    UserKey getRemoteUserKey(HttpServletRequest request);
    UserProfile getUserProfile(String username);
    UserProfile getUserProfile(UserKey userKey);
    boolean isUserInGroup(UserKey userKey, String group);
    boolean isSystemAdmin(UserKey userKey);
    boolean isAdmin(UserKey userKey);
    boolean isLicensed(UserKey userKey);
    boolean authenticate(String username, String password);
    Principal resolve(String username) throws UserResolutionException;
    Iterable<String> findGroupNamesByPrefix(String prefix, int startIndex, int maxResults);
    boolean isAnonymousAccessEnabled();
    boolean isLimitedUnlicensedAccessEnabled();
}
