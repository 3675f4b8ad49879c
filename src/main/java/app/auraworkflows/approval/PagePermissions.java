package app.auraworkflows.approval;

/**
 * Port: Confluence page permissions (implemented in {@code confluence/}). The services check them
 * themselves, so no caller can skip them.
 */
public interface PagePermissions {
    /** Whether the user may view the page (false for unknown pages). Reviewers need it to vote. */
    boolean canView(long pageId, String userKey);

    /** Whether the user may edit the page (false for unknown pages). Needed to apply a workflow and to select transitions. */
    boolean canEdit(long pageId, String userKey);

    /**
     * Whether the user may remove the page's workflow: administrators of the page's space and Confluence
     * administrators (false for unknown pages). Page editors may not: removing ends the page's controlled
     * status, which is the space owner's decision. Denied unless an implementation says otherwise.
     */
    default boolean canRemoveWorkflow(long pageId, String userKey) {
        return false;
    }

    /**
     * Whether people who are not logged in may view the page (a site with anonymous access, a space that grants
     * it). Only read-only output asks it (the History macro). Denied unless an implementation says otherwise.
     */
    default boolean canViewAnonymously(long pageId) {
        return false;
    }
}
