package com.atlassian.sal.api.transaction;

/** Host-API declaration (SAL 7, compile-only). */
public interface TransactionCallback<T> {
    T doInTransaction();
}
