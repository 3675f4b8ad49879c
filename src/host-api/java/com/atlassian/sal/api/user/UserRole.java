package com.atlassian.sal.api.user;

/** Host-API declaration (SAL 7, compile-only). */
public enum UserRole {
    USER, ADMIN, SYSADMIN
}
