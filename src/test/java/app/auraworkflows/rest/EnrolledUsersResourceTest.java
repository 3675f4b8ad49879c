package app.auraworkflows.rest;

import app.auraworkflows.twofactor.AddUsersResult;
import app.auraworkflows.twofactor.EnrolmentPage;
import app.auraworkflows.twofactor.ListCursor;
import app.auraworkflows.twofactor.EnrolmentService;
import app.auraworkflows.twofactor.EnrolmentStatus;
import app.auraworkflows.twofactor.EnrolmentView;
import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** Status mapping and validation of GET/POST /2fa/users and DELETE /2fa/users/{username}. */
class EnrolledUsersResourceTest extends RestTestSupport {
    private final EnrolmentService service = mock(EnrolmentService.class);
    private final EnrolledUsersResource resource = new EnrolledUsersResource(service, permissions, errors);

    @Test
    void resourceIsAdminOnlyAndChangesNeedWebSudo() throws Exception {
        assertNotNull(EnrolledUsersResource.class.getAnnotation(AdminOnly.class));
        assertNotNull(EnrolledUsersResource.class.getMethod("add",
                jakarta.servlet.http.HttpServletRequest.class, AddUsersRequest.class).getAnnotation(WebSudoRequired.class));
        assertNotNull(EnrolledUsersResource.class.getMethod("revoke",
                jakarta.servlet.http.HttpServletRequest.class, String.class).getAnnotation(WebSudoRequired.class));
    }

    @Test
    void anonymousCallerGets401() {
        assertError(resource.list(request, "PENDING", null, null, null, null, null), 401, "UNAUTHORIZED");
        verifyNoInteractions(service);
    }

    @Test
    void nonAdministratorGets403() {
        signedIn("bob", false);

        assertError(resource.add(request, new AddUsersRequest(List.of("alice"))), 403, "FORBIDDEN");
        verifyNoInteractions(service);
    }

    @Test
    void listReturnsTotalRowsWithIsoDatesAndThePositionTokensOfTheNeighbourPages() {
        signedIn("admin", true);
        Instant at = Instant.parse("2026-03-01T10:00:00Z");
        ListCursor after = new ListCursor("al", "al");
        ListCursor next = new ListCursor("alice", "alice");
        when(service.list(EnrolmentStatus.ACTIVE, "al", after, false, 10)).thenReturn(new EnrolmentPage(51, true, List.of(
                new EnrolmentView("alice", "k1", "Alice", EnrolmentStatus.ACTIVE, "admin", at, at, null, null)), next, after));

        Response response = resource.list(request, "ACTIVE", " al ", after.token(), null, null, "10");

        assertEquals(200, response.getStatus());
        EnrolledUsersDto body = assertInstanceOf(EnrolledUsersDto.class, response.getEntity());
        assertEquals(51, body.total());
        assertTrue(body.totalExact());
        assertEquals(next.token(), body.next());
        assertEquals(after.token(), body.previous());
        EnrolledUserDto row = body.users().get(0);
        assertEquals("ACTIVE", row.status());
        assertEquals("2026-03-01T10:00:00Z", row.addedAt());
        assertNull(row.lastUsedAt());
    }

    @Test
    void listStartsAtTheFirstPageWhenNoPositionIsGivenAndReadsBackwardsBeforeOne() {
        signedIn("admin", true);
        when(service.list(any(), anyString(), any(), anyBoolean(), anyInt())).thenReturn(new EnrolmentPage(0, List.of()));

        resource.list(request, "PENDING", null, null, null, null, null);
        ListCursor before = new ListCursor("bob", "bob");
        resource.list(request, "PENDING", null, null, before.token(), null, null);

        verify(service).list(EnrolmentStatus.PENDING, "", null, false, 50);
        verify(service).list(EnrolmentStatus.PENDING, "", before, true, 50);
    }

    @Test
    void listRejectsInvalidParametersWith400() {
        signedIn("admin", true);

        assertError(resource.list(request, null, null, null, null, null, null), 400, "INVALID_INPUT");
        assertError(resource.list(request, "pending", null, null, null, null, null), 400, "INVALID_INPUT");
        ErrorDto offset = assertError(resource.list(request, "PENDING", null, null, null, "25", null), 400, "INVALID_INPUT");
        assertTrue(offset.message().contains("pass the value of next from this page as after"), offset.message());
        assertError(resource.list(request, "PENDING", null, "not-a-token", null, null, null), 400, "INVALID_INPUT");
        String token = new ListCursor("a", "a").token();
        assertError(resource.list(request, "PENDING", null, token, token, null, null), 400, "INVALID_INPUT");
        assertError(resource.list(request, "PENDING", null, null, null, null, "0"), 400, "INVALID_INPUT");
        assertError(resource.list(request, "PENDING", null, null, null, null, "101"), 400, "INVALID_INPUT");
        ErrorDto tooLong = assertError(resource.list(request, "PENDING", "q".repeat(101), null, null, null, null), 400, "INVALID_INPUT");
        assertEquals("The search text q must be at most 100 characters long.", tooLong.message());
        verifyNoInteractions(service);
    }

    @Test
    void addReportsAddedAlreadyEnrolledAndUnknownAndDeduplicates() {
        signedIn("admin", true);
        when(service.addUsers(List.of("alice", "bob", "ghost"), "admin"))
                .thenReturn(new AddUsersResult(List.of("alice"), List.of("bob"), List.of("ghost")));

        Response response = resource.add(request, new AddUsersRequest(List.of("alice", " bob ", "ghost", "alice")));

        assertEquals(200, response.getStatus());
        AddUsersResultDto body = assertInstanceOf(AddUsersResultDto.class, response.getEntity());
        assertEquals(List.of("alice"), body.added());
        assertEquals(List.of("bob"), body.alreadyEnrolled());
        assertEquals(List.of("ghost"), body.unknown());
    }

    @Test
    void addRejectsMissingEmptyTooManyOrBlankUsernamesWith400() {
        signedIn("admin", true);
        List<String> tooMany = new ArrayList<>(Collections.nCopies(101, "u"));

        assertError(resource.add(request, null), 400, "INVALID_INPUT");
        assertError(resource.add(request, new AddUsersRequest(null)), 400, "INVALID_INPUT");
        assertError(resource.add(request, new AddUsersRequest(List.of())), 400, "INVALID_INPUT");
        ErrorDto many = assertError(resource.add(request, new AddUsersRequest(tooMany)), 400, "INVALID_INPUT");
        assertTrue(many.message().contains("100"));
        assertError(resource.add(request, new AddUsersRequest(Arrays.asList("alice", null))), 400, "INVALID_INPUT");
        assertError(resource.add(request, new AddUsersRequest(List.of(" "))), 400, "INVALID_INPUT");
        verify(service, org.mockito.Mockito.never()).addUsers(anyList(), anyString());
    }

    @Test
    void revokeAnswers204WhenEnrolledAnd404NotEnrolledOtherwise() {
        signedIn("admin", true);
        when(service.revoke("alice", "admin")).thenReturn(true);
        when(service.revoke("ghost", "admin")).thenReturn(false);

        assertEquals(204, resource.revoke(request, "alice").getStatus());
        ErrorDto missing = assertError(resource.revoke(request, "ghost"), 404, "NOT_ENROLLED");
        assertEquals("This user is not enrolled in 2FA.", missing.message());
    }
}
