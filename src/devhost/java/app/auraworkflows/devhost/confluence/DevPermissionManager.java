package app.auraworkflows.devhost.confluence;

import app.auraworkflows.devhost.content.ContentStore;
import app.auraworkflows.devhost.content.HostPage;
import app.auraworkflows.devhost.content.SpaceGrant;
import app.auraworkflows.devhost.directory.HostUser;
import app.auraworkflows.devhost.directory.UserStore;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import java.util.Optional;

/**
 * Confluence's {@link PermissionManager} with space-level permissions, read from the database on every
 * call (so a grant changed on one node holds on the others at once). Rules, following Confluence:
 * <ul>
 *   <li>deactivated users: nothing; anonymous users ({@code null}, as Confluence passes the thread's
 *       {@code AuthenticatedUserThreadLocal.get()}): nothing unless the site allows anonymous access, and then
 *       {@code VIEW} and {@code EXPORT} of a space (or its pages) that grants VIEW to anonymous users;</li>
 *   <li>a {@link Space}: {@code VIEW} and {@code EXPORT} need the space's VIEW grant; {@code EDIT} and
 *       {@code REMOVE} need VIEW and EDIT; {@code ADMINISTER} and {@code SET_PERMISSIONS} need VIEW and
 *       ADMINISTER. Grants go to users or groups; being a Confluence administrator grants nothing by itself
 *       (Confluence's global admins are not space members either);</li>
 *   <li>a page ({@link AbstractPage}): the same permission on its space, as the page is stored now (the
 *       object's own space is not trusted, it may be stale); a page that no longer exists: nothing. The
 *       dev host has no page-level restrictions;</li>
 *   <li>any other target (e.g. Confluence's {@code "APPLICATION"}): {@code VIEW} for every active user,
 *       {@code ADMINISTER} for members of {@code confluence-administrators}, nothing else.</li>
 * </ul>
 */
public final class DevPermissionManager implements PermissionManager {

    private final ContentStore content;
    private final UserStore users;
    private final boolean anonymousAccess;

    /** A site without anonymous access. */
    public DevPermissionManager(ContentStore content, UserStore users) {
        this(content, users, false);
    }

    public DevPermissionManager(ContentStore content, UserStore users, boolean anonymousAccess) {
        this.content = content;
        this.users = users;
        this.anonymousAccess = anonymousAccess;
    }

    @Override
    public boolean hasPermission(ConfluenceUser user, Permission permission, Object target) {
        if (permission == null) {
            return false;
        }
        if (user == null) {
            return anonymousMay(permission, target);
        }
        Optional<HostUser> active = users.byKey(user.getKey().getStringValue()).filter(HostUser::active);
        if (active.isEmpty()) {
            return false;
        }
        String userKey = active.get().key();
        if (target instanceof Space space) {
            return onSpace(space.getKey(), permission, userKey);
        }
        if (target instanceof AbstractPage page) {
            return content.page(page.getId()).map(HostPage::spaceKey)
                    .map(spaceKey -> onSpace(spaceKey, permission, userKey)).orElse(false);
        }
        if (permission == Permission.VIEW) {
            return true;
        }
        return permission == Permission.ADMINISTER && users.isMember(userKey, UserStore.ADMINS);
    }

    private boolean anonymousMay(Permission permission, Object target) {
        if (!anonymousAccess || (permission != Permission.VIEW && permission != Permission.EXPORT)) {
            return false; // no page lookup on a site without anonymous access
        }
        String spaceKey = target instanceof Space space ? space.getKey()
                : target instanceof AbstractPage page ? content.page(page.getId()).map(HostPage::spaceKey).orElse(null)
                : null;
        return anonymousCanView(spaceKey);
    }

    /** Whether a person who is not logged in may view the space (the host's own page view asks this). */
    public boolean anonymousCanView(String spaceKey) {
        return anonymousAccess && content.grantsAnonymous(spaceKey, SpaceGrant.Permission.VIEW);
    }

    /** Host-side check by space key, for the host's own pages and REST resources. */
    public boolean onSpace(String spaceKey, Permission permission, String userKey) {
        if (spaceKey == null) {
            return false;
        }
        String key = content.space(spaceKey).map(s -> s.key()).orElse(null);
        if (key == null || !content.hasSpacePermission(key, SpaceGrant.Permission.VIEW, userKey)) {
            return false;
        }
        if (permission == Permission.VIEW || permission == Permission.EXPORT) {
            return true;
        }
        if (permission == Permission.EDIT || permission == Permission.REMOVE) {
            return content.hasSpacePermission(key, SpaceGrant.Permission.EDIT, userKey);
        }
        if (permission == Permission.ADMINISTER || permission == Permission.SET_PERMISSIONS) {
            return content.hasSpacePermission(key, SpaceGrant.Permission.ADMINISTER, userKey);
        }
        return false;
    }
}
