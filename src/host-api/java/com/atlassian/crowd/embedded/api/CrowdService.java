package com.atlassian.crowd.embedded.api;

/**
 * Host-API declaration (Crowd embedded API as bundled with Confluence 10, compile-only): only the
 * search the plugin calls. Results honour the query's start index and maximum results, so a directory
 * (internal, LDAP, remote Crowd) is asked for at most that many entities.
 */
public interface CrowdService {
    <T> Iterable<T> search(Query<T> query);
}
