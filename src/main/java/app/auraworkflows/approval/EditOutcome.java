package app.auraworkflows.approval;

/**
 * What a page edit did to the page's workflow: TRANSITIONED (the state's page-edit transition moved the page),
 * NO_WORKFLOW (the page has none), NO_EDIT_TRANSITION (the current state has no page-edit transition, so the page
 * stays), ALREADY_SEEN (the page entered its state at this version or a later one: the edit was handled before,
 * for instance an event delivered twice, or it happened before the page entered the state).
 */
public enum EditOutcome { TRANSITIONED, NO_WORKFLOW, NO_EDIT_TRANSITION, ALREADY_SEEN }
