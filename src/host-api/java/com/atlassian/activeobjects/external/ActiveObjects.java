package com.atlassian.activeobjects.external;

import com.atlassian.sal.api.transaction.TransactionCallback;
import java.util.List;
import java.util.Map;
import net.java.ao.DBParam;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/** Host-API declaration (Active Objects plugin, compile-only): the plugin's view of its AO tables. */
public interface ActiveObjects {
    void migrate(Class<? extends RawEntity<?>>... entities);
    void migrateDestructively(Class<? extends RawEntity<?>>... entities);
    void flushAll();
    void flush(RawEntity<?>... entities);
    <T extends RawEntity<K>, K> T[] get(Class<T> type, K... keys);
    <T extends RawEntity<K>, K> T get(Class<T> type, K key);
    <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params);
    <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params);
    <T extends RawEntity<K>, K> void create(Class<T> type, List<Map<String, Object>> rows);
    void delete(RawEntity<?>... entities);
    <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... params);
    <T extends RawEntity<K>, K> T[] find(Class<T> type);
    <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... params);
    <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query);
    <T extends RawEntity<K>, K> T[] find(Class<T> type, String field, Query query);
    <T extends RawEntity<K>, K> T[] findWithSQL(Class<T> type, String keyField, String sql, Object... params);
    <T extends RawEntity<K>, K> void stream(Class<T> type, EntityStreamCallback<T, K> streamCallback);
    <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> streamCallback);
    <K> int count(Class<? extends RawEntity<K>> type);
    <K> int count(Class<? extends RawEntity<K>> type, String criteria, Object... params);
    <K> int count(Class<? extends RawEntity<K>> type, Query query);
    <K> int getFastCountEstimate(Class<? extends RawEntity<K>> type) throws java.sql.SQLException, FailedFastCountException;
    <T> T executeInTransaction(TransactionCallback<T> callback);
    ActiveObjectsModuleMetaData moduleMetaData();
}
