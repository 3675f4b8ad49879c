package app.auraworkflows.rest;

import app.auraworkflows.confluence.AuraPermissions;
import app.auraworkflows.testing.BundleI18nResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Shared set-up of the REST resource tests: a mocked SAL UserManager behind the real permissions. */
abstract class RestTestSupport {
    final UserManager userManager = mock(UserManager.class);
    final HttpServletRequest request = mock(HttpServletRequest.class);
    final app.auraworkflows.approval.PagePermissions pagePermissions = mock(app.auraworkflows.approval.PagePermissions.class);
    final AuraPermissions permissions = new AuraPermissions(userManager, pagePermissions);
    final BundleI18nResolver i18n = new BundleI18nResolver();
    /** "Now" for messages that tell a time of day: 09:27 UTC. */
    static final java.time.Instant NOW = java.time.Instant.parse("2026-12-03T09:27:00Z");
    final RestErrors errors = new RestErrors(i18n, app.auraworkflows.testing.FixedUserClock.at(NOW,
            java.time.ZoneOffset.UTC));

    void signedIn(String username, boolean admin) {
        UserKey key = new UserKey("key-" + username);
        UserProfile profile = mock(UserProfile.class);
        when(profile.getUsername()).thenReturn(username);
        when(userManager.getRemoteUserKey(request)).thenReturn(key);
        when(userManager.getUserProfile(key)).thenReturn(profile);
        when(userManager.isAdmin(key)).thenReturn(admin);
    }

    static ErrorDto assertError(Response response, int status, String code) {
        assertEquals(status, response.getStatus());
        ErrorDto body = assertInstanceOf(ErrorDto.class, response.getEntity());
        assertEquals(code, body.error());
        return body;
    }
}
