package app.auraworkflows.approval;

/**
 * The answer to removing a page's workflow: REMOVED (REST 204), NOT_PERMITTED (403: neither a space nor a
 * Confluence administrator), NO_WORKFLOW (404: the page has none).
 */
public enum RemovalOutcome { REMOVED, NOT_PERMITTED, NO_WORKFLOW }
