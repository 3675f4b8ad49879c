package com.atlassian.sal.api.user;

import java.net.URI;

/** Host-API declaration (SAL 7, compile-only). */
public interface UserProfile {
    UserKey getUserKey();
    String getUsername();
    String getFullName();
    String getEmail();
    URI getProfilePictureUri(int width, int height);
    URI getProfilePictureUri();
    URI getProfilePageUri();
}
