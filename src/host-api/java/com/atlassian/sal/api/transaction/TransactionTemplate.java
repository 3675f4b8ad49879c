package com.atlassian.sal.api.transaction;

/** Host-API declaration (SAL 7, compile-only). */
public interface TransactionTemplate {
    <T> T execute(TransactionCallback<T> action);
}
