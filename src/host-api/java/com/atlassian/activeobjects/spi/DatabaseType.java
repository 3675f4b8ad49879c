package com.atlassian.activeobjects.spi;

/** Host-API declaration (Active Objects SPI, compile-only); referenced by ActiveObjectsModuleMetaData only. */
public enum DatabaseType {
    DERBY_EMBEDDED, DERBY_NETWORK, HSQL, MYSQL, ORACLE, POSTGRESQL, MS_SQL, NUODB, H2, UNKNOWN
}
