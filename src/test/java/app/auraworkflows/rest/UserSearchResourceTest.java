package app.auraworkflows.rest;

import app.auraworkflows.kernel.DirectoryUser;
import app.auraworkflows.twofactor.EnrolmentService;
import app.auraworkflows.twofactor.UserSearchResult;
import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** GET /2fa/user-search: admin only, validated, at least two characters, blank query answers no users. */
class UserSearchResourceTest extends RestTestSupport {
    private final EnrolmentService service = mock(EnrolmentService.class);
    private final UserSearchResource resource = new UserSearchResource(service, permissions, errors);

    @Test
    void resourceIsAdminOnly() {
        assertNotNull(UserSearchResource.class.getAnnotation(AdminOnly.class));
    }

    @Test
    void nonAdministratorGets403AndAnonymous401() {
        assertError(resource.search(request, "al", null), 401, "UNAUTHORIZED");
        signedIn("bob", false);
        assertError(resource.search(request, "al", null), 403, "FORBIDDEN");
        verifyNoInteractions(service);
    }

    @Test
    void searchReturnsUsersWithActiveFlagAndTheMoreResultsFlagWithTheDefaultLimit() {
        signedIn("admin", true);
        when(service.searchUsers("al", UserSearchResource.DEFAULT_LIMIT)).thenReturn(new UserSearchResult(List.of(
                new DirectoryUser("k1", "alice", "Alice", "alice@example.com", true),
                new DirectoryUser("k9", "alan", "Alan", "", false)), true));

        Response response = resource.search(request, " al ", null);

        UserSearchResultDto body = assertInstanceOf(UserSearchResultDto.class, response.getEntity());
        assertEquals(2, body.users().size());
        assertEquals(false, body.users().get(1).active());
        assertTrue(body.moreResults());
    }

    @Test
    void oneCharacterAnswers400WithoutSearching() {
        signedIn("admin", true);

        assertError(resource.search(request, " a ", null), 400, "INVALID_INPUT");
        verifyNoInteractions(service);
    }

    @Test
    void blankQueryAnswersNoUsersWithoutSearching() {
        signedIn("admin", true);

        UserSearchResultDto body = (UserSearchResultDto) resource.search(request, "  ", null).getEntity();

        assertTrue(body.users().isEmpty());
        assertFalse(body.moreResults());
        verifyNoInteractions(service);
    }

    @Test
    void overlongQueryOrBadLimitAnswers400() {
        signedIn("admin", true);

        assertError(resource.search(request, "x".repeat(101), null), 400, "INVALID_INPUT");
        assertError(resource.search(request, "al", "26"), 400, "INVALID_INPUT");
        assertError(resource.search(request, "al", "ten"), 400, "INVALID_INPUT");
    }
}
