package app.auraworkflows.confluence;

import app.auraworkflows.approval.PagePermissions;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Role: Confluence's own page permissions (view, edit, administer the page's space) for the approval services. Unknown pages and
 * unknown users are refused, so a missing page can never be voted on or changed.
 */
@Component
public class ConfluencePagePermissions implements PagePermissions {
    private final PageManager pageManager;
    private final PermissionManager permissionManager;
    private final UserAccessor userAccessor;
    private final UserManager userManager;

    public ConfluencePagePermissions(PageManager pageManager, PermissionManager permissionManager,
                                     UserAccessor userAccessor, UserManager userManager) {
        this.pageManager = pageManager;
        this.permissionManager = permissionManager;
        this.userAccessor = userAccessor;
        this.userManager = userManager;
    }

    @Override
    public boolean canView(long pageId, String userKey) {
        return has(pageId, userKey, Permission.VIEW);
    }

    @Override
    public boolean canEdit(long pageId, String userKey) {
        return has(pageId, userKey, Permission.EDIT);
    }

    /**
     * Space administrators ({@code ADMINISTER} on the page's space) and Confluence administrators (SAL's
     * {@code isAdmin}, which system administrators pass too). Checked on an existing page only, so nobody
     * learns anything about a page id that is not there.
     */
    @Override
    public boolean canRemoveWorkflow(long pageId, String userKey) {
        if (userKey == null) {
            return false;
        }
        AbstractPage page = pageManager.getAbstractPage(pageId);
        ConfluenceUser user = userAccessor.getUserByKey(new UserKey(userKey));
        if (page == null || user == null) {
            return false;
        }
        return userManager.isAdmin(new UserKey(userKey)) || (page.getSpace() != null
                && permissionManager.hasPermission(user, Permission.ADMINISTER, page.getSpace()));
    }

    /**
     * Confluence's own answer for an anonymous viewer: {@code hasPermission} with a null user, which is what
     * Confluence code passes for someone not logged in ({@code AuthenticatedUserThreadLocal.get()} is null then);
     * it holds when the site allows anonymous access and the page's space grants it VIEW.
     */
    @Override
    public boolean canViewAnonymously(long pageId) {
        AbstractPage page = pageManager.getAbstractPage(pageId);
        return page != null && permissionManager.hasPermission(null, Permission.VIEW, page);
    }

    /**
     * The page, when the user may view it: one page read and one permission question, for a caller that goes on to
     * read facts of that same page object (a review's version and fingerprint). Empty for a missing page, an unknown
     * user or no VIEW.
     */
    public Optional<AbstractPage> viewablePage(long pageId, String userKey) {
        return pageWith(pageId, userKey, Permission.VIEW);
    }

    private boolean has(long pageId, String userKey, Permission permission) {
        return pageWith(pageId, userKey, permission).isPresent();
    }

    private Optional<AbstractPage> pageWith(long pageId, String userKey, Permission permission) {
        if (userKey == null) {
            return Optional.empty();
        }
        AbstractPage page = pageManager.getAbstractPage(pageId);
        ConfluenceUser user = userAccessor.getUserByKey(new UserKey(userKey));
        return page != null && user != null && permissionManager.hasPermission(user, permission, page)
                ? Optional.of(page) : Optional.empty();
    }
}
