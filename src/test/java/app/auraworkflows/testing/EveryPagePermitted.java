package app.auraworkflows.testing;

import app.auraworkflows.approval.PagePermissions;

/**
 * Test stand-in for Confluence's page permissions where everyone may view and edit every page and remove its
 * workflow: for tests and benchmarks about something else than page rights.
 */
public final class EveryPagePermitted implements PagePermissions {
    @Override
    public boolean canView(long pageId, String userKey) {
        return true;
    }

    @Override
    public boolean canEdit(long pageId, String userKey) {
        return true;
    }

    @Override
    public boolean canRemoveWorkflow(long pageId, String userKey) {
        return true;
    }
}
