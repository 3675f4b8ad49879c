package com.atlassian.sal.api;

/** Host-API declaration (SAL 7, compile-only). */
public enum UrlMode {
    CANONICAL, ABSOLUTE, RELATIVE, RELATIVE_CANONICAL, AUTO
}
