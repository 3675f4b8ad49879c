package app.auraworkflows.rest;

import app.auraworkflows.twofactor.CodeCheck;
import app.auraworkflows.twofactor.EnrolmentService;
import app.auraworkflows.twofactor.MySetup;
import app.auraworkflows.twofactor.SetupStatus;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** GET /2fa/me, GET /2fa/me/qr.png and POST /2fa/me/confirm: statuses, secrecy and caching. */
class MySetupResourceTest extends RestTestSupport {
    private final EnrolmentService service = mock(EnrolmentService.class);
    private final MySetupResource resource = new MySetupResource(service, permissions, errors);

    private static boolean noStore(Response response) {
        Object header = response.getMetadata().getFirst(HttpHeaders.CACHE_CONTROL);
        return header instanceof CacheControl cacheControl ? cacheControl.isNoStore()
                : header != null && header.toString().contains("no-store");
    }

    @Test
    void resourceHasAnExplicitAccessAnnotation() {
        assertNotNull(MySetupResource.class.getAnnotation(LicensedOnly.class));
    }

    @Test
    void anonymousCallerGets401Everywhere() {
        assertError(resource.me(request), 401, "UNAUTHORIZED");
        assertError(resource.qrCode(request), 401, "UNAUTHORIZED");
        assertError(resource.confirm(request, new ConfirmRequest("123456")), 401, "UNAUTHORIZED");
        verifyNoInteractions(service);
    }

    @Test
    void pendingSetupIncludesManualKeyAndUriAndIsNotCached() {
        signedIn("alice", false);
        when(service.mySetup("key-alice")).thenReturn(
                new MySetup(SetupStatus.PENDING, "Aura Workflows (Demo)", "alice", "ABCD EFGH", "otpauth://totp/x"));

        Response response = resource.me(request);

        assertEquals(200, response.getStatus());
        MySetupDto body = assertInstanceOf(MySetupDto.class, response.getEntity());
        assertEquals("PENDING", body.status());
        assertEquals("ABCD EFGH", body.manualKey());
        assertEquals("otpauth://totp/x", body.otpauthUri());
        assertTrue(noStore(response));
        assertFalse(body.toString().contains("ABCD"), "toString never reveals the secret");
    }

    @Test
    void activeSetupNeverIncludesTheSecret() {
        signedIn("alice", false);
        when(service.mySetup("key-alice")).thenReturn(
                new MySetup(SetupStatus.ACTIVE, "Aura Workflows (Demo)", "alice", "ABCD EFGH", "otpauth://totp/x"));

        MySetupDto body = (MySetupDto) resource.me(request).getEntity();

        assertEquals("ACTIVE", body.status());
        assertNull(body.manualKey());
        assertNull(body.otpauthUri());
    }

    @Test
    void qrCodeIsAnUncachedPngWhilePendingAnd404Otherwise() {
        signedIn("alice", false);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G'};
        when(service.qrPng("key-alice")).thenReturn(Optional.of(png));

        Response response = resource.qrCode(request);

        assertEquals(200, response.getStatus());
        assertEquals("image/png", response.getMediaType().toString());
        assertArrayEquals(png, (byte[]) response.getEntity());
        assertTrue(noStore(response));

        when(service.qrPng("key-alice")).thenReturn(Optional.empty());
        assertError(resource.qrCode(request), 404, "NOT_PENDING");
    }

    @Test
    void acceptedCodeAnswers200Active() {
        signedIn("alice", false);
        when(service.confirm(eq("key-alice"), eq("123456"), any())).thenReturn(CodeCheck.of(CodeCheck.Outcome.ACCEPTED));

        Response response = resource.confirm(request, new ConfirmRequest("123456"));

        assertEquals(200, response.getStatus());
        assertEquals("ACTIVE", ((ConfirmResultDto) response.getEntity()).status());
    }

    @Test
    void wrongExpiredOrReplayedCodeAnswers400InvalidCode() {
        signedIn("alice", false);
        when(service.confirm(eq("key-alice"), eq("000000"), any())).thenReturn(CodeCheck.of(CodeCheck.Outcome.INVALID_CODE));

        ErrorDto body = assertError(resource.confirm(request, new ConfirmRequest("000000")), 400, "INVALID_CODE");
        assertTrue(body.message().contains("wrong, expired or already used"));
    }

    @Test
    void missingBodyOrCodeAnswers400InvalidInputWithoutCallingTheService() {
        signedIn("alice", false);

        assertError(resource.confirm(request, null), 400, "INVALID_INPUT");
        assertError(resource.confirm(request, new ConfirmRequest(null)), 400, "INVALID_INPUT");
        verifyNoInteractions(service);
    }

    @Test
    void malformedCodeAnswers400InvalidInput() {
        signedIn("alice", false);
        when(service.confirm(eq("key-alice"), eq("12a456"), any())).thenReturn(CodeCheck.of(CodeCheck.Outcome.INVALID_INPUT));

        assertError(resource.confirm(request, new ConfirmRequest("12a456")), 400, "INVALID_INPUT");
    }

    @Test
    void confirmingWhenNotPendingAnswers409() {
        signedIn("alice", false);
        when(service.confirm(eq("key-alice"), eq("123456"), any())).thenReturn(CodeCheck.of(CodeCheck.Outcome.NOT_PENDING));

        assertError(resource.confirm(request, new ConfirmRequest("123456")), 409, "NOT_PENDING");
    }

    @Test
    void lockedAnswers429WithRetryAfterHeaderAndSeconds() {
        signedIn("alice", false);
        when(service.confirm(eq("key-alice"), eq("123456"), any())).thenReturn(new CodeCheck(CodeCheck.Outcome.LOCKED, 45));

        Response response = resource.confirm(request, new ConfirmRequest("123456"));

        ErrorDto body = assertError(response, 429, "LOCKED");
        assertEquals(45L, body.retryAfterSeconds());
        assertEquals("45", response.getHeaderString("Retry-After"));
        assertEquals("Too many wrong codes. Try again in 45 seconds, or ask a Confluence administrator to unlock your 2FA.", body.message());
    }

    @Test
    void confirmRequestNeverRevealsTheCodeInToString() {
        assertFalse(new ConfirmRequest("123456").toString().contains("123456"));
    }
}
