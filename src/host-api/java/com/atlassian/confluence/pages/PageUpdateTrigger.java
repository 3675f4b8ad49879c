package com.atlassian.confluence.pages;

/**
 * Host-API declaration (Confluence 10, compile-only): what caused a page update. The real enum implements
 * {@code OperationTrigger}; not declared.
 */
public enum PageUpdateTrigger {
    PERSONAL_TASKLIST,
    VIEW_PAGE,
    EDIT_PAGE,
    REVERT,
    DISCARD_CHANGES,
    SPACE_CREATE,
    PAGE_RENAME,
    LINK_REFACTORING,
    UNKNOWN
}
