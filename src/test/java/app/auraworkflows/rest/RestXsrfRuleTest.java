package app.auraworkflows.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import app.auraworkflows.twofactor.EnrolmentService;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

/** The plugin's own XSRF rule, and that the access guard applies it before a resource acts. */
class RestXsrfRuleTest extends RestTestSupport {
    private final EnrolmentService enrolments = mock(EnrolmentService.class);
    private final EnrolledUsersResource resource = new EnrolledUsersResource(enrolments, permissions, errors);

    @Test
    void aBodylessPostWithoutTheTokenIsRefusedBeforeTheServiceIsCalled() {
        signedIn("admin", true);
        when(request.getMethod()).thenReturn("POST");
        Response response = resource.unlock(request, "alice");
        assertError(response, 403, RestErrors.XSRF_CHECK_FAILED);
        verifyNoInteractions(enrolments);
    }

    @Test
    void aTextPlainDeleteWithoutTheTokenIsRefused() {
        signedIn("admin", true);
        when(request.getMethod()).thenReturn("DELETE");
        when(request.getContentType()).thenReturn("text/plain;charset=UTF-8");
        assertError(resource.revoke(request, "alice"), 403, RestErrors.XSRF_CHECK_FAILED);
        verifyNoInteractions(enrolments);
    }

    @Test
    void theTokenHeaderLetsABodylessPostThrough() {
        signedIn("admin", true);
        when(request.getMethod()).thenReturn("POST");
        when(request.getHeader("X-Atlassian-Token")).thenReturn("no-check");
        when(enrolments.unlock("alice", "admin")).thenReturn(true);
        assertEquals(204, resource.unlock(request, "alice").getStatus());
    }

    @Test
    void anonymousCallersStillGet401First() {
        when(request.getMethod()).thenReturn("POST");
        assertError(resource.unlock(request, "alice"), 401, RestErrors.UNAUTHORIZED);
    }

    @Test
    void onlyStateChangingMethodsWithoutJsonOrTheTokenAreForgeable() {
        assertTrue(forgeable("POST", null, null));
        assertTrue(forgeable("PUT", "application/x-www-form-urlencoded", null));
        assertTrue(forgeable("PATCH", "multipart/form-data; boundary=x", null));
        assertTrue(forgeable("DELETE", "text/plain", "yes"));
        assertTrue(forgeable("POST", "text/plain; application/json", null), "the essence decides, as in browsers");
        assertTrue(forgeable("POST", "application/json, text/plain", null));
        assertFalse(forgeable("POST", "application/json", null));
        assertFalse(forgeable("POST", "Application/JSON; charset=UTF-8", null));
        assertFalse(forgeable("DELETE", null, "no-check"));
        assertFalse(forgeable("POST", null, "nocheck"));
        assertFalse(forgeable("GET", null, null));
        assertFalse(forgeable("HEAD", "text/plain", null));
    }

    private static boolean forgeable(String method, String contentType, String token) {
        jakarta.servlet.http.HttpServletRequest r = mock(jakarta.servlet.http.HttpServletRequest.class);
        when(r.getMethod()).thenReturn(method);
        when(r.getContentType()).thenReturn(contentType);
        when(r.getHeader(RestXsrfRule.TOKEN_HEADER)).thenReturn(token);
        return RestXsrfRule.refuses(r);
    }
}
