package com.atlassian.activeobjects.spi;

/**
 * Host-API declaration (Active Objects SPI, compile-only); referenced by ActiveObjectsModuleMetaData only.
 * The constants and their order are the real enum's, so {@code ordinal()} and {@code values()} agree too.
 */
public enum DatabaseType {
    H2, HSQL, MYSQL, POSTGRESQL, ORACLE, MS_SQL, DB2, DERBY_EMBEDDED, DERBY_NETWORK, NUODB, UNKNOWN
}
