package app.auraworkflows.confluence;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        ConfluenceGroupMembership groups = new ConfluenceGroupMembership(userManager, userAccessor);

        assertTrue(groups.isMember("alice", "reviewers"));
        assertFalse(groups.isMember("alice", "auditors"));
        assertFalse(groups.isMember("ghost", "reviewers"), "unknown users belong to no group");
        assertFalse(groups.isMember(null, "reviewers"));
    }

    @Test
    void aUsersGroupsComeFromConfluenceLowerCaseWithoutBlanks() {
        when(userAccessor.getGroupNamesForUserName("alice")).thenReturn(java.util.Arrays.asList("Reviewers",
                "confluence-users", " ", null));
        when(userAccessor.getGroupNamesForUserName("ghost")).thenReturn(java.util.List.of());
        ConfluenceGroupMembership groups = new ConfluenceGroupMembership(userManager, userAccessor);

        assertEquals(java.util.Set.of("reviewers", "confluence-users"), groups.groupsOf("alice"));
        assertEquals(java.util.Set.of(), groups.groupsOf("ghost"));
        assertEquals(java.util.Set.of(), groups.groupsOf(null));
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
        ConfluencePagePermissions permissions = new ConfluencePagePermissions(pageManager, permissionManager, userAccessor, userManager);

        assertTrue(permissions.canView(42L, "k-bob"));
        assertFalse(permissions.canEdit(42L, "k-bob"));
    }

    @Test
    void unknownPagesAndUsersAreRefused() {
        ConfluencePagePermissions permissions = new ConfluencePagePermissions(pageManager, permissionManager, userAccessor, userManager);

        assertFalse(permissions.canView(7L, "k-bob"), "unknown page");
        when(pageManager.getAbstractPage(8L)).thenReturn(new Page());
        assertFalse(permissions.canView(8L, "k-nobody"), "unknown user");
        assertFalse(permissions.canEdit(8L, null), "anonymous");
    }

    @Test
    void anAnonymousViewerIsAskedOfConfluenceWithANullUserAndOnlyForViewing() {
        Page open = new Page();
        open.setId(42L);
        when(pageManager.getAbstractPage(42L)).thenReturn(open);
        when(permissionManager.hasPermission(null, Permission.VIEW, open)).thenReturn(true);
        ConfluencePagePermissions permissions = new ConfluencePagePermissions(pageManager, permissionManager, userAccessor, userManager);

        assertTrue(permissions.canViewAnonymously(42L));
        assertFalse(permissions.canViewAnonymously(7L), "unknown page");
        assertFalse(permissions.canView(42L, null), "the user methods never treat a missing user as anonymous");
    }

    @Test
    void spaceAdministratorsAndConfluenceAdministratorsMayRemoveAWorkflowEditorsMayNot() {
        Page page = new Page();
        page.setId(42L);
        com.atlassian.confluence.spaces.Space space = new com.atlassian.confluence.spaces.Space("DEMO");
        page.setSpace(space);
        ConfluenceUser carol = mock(ConfluenceUser.class);
        ConfluenceUser admin = mock(ConfluenceUser.class);
        ConfluenceUser bob = mock(ConfluenceUser.class);
        when(pageManager.getAbstractPage(42L)).thenReturn(page);
        when(userAccessor.getUserByKey(new UserKey("k-carol"))).thenReturn(carol);
        when(userAccessor.getUserByKey(new UserKey("k-admin"))).thenReturn(admin);
        when(userAccessor.getUserByKey(new UserKey("k-bob"))).thenReturn(bob);
        when(permissionManager.hasPermission(carol, Permission.ADMINISTER, space)).thenReturn(true);
        when(permissionManager.hasPermission(bob, Permission.EDIT, page)).thenReturn(true);
        when(userManager.isAdmin(new UserKey("k-admin"))).thenReturn(true);
        ConfluencePagePermissions permissions = new ConfluencePagePermissions(pageManager, permissionManager, userAccessor, userManager);

        assertTrue(permissions.canRemoveWorkflow(42L, "k-carol"), "space administrator");
        assertTrue(permissions.canRemoveWorkflow(42L, "k-admin"), "Confluence administrator");
        assertFalse(permissions.canRemoveWorkflow(42L, "k-bob"), "an editor is not enough");
        assertFalse(permissions.canRemoveWorkflow(7L, "k-admin"), "unknown page");
        assertFalse(permissions.canRemoveWorkflow(42L, null), "anonymous");
    }

    @Test
    void pageAuthorsAreTheCreatorAndTheLastModifier() {
        Page page = new Page();
        page.setId(42L);
        ConfluenceUser alice = mock(ConfluenceUser.class);
        ConfluenceUser bob = mock(ConfluenceUser.class);
        when(alice.getKey()).thenReturn(new UserKey("k-alice"));
        when(bob.getKey()).thenReturn(new UserKey("k-bob"));
        page.setCreator(alice);
        page.setLastModifier(bob);
        when(pageManager.getAbstractPage(42L)).thenReturn(page);
        ConfluencePageAuthors authors = new ConfluencePageAuthors(pageManager);

        assertTrue(authors.authorKeys(42L).containsAll(java.util.Set.of("k-alice", "k-bob")));
        assertTrue(authors.authorKeys(7L).isEmpty(), "unknown page");
        page.setCreator(null);
        page.setLastModifier(null);
        assertTrue(authors.authorKeys(42L).isEmpty(), "no users recorded");
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

    @Test
    void theGroupPickerAsksConfluenceForNoMoreNamesThanItShows() {
        when(userManager.findGroupNamesByPrefix("rev", 0, 3)).thenReturn(java.util.Arrays.asList("reviewers", " ",
                "reviewers-emea", "reviewers-us", "reviewers-apac"));
        ConfluenceGroupDirectory groups = new ConfluenceGroupDirectory(userManager);

        assertEquals(java.util.List.of("reviewers", "reviewers-emea", "reviewers-us"), groups.namesStartingWith(" rev ", 3),
                "blank names dropped; a directory that ignored the bound is cut at it");
        assertEquals(java.util.List.of(), groups.namesStartingWith("", 3));
        assertEquals(java.util.List.of(), groups.namesStartingWith(null, 3));
    }
}
