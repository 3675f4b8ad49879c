package app.auraworkflows.confluence;

import app.auraworkflows.approval.PagePermissions;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import org.springframework.stereotype.Component;

/**
 * Role: Confluence's own page permissions (view, edit) for the approval services. Unknown pages and
 * unknown users are refused, so a missing page can never be voted on or changed.
 */
@Component
public class ConfluencePagePermissions implements PagePermissions {
    private final PageManager pageManager;
    private final PermissionManager permissionManager;
    private final UserAccessor userAccessor;

    public ConfluencePagePermissions(PageManager pageManager, PermissionManager permissionManager,
                                     UserAccessor userAccessor) {
        this.pageManager = pageManager;
        this.permissionManager = permissionManager;
        this.userAccessor = userAccessor;
    }

    @Override
    public boolean canView(long pageId, String userKey) {
        return has(pageId, userKey, Permission.VIEW);
    }

    @Override
    public boolean canEdit(long pageId, String userKey) {
        return has(pageId, userKey, Permission.EDIT);
    }

    private boolean has(long pageId, String userKey, Permission permission) {
        if (userKey == null) {
            return false;
        }
        AbstractPage page = pageManager.getAbstractPage(pageId);
        ConfluenceUser user = userAccessor.getUserByKey(new UserKey(userKey));
        return page != null && user != null && permissionManager.hasPermission(user, permission, page);
    }
}
