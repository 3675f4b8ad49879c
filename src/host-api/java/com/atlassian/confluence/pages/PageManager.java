package com.atlassian.confluence.pages;

/**
 * Host-API declaration (Confluence 10, compile-only). The real interface extends
 * {@code ContentEntityManager} and has dozens more methods; only the two lookups the plugin calls are
 * declared. Both return {@code null} when no such content exists; they do not check permissions
 * (use {@code PermissionManager}).
 */
public interface PageManager {
    Page getPage(long id);

    AbstractPage getAbstractPage(long id);
}
