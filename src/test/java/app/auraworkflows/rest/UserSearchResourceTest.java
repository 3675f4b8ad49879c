package app.auraworkflows.rest;

import app.auraworkflows.twofactor.DirectoryUser;
import app.auraworkflows.twofactor.EnrolmentService;
import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** GET /2fa/user-search: admin only, validated, blank query answers no users. */
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
    void searchReturnsUsersWithActiveFlag() {
        signedIn("admin", true);
        when(service.searchUsers("al", 10)).thenReturn(List.of(
                new DirectoryUser("k1", "alice", "Alice", "alice@example.com", true),
                new DirectoryUser("k9", "alan", "Alan", "", false)));

        Response response = resource.search(request, " al ", null);

        FoundUsersDto body = assertInstanceOf(FoundUsersDto.class, response.getEntity());
        assertEquals(2, body.users().size());
        assertEquals(false, body.users().get(1).active());
    }

    @Test
    void blankQueryAnswersNoUsersWithoutSearching() {
        signedIn("admin", true);

        FoundUsersDto body = (FoundUsersDto) resource.search(request, "  ", null).getEntity();

        assertTrue(body.users().isEmpty());
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
