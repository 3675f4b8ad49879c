package app.auraworkflows.web;

import app.auraworkflows.confluence.AuraPermissions;
import app.auraworkflows.testing.BundleI18nResolver;
import app.auraworkflows.twofactor.CodeCheck;
import app.auraworkflows.twofactor.EnrolmentPage;
import app.auraworkflows.twofactor.EnrolmentService;
import app.auraworkflows.twofactor.MySetup;
import app.auraworkflows.twofactor.SetupStatus;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.net.URI;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * The access rules of the screen servlets (login redirect, admin check, WebSudo, XSRF, no-store) and
 * the setup screen's POST flow. Host services are Mockito mocks; permissions and messages are real.
 */
class AuraScreenServletTest {
    private final UserManager userManager = mock(UserManager.class);
    private final LoginUriProvider loginUriProvider = mock(LoginUriProvider.class);
    private final WebSudoManager webSudoManager = mock(WebSudoManager.class);
    private final XsrfTokenValidator xsrfTokenValidator = mock(XsrfTokenValidator.class);
    private final XsrfTokenAccessor xsrfTokenAccessor = mock(XsrfTokenAccessor.class);
    private final SoyPageRenderer renderer = mock(SoyPageRenderer.class);
    private final TimeZoneManager timeZones = mock(TimeZoneManager.class);
    private final EnrolmentService enrolmentService = mock(EnrolmentService.class);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);

    private TwoFactorAdminServlet adminServlet;
    private TwoFactorSetupServlet setupServlet;
    private final app.auraworkflows.confluence.ConfluencePages pages = mock(app.auraworkflows.confluence.ConfluencePages.class);
    private final app.auraworkflows.approval.PagePermissions pagePermissions = mock(app.auraworkflows.approval.PagePermissions.class);

    @BeforeEach
    void setUp() {
        ScreenSupport support = new ScreenSupport(new AuraPermissions(userManager, pagePermissions), loginUriProvider, webSudoManager,
                xsrfTokenValidator, xsrfTokenAccessor, renderer, new BundleI18nResolver(),
                new UserClock(timeZones, () -> java.time.Clock.fixed(java.time.Instant.parse("2026-12-03T09:27:00Z"),
                        java.time.ZoneOffset.UTC)));
        adminServlet = new TwoFactorAdminServlet(support, enrolmentService, mock(app.auraworkflows.twofactor.AuditRetention.class),
                java.time.Clock::systemUTC);
        setupServlet = new TwoFactorSetupServlet(support, enrolmentService, pages);
        when(request.getContextPath()).thenReturn("/confluence");
        when(request.getRequestURI()).thenReturn("/confluence/plugins/servlet/aura-workflows/2fa");
        when(xsrfTokenValidator.getXsrfParameterName()).thenReturn("atl_token");
        when(xsrfTokenAccessor.getXsrfToken(any(), any(), eq(true))).thenReturn("token");
        when(enrolmentService.list(any(), anyString(), any(), org.mockito.ArgumentMatchers.anyBoolean(), anyInt())).thenReturn(new EnrolmentPage(0, List.of()));
        when(timeZones.getUserTimeZone(any(UserKey.class))).thenReturn(java.util.TimeZone.getTimeZone("UTC"));
    }

    private void signedIn(String username, boolean admin) {
        UserKey key = new UserKey("key-" + username);
        UserProfile profile = mock(UserProfile.class);
        when(profile.getUsername()).thenReturn(username);
        when(userManager.getRemoteUserKey(request)).thenReturn(key);
        when(userManager.getUserProfile(key)).thenReturn(profile);
        when(userManager.isAdmin(key)).thenReturn(admin);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> renderedModel(String template, int status) throws Exception {
        ArgumentCaptor<Map<String, Object>> model = ArgumentCaptor.forClass(Map.class);
        verify(renderer).render(eq(response), eq(status), eq(template), model.capture(), any(String[].class));
        return model.getValue();
    }

    @Test
    void anonymousUserIsRedirectedToLoginWithTheContextRelativePathAndQuery() throws Exception {
        when(request.getMethod()).thenReturn("GET");
        when(request.getQueryString()).thenReturn("step=2");
        when(loginUriProvider.getLoginUri(any(URI.class))).thenReturn(URI.create("/confluence/login.action"));

        setupServlet.doGet(request, response);

        verify(loginUriProvider).getLoginUri(URI.create("/plugins/servlet/aura-workflows/2fa?step=2"));
        verify(response).sendRedirect("/confluence/login.action");
        verifyNoInteractions(enrolmentService);
    }

    @Test
    void loginReturnUriIsNeverAbsoluteAndKeepsOnlyAGetsQuery() {
        when(request.getMethod()).thenReturn("POST");
        when(request.getQueryString()).thenReturn("step=2");
        assertEquals(URI.create("/plugins/servlet/aura-workflows/2fa"), AuraScreenServlet.currentUri(request));

        when(request.getMethod()).thenReturn("GET");
        when(request.getContextPath()).thenReturn("");
        when(request.getRequestURI()).thenReturn("/plugins/servlet/aura-workflows/admin/2fa/audit");
        when(request.getQueryString()).thenReturn("user=al%20x&outcome=USER_ADDED");
        URI uri = AuraScreenServlet.currentUri(request);
        assertEquals("/plugins/servlet/aura-workflows/admin/2fa/audit?user=al%20x&outcome=USER_ADDED", uri.toString());
        assertFalse(uri.isAbsolute());
        assertEquals(null, uri.getHost());
    }

    @Test
    void everyScreenResponseIsMarkedNoStore() throws Exception {
        signedIn("alice", false);
        when(enrolmentService.mySetup("key-alice")).thenReturn(new MySetup(SetupStatus.NOT_ENABLED, "i", "alice", null, null));

        setupServlet.doGet(request, response);

        verify(response).setHeader("Cache-Control", "no-store");
    }

    @Test
    void nonAdministratorGetsNotPermittedPageWith403OnAdminScreen() throws Exception {
        signedIn("bob", false);

        adminServlet.doGet(request, response);

        Map<String, Object> model = renderedModel(WebModules.TEMPLATE_MESSAGE_PAGE, 403);
        assertEquals("Not permitted", model.get("title"));
        verifyNoInteractions(webSudoManager, enrolmentService);
    }

    @Test
    void administratorWithoutWebSudoSessionIsSentToReauthenticate() throws Exception {
        signedIn("admin", true);
        when(webSudoManager.canExecuteRequest(request)).thenReturn(false);

        adminServlet.doGet(request, response);

        verify(webSudoManager).enforceWebSudoProtection(request, response);
        verifyNoInteractions(enrolmentService);
        verify(renderer, never()).render(any(), anyInt(), anyString(), anyMap(), any(String[].class));
    }

    @Test
    void administratorWhoseWebSudoSessionIsRejectedIsSentToReauthenticate() throws Exception {
        signedIn("admin", true);
        when(webSudoManager.canExecuteRequest(request)).thenReturn(true);
        doThrow(new WebSudoSessionException()).when(webSudoManager).willExecuteWebSudoRequest(request);

        adminServlet.doGet(request, response);

        verify(webSudoManager).enforceWebSudoProtection(request, response);
        verifyNoInteractions(enrolmentService);
    }

    @Test
    void administratorWithWebSudoSeesAdminScreen() throws Exception {
        signedIn("admin", true);
        when(webSudoManager.canExecuteRequest(request)).thenReturn(true);

        adminServlet.doGet(request, response);

        verify(webSudoManager).willExecuteWebSudoRequest(request);
        Map<String, Object> model = renderedModel(WebModules.TEMPLATE_ADMIN_PAGE, 200);
        assertEquals("atl.admin", model.get("decorator"));
    }

    @Test
    void userScreenDoesNotRequireWebSudo() throws Exception {
        signedIn("alice", false);
        when(enrolmentService.mySetup("key-alice")).thenReturn(new MySetup(SetupStatus.NOT_ENABLED, "i", "alice", null, null));

        setupServlet.doGet(request, response);

        verifyNoInteractions(webSudoManager);
        assertEquals(true, renderedModel(WebModules.TEMPLATE_SETUP_PAGE, 200).get("notEnabled"));
    }

    @Test
    void postWithoutValidXsrfTokenIsRefusedWith403AndChangesNothing() throws Exception {
        signedIn("alice", false);
        when(request.getMethod()).thenReturn("POST");
        when(request.getParameter("code")).thenReturn("123456");
        when(xsrfTokenValidator.validateFormEncodedToken(request)).thenReturn(false);

        setupServlet.doPost(request, response);

        Map<String, Object> model = renderedModel(WebModules.TEMPLATE_MESSAGE_PAGE, 403);
        assertEquals("Request could not be verified", model.get("title"));
        verify(enrolmentService, never()).confirm(anyString(), anyString(), any());
    }

    @Test
    void validExpirySettingIsSavedAndRedirectsBackToTheAdminScreen() throws Exception {
        signedIn("admin", true);
        when(webSudoManager.canExecuteRequest(request)).thenReturn(true);
        when(xsrfTokenValidator.validateFormEncodedToken(request)).thenReturn(true);
        when(request.getParameter("pendingExpiryDays")).thenReturn("3");
        when(enrolmentService.setPendingExpiryDays("3")).thenReturn(true);

        adminServlet.doPost(request, response);

        verify(enrolmentService).setPendingExpiryDays("3");
        verify(response).setStatus(303);
    }

    @Test
    void expirySettingIsNotSavedWithoutAValidXsrfToken() throws Exception {
        signedIn("admin", true);
        when(webSudoManager.canExecuteRequest(request)).thenReturn(true);
        when(xsrfTokenValidator.validateFormEncodedToken(request)).thenReturn(false);
        when(request.getParameter("pendingExpiryDays")).thenReturn("3");

        adminServlet.doPost(request, response);

        verify(enrolmentService, never()).setPendingExpiryDays(anyString());
    }

    @Test
    void validCodeRedirectsToTheScreenWhichThenShowsSetupComplete() throws Exception {
        signedIn("alice", false);
        when(xsrfTokenValidator.validateFormEncodedToken(request)).thenReturn(true);
        when(request.getParameter("code")).thenReturn(" 123456 ");
        when(enrolmentService.confirm(eq("key-alice"), eq("123456"), any())).thenReturn(CodeCheck.of(CodeCheck.Outcome.ACCEPTED));

        setupServlet.doPost(request, response);

        verify(response).setStatus(303);
        verify(response).setHeader("Location", "/confluence/plugins/servlet/aura-workflows/2fa");
    }

    @Test
    void aValidCodeFromAReviewsSetupLinkRedirectsWithThePageToReturnToOnlyWhenTheUserCanViewIt() throws Exception {
        signedIn("alice", false);
        when(xsrfTokenValidator.validateFormEncodedToken(request)).thenReturn(true);
        when(request.getParameter("code")).thenReturn("123456");
        when(enrolmentService.confirm(eq("key-alice"), eq("123456"), any())).thenReturn(CodeCheck.of(CodeCheck.Outcome.ACCEPTED));
        when(pages.find(42L)).thenReturn(java.util.Optional.of(new app.auraworkflows.confluence.ConfluencePages.PageFacts(42L,
                "SOP-101", "DEMO", "/display/DEMO/SOP-101", 3)));
        when(pagePermissions.canView(42L, "key-alice")).thenReturn(true);
        when(pages.find(44L)).thenReturn(java.util.Optional.of(new app.auraworkflows.confluence.ConfluencePages.PageFacts(44L,
                "Board minutes", "BOARD", "/display/BOARD/Board+minutes", 1))); // alice may not view it

        when(request.getParameter("returnTo")).thenReturn("42");
        setupServlet.doPost(request, response);
        verify(response).setHeader("Location", "/confluence/plugins/servlet/aura-workflows/2fa?returnTo=42");

        for (String ignored : List.of("43", "44", "https://evil.example/", "//evil.example", "42x", "-42", "1234567890123456789")) {
            org.mockito.Mockito.clearInvocations(response);
            when(request.getParameter("returnTo")).thenReturn(ignored);
            setupServlet.doPost(request, response);
            verify(response).setHeader("Location", "/confluence/plugins/servlet/aura-workflows/2fa");
        }
    }

    @Test
    void wrongCodeKeepsUserOnStepTwoWithMessageAndNoSecret() throws Exception {
        signedIn("alice", false);
        when(xsrfTokenValidator.validateFormEncodedToken(request)).thenReturn(true);
        when(request.getParameter("code")).thenReturn("000000");
        when(enrolmentService.confirm(eq("key-alice"), eq("000000"), any())).thenReturn(CodeCheck.of(CodeCheck.Outcome.INVALID_CODE));
        when(enrolmentService.mySetup("key-alice"))
                .thenReturn(new MySetup(SetupStatus.PENDING, "Aura Workflows (X)", "alice", "ABCD EFGH", "otpauth://x"));

        setupServlet.doPost(request, response);

        Map<String, Object> model = renderedModel(WebModules.TEMPLATE_SETUP_PAGE, 200);
        assertEquals(true, model.get("step2"));
        assertEquals(false, model.get("step1"));
        assertEquals("", model.get("manualKey"));
        assertTrue(((String) model.get("errorMessage")).startsWith("That code is not valid."));
        assertEquals("token", model.get("xsrfToken"));
    }

    @Test
    void lockedUserIsToldHowLongToWait() throws Exception {
        signedIn("alice", false);
        when(xsrfTokenValidator.validateFormEncodedToken(request)).thenReturn(true);
        when(request.getParameter("code")).thenReturn("000000");
        when(enrolmentService.confirm(eq("key-alice"), eq("000000"), any())).thenReturn(new CodeCheck(CodeCheck.Outcome.LOCKED, 290));
        when(enrolmentService.mySetup("key-alice"))
                .thenReturn(new MySetup(SetupStatus.PENDING, "Aura Workflows (X)", "alice", "ABCD EFGH", "otpauth://x"));

        setupServlet.doPost(request, response);

        assertEquals("Too many wrong codes. Try again in 5 minutes, at 09:31 UTC, or ask a Confluence administrator to"
                        + " unlock your 2FA.",
                renderedModel(WebModules.TEMPLATE_SETUP_PAGE, 200).get("errorMessage"));
    }

    @Test
    void missingCodeIsPassedAsEmptyAndAnsweredWithTheFormatMessage() throws Exception {
        signedIn("alice", false);
        when(xsrfTokenValidator.validateFormEncodedToken(request)).thenReturn(true);
        when(enrolmentService.confirm(eq("key-alice"), eq(""), any())).thenReturn(CodeCheck.of(CodeCheck.Outcome.INVALID_INPUT));
        when(enrolmentService.mySetup("key-alice"))
                .thenReturn(new MySetup(SetupStatus.PENDING, "Aura Workflows (X)", "alice", "ABCD EFGH", "otpauth://x"));

        setupServlet.doPost(request, response);

        assertEquals("Enter the six-digit code using the digits 0 to 9.",
                renderedModel(WebModules.TEMPLATE_SETUP_PAGE, 200).get("errorMessage"));
    }

    @Test
    void codeForASetupThatIsNoLongerPendingRedirectsToTheScreen() throws Exception {
        signedIn("alice", false);
        when(xsrfTokenValidator.validateFormEncodedToken(request)).thenReturn(true);
        when(request.getParameter("code")).thenReturn("123456");
        when(enrolmentService.confirm(eq("key-alice"), eq("123456"), any())).thenReturn(CodeCheck.of(CodeCheck.Outcome.NOT_PENDING));

        setupServlet.doPost(request, response);

        verify(response).setStatus(303);
    }
}
