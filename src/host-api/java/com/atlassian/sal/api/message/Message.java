package com.atlassian.sal.api.message;

/** Host-API declaration (SAL 7, compile-only); only passed through. */
public interface Message {
}
