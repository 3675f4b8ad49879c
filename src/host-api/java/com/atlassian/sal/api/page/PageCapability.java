package com.atlassian.sal.api.page;

/** Host-API declaration (SAL 7, compile-only). */
public enum PageCapability {
    IFRAME
}
