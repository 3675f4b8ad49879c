package app.auraworkflows.confluence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import org.junit.jupiter.api.Test;

/** The approval engine's host adapters: live group membership and Confluence page permissions. */
class ApprovalHostAdaptersTest {
    private final UserManager userManager = mock(UserManager.class);
    private final PageManager pageManager = mock(PageManager.class);
    private final PermissionManager permissionManager = mock(PermissionManager.class);
    private final UserAccessor userAccessor = mock(UserAccessor.class);

    @Test
    void groupMembershipIsAskedOfConfluenceByUserKeyEachTime() {
        UserProfile alice = mock(UserProfile.class);
        when(alice.getUserKey()).thenReturn(new UserKey("k-alice"));
        when(userManager.getUserProfile("alice")).thenReturn(alice);
        when(userManager.isUserInGroup(new UserKey("k-alice"), "reviewers")).thenReturn(true);
        ConfluenceGroupMembership groups = new ConfluenceGroupMembership(userManager);

        assertTrue(groups.isMember("alice", "reviewers"));
        assertFalse(groups.isMember("alice", "auditors"));
        assertFalse(groups.isMember("ghost", "reviewers"), "unknown users belong to no group");
        assertFalse(groups.isMember(null, "reviewers"));
    }

    @Test
    void pagePermissionsUseConfluenceViewAndEditPermissions() {
        Page page = new Page();
        page.setId(42L);
        ConfluenceUser bob = mock(ConfluenceUser.class);
        when(pageManager.getAbstractPage(42L)).thenReturn(page);
        when(userAccessor.getUserByKey(new UserKey("k-bob"))).thenReturn(bob);
        when(permissionManager.hasPermission(bob, Permission.VIEW, page)).thenReturn(true);
        when(permissionManager.hasPermission(bob, Permission.EDIT, page)).thenReturn(false);
        ConfluencePagePermissions permissions = new ConfluencePagePermissions(pageManager, permissionManager, userAccessor, mock(com.atlassian.sal.api.user.UserManager.class));

        assertTrue(permissions.canView(42L, "k-bob"));
        assertFalse(permissions.canEdit(42L, "k-bob"));
    }

    @Test
    void unknownPagesAndUsersAreRefused() {
        ConfluencePagePermissions permissions = new ConfluencePagePermissions(pageManager, permissionManager, userAccessor, mock(com.atlassian.sal.api.user.UserManager.class));

        assertFalse(permissions.canView(7L, "k-bob"), "unknown page");
        when(pageManager.getAbstractPage(8L)).thenReturn(new Page());
        assertFalse(permissions.canView(8L, "k-nobody"), "unknown user");
        assertFalse(permissions.canEdit(8L, null), "anonymous");
    }

    @Test
    void aGroupExistsWhenConfluenceFindsItsExactNameAmongABoundedPrefixSearch() {
        when(userManager.findGroupNamesByPrefix("reviewers", 0, ConfluenceGroupDirectory.PROBE))
                .thenReturn(java.util.List.of("Reviewers", "reviewers-emea"));
        when(userManager.findGroupNamesByPrefix("review", 0, ConfluenceGroupDirectory.PROBE))
                .thenReturn(java.util.List.of("reviewers", "reviewers-emea"));
        when(userManager.findGroupNamesByPrefix("ghosts", 0, ConfluenceGroupDirectory.PROBE))
                .thenReturn(java.util.List.of());
        ConfluenceGroupDirectory groups = new ConfluenceGroupDirectory(userManager);

        assertTrue(groups.exists("reviewers"), "names compare ignoring case, as Crowd's");
        assertTrue(groups.exists(" reviewers "));
        assertFalse(groups.exists("review"), "a prefix of a group is not a group");
        assertFalse(groups.exists("ghosts"));
        assertFalse(groups.exists(""));
        assertFalse(groups.exists(null));
    }
}
