package com.atlassian.crowd.search.query.entity.restriction;

/** Host-API declaration (Crowd, compile-only), reduced to the match mode the plugin uses. */
public enum MatchMode {
    STARTS_WITH
}
