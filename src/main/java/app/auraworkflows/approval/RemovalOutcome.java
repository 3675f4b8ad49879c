package app.auraworkflows.approval;

/**
 * The answer to removing a page's workflow: REMOVED, NOT_PERMITTED (neither a space nor a Confluence
 * administrator), NO_WORKFLOW (the page has none).
 */
public enum RemovalOutcome { REMOVED, NOT_PERMITTED, NO_WORKFLOW }
