package app.auraworkflows.confluence;

import app.auraworkflows.twofactor.DirectoryUser;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import com.atlassian.user.EntityException;
import com.atlassian.user.User;
import com.atlassian.user.search.query.BooleanQuery;
import com.atlassian.user.search.query.EmailTermQuery;
import com.atlassian.user.search.query.FullNameTermQuery;
import com.atlassian.user.search.query.Query;
import com.atlassian.user.search.query.TermQuery;
import com.atlassian.user.search.query.UserNameTermQuery;
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

/** The user directory adapter: lookups through SAL, search query building and limits over UserAccessor. */
class ConfluenceUserDirectoryTest {
    private final UserManager userManager = mock(UserManager.class);
    private final UserAccessor userAccessor = mock(UserAccessor.class);
    private final ConfluenceUserDirectory directory = new ConfluenceUserDirectory(userManager, userAccessor);

    private static ConfluenceUser user(String name) {
        ConfluenceUser user = mock(ConfluenceUser.class);
        when(user.getName()).thenReturn(name);
        when(user.getFullName()).thenReturn(name.toUpperCase());
        when(user.getEmail()).thenReturn(name + "@example.com");
        when(user.getKey()).thenReturn(new UserKey("key-" + name));
        return user;
    }

    @SuppressWarnings("unchecked")
    private Query<User> capturedQuery() throws EntityException {
        ArgumentCaptor<Query<User>> query = ArgumentCaptor.forClass(Query.class);
        verify(userAccessor).findUsersAsList(query.capture());
        return query.getValue();
    }

    @Test
    void searchQueryMatchesUsernameOrFullNameOrEmailContainingTheTrimmedTerm() throws Exception {
        when(userAccessor.findUsersAsList(any())).thenReturn(List.of());

        directory.search("  Ali  ", 10);

        BooleanQuery<User> query = assertInstanceOf(BooleanQuery.class, capturedQuery());
        assertTrue(query.isOR());
        List<Query<User>> terms = query.getQueries();
        assertEquals(3, terms.size());
        assertInstanceOf(UserNameTermQuery.class, terms.get(0));
        assertInstanceOf(FullNameTermQuery.class, terms.get(1));
        assertInstanceOf(EmailTermQuery.class, terms.get(2));
        for (Query<User> term : terms) {
            TermQuery<User> termQuery = (TermQuery<User>) term;
            assertEquals("Ali", termQuery.getTerm());
            assertEquals(TermQuery.SUBSTRING_CONTAINS, termQuery.getMatchingRule());
        }
    }

    @Test
    void overlongSearchTextIsCutToTheCap() throws Exception {
        when(userAccessor.findUsersAsList(any())).thenReturn(List.of());

        directory.search("x".repeat(500), 10);

        BooleanQuery<User> query = (BooleanQuery<User>) capturedQuery();
        assertEquals(ConfluenceUserDirectory.MAX_QUERY_LENGTH, ((TermQuery<User>) query.getQueries().get(0)).getTerm().length());
    }

    @Test
    void blankSearchDoesNotQueryTheDirectory() {
        assertTrue(directory.search("   ", 10).isEmpty());
        assertTrue(directory.search(null, 10).isEmpty());
        verifyNoInteractions(userAccessor);
    }

    @Test
    void searchResultsAreLimitedAndCarryTheLicensedFlagAsActive() throws Exception {
        List<User> found = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            found.add(user("u" + i));
        }
        when(userAccessor.findUsersAsList(any())).thenReturn(found);
        when(userManager.isLicensed(new UserKey("key-u0"))).thenReturn(true);

        List<DirectoryUser> users = directory.search("u", 500);

        assertEquals(ConfluenceUserDirectory.MAX_RESULTS, users.size());
        assertEquals(new DirectoryUser("key-u0", "u0", "U0", "u0@example.com", true), users.get(0));
        assertEquals(false, users.get(1).active());
    }

    @Test
    void directoryFailureAnswersNoUsers() throws Exception {
        when(userAccessor.findUsersAsList(any())).thenThrow(new EntityException("ldap down"));

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
