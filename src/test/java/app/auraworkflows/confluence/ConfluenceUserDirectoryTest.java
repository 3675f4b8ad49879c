package app.auraworkflows.confluence;

import app.auraworkflows.kernel.DirectoryUser;
import com.atlassian.crowd.embedded.api.CrowdService;
import com.atlassian.crowd.embedded.api.Query;
import com.atlassian.crowd.embedded.api.SearchRestriction;
import com.atlassian.crowd.search.EntityDescriptor;
import com.atlassian.crowd.search.query.entity.EntityQuery;
import com.atlassian.crowd.search.query.entity.restriction.BooleanRestriction;
import com.atlassian.crowd.search.query.entity.restriction.MatchMode;
import com.atlassian.crowd.search.query.entity.restriction.PropertyRestriction;
import com.atlassian.crowd.search.query.entity.restriction.constants.UserTermKeys;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** The user directory adapter: lookups through SAL, a bounded prefix search through Crowd's CrowdService. */
class ConfluenceUserDirectoryTest {
    private final UserManager userManager = mock(UserManager.class);
    private final CrowdService crowdService = mock(CrowdService.class);
    private final ConfluenceUserDirectory directory = new ConfluenceUserDirectory(userManager, crowdService);

    private void profile(String name, boolean licensed) {
        UserProfile profile = mock(UserProfile.class);
        when(profile.getUserKey()).thenReturn(new UserKey("key-" + name));
        when(profile.getUsername()).thenReturn(name);
        when(profile.getFullName()).thenReturn(name.toUpperCase());
        when(profile.getEmail()).thenReturn(name + "@example.com");
        when(userManager.getUserProfile(name)).thenReturn(profile);
        when(userManager.isLicensed(new UserKey("key-" + name))).thenReturn(licensed);
    }

    @SuppressWarnings("unchecked")
    private EntityQuery<String> capturedQuery() {
        ArgumentCaptor<Query<String>> query = ArgumentCaptor.forClass(Query.class);
        verify(crowdService).search(query.capture());
        return assertInstanceOf(EntityQuery.class, query.getValue());
    }

    @Test
    void searchAsksCrowdForUsernamesStartingWithTheTrimmedTermInFourFieldsBoundedByTheLimit() {
        when(crowdService.search(any())).thenReturn(List.of());

        directory.search("  Ali  ", 11);

        EntityQuery<String> query = capturedQuery();
        assertEquals(EntityDescriptor.user(), query.getEntityDescriptor());
        assertEquals(String.class, query.getReturnType());
        assertEquals(0, query.getStartIndex());
        assertEquals(11, query.getMaxResults(), "the directory itself is bounded");
        BooleanRestriction any = assertInstanceOf(BooleanRestriction.class, query.getSearchRestriction());
        assertEquals(BooleanRestriction.BooleanLogic.OR, any.getBooleanLogic());
        List<Object> properties = new ArrayList<>();
        for (SearchRestriction r : any.getRestrictions()) {
            PropertyRestriction<?> term = assertInstanceOf(PropertyRestriction.class, r);
            assertEquals(MatchMode.STARTS_WITH, term.getMatchMode());
            assertEquals("Ali", term.getValue());
            properties.add(term.getProperty());
        }
        assertEquals(List.of(UserTermKeys.USERNAME, UserTermKeys.DISPLAY_NAME, UserTermKeys.LAST_NAME,
                UserTermKeys.EMAIL), properties);
    }

    @Test
    void overlongSearchTextIsCutToTheCapAndTheLimitToMaxResults() {
        when(crowdService.search(any())).thenReturn(List.of());

        directory.search("x".repeat(500), 10_000);

        EntityQuery<String> query = capturedQuery();
        assertEquals(ConfluenceUserDirectory.MAX_RESULTS, query.getMaxResults());
        BooleanRestriction any = (BooleanRestriction) query.getSearchRestriction();
        PropertyRestriction<?> first = (PropertyRestriction<?>) any.getRestrictions().iterator().next();
        assertEquals(ConfluenceUserDirectory.MAX_QUERY_LENGTH, ((String) first.getValue()).length());
    }

    @Test
    void blankSearchOrZeroLimitDoesNotQueryTheDirectory() {
        assertTrue(directory.search("   ", 10).isEmpty());
        assertTrue(directory.search(null, 10).isEmpty());
        assertTrue(directory.search("al", 0).isEmpty());
        verifyNoInteractions(crowdService);
    }

    @Test
    void foundUsernamesBecomeUsersWithTheLicensedFlagAsActiveAndUnknownNamesAreSkipped() {
        profile("alice", true);
        profile("alan", false);
        when(crowdService.search(any())).thenReturn(List.of("alice", "gone", "alan"));

        List<DirectoryUser> users = directory.search("al", 10);

        assertEquals(List.of(new DirectoryUser("key-alice", "alice", "ALICE", "alice@example.com", true),
                new DirectoryUser("key-alan", "alan", "ALAN", "alan@example.com", false)), users);
    }

    @Test
    void aDirectoryThatIgnoresTheBoundStillYieldsAtMostTheLimit() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            names.add("u" + i);
            profile("u" + i, true);
        }
        when(crowdService.search(any())).thenReturn(List.copyOf(names));

        assertEquals(5, directory.search("u", 5).size());
    }

    @Test
    void directoryFailureAnswersNoUsers() {
        when(crowdService.search(any())).thenThrow(new IllegalStateException("ldap down"));

        assertTrue(directory.search("al", 10).isEmpty());
    }

    @Test
    void lookupByUsernameUsesSalAndTreatsUnlicensedAsInactive() {
        UserProfile profile = mock(UserProfile.class);
        when(profile.getUserKey()).thenReturn(new UserKey("k1"));
        when(profile.getUsername()).thenReturn("alice");
        when(profile.getFullName()).thenReturn("Alice");
        when(userManager.getUserProfile("alice")).thenReturn(profile);
        when(userManager.isLicensed(new UserKey("k1"))).thenReturn(false);

        Optional<DirectoryUser> user = directory.byUsername(" alice ");

        assertEquals(new DirectoryUser("k1", "alice", "Alice", "", false), user.orElseThrow());
        assertTrue(directory.byUsername("ghost").isEmpty());
        assertTrue(directory.byKey("").isEmpty());
    }
}
