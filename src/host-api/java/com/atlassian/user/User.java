package com.atlassian.user;

import java.security.Principal;

/** Host-API declaration (atlassian-user, compile-only). */
public interface User extends Entity, Principal {
    String getFullName();
    String getEmail();
}
