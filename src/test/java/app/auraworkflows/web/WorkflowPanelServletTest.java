package app.auraworkflows.web;

import app.auraworkflows.approval.PagePermissions;
import app.auraworkflows.approval.PageWorkflowService;
import app.auraworkflows.approval.PageWorkflowStatus;
import app.auraworkflows.approval.StateView;
import app.auraworkflows.confluence.AuraPermissions;
import app.auraworkflows.confluence.ConfluencePages;
import app.auraworkflows.testing.SoyTestRenderer;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import com.atlassian.soy.renderer.SoyTemplateRenderer;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The page-panel servlet renders the workflow panel's fragment from exactly what Confluence gives it: the page id
 * from the request ({@code ?pageId=}, as the byline script sends it) and the context path from
 * {@code ApplicationProperties.getBaseUrl(RELATIVE)}; no web-interface context. Host services are Mockito mocks;
 * the Soy template is the real one.
 */
class WorkflowPanelServletTest {
    private static final long PAGE = 42;
    private static SoyTestRenderer templates;

    private final UserManager userManager = mock(UserManager.class);
    private final PagePermissions pagePermissions = mock(PagePermissions.class);
    private final PageWorkflowService pageWorkflows = mock(PageWorkflowService.class);
    private final ConfluencePages pages = mock(ConfluencePages.class);
    private final SoyTemplateRenderer soy = mock(SoyTemplateRenderer.class);
    private final ApplicationProperties applicationProperties = mock(ApplicationProperties.class);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private WorkflowPanelServlet servlet;

    @BeforeAll
    static void compileTemplates() {
        templates = new SoyTestRenderer("/templates/workflow-pages.soy");
    }

    @BeforeEach
    void setUp() throws Exception {
        servlet = new WorkflowPanelServlet(pageWorkflows, new AuraPermissions(userManager, pagePermissions), pages, soy,
                applicationProperties, new app.auraworkflows.approval.ApprovalStanding(
                        mock(app.auraworkflows.approval.HistoryRepository.class)),
                new app.auraworkflows.twofactor.TwoFactorFixture().readiness,
                app.auraworkflows.testing.FixedUserClock.at(java.time.Instant.EPOCH, java.time.ZoneId.of("Europe/Berlin")));
        when(soy.render(eq(WebModules.SOY_TEMPLATES), anyString(), anyMap())).thenAnswer(call ->
                templates.render(call.getArgument(1), call.getArgument(2)));
        when(response.getOutputStream()).thenReturn(new ServletOutputStream() {
            @Override public boolean isReady() { return true; }
            @Override public void setWriteListener(WriteListener listener) { }
            @Override public void write(int b) { body.write(b); }
        });
        when(request.getParameter("pageId")).thenReturn(String.valueOf(PAGE));
        when(pages.find(PAGE)).thenReturn(Optional.of(new ConfluencePages.PageFacts(PAGE, "Travel", "DEMO",
                "/display/DEMO/Travel", 3)));
        contextPath("/confluence");
    }

    /** Confluence at {@code path}: the request and SAL agree on it, as they do in Confluence. */
    private void contextPath(String path) {
        when(request.getContextPath()).thenReturn(path);
        when(applicationProperties.getBaseUrl(UrlMode.RELATIVE)).thenReturn(path);
    }

    private void signedIn(String username, boolean canView, boolean canEdit) {
        UserKey key = new UserKey("key-" + username);
        UserProfile profile = mock(UserProfile.class);
        when(profile.getUsername()).thenReturn(username);
        when(profile.getFullName()).thenReturn(username);
        when(userManager.getRemoteUserKey(request)).thenReturn(key);
        when(userManager.getUserProfile(key)).thenReturn(profile);
        when(pagePermissions.canView(PAGE, key.getStringValue())).thenReturn(canView);
        when(pagePermissions.canEdit(PAGE, key.getStringValue())).thenReturn(canEdit);
    }

    private static PageWorkflowStatus inReview() {
        return new PageWorkflowStatus(PAGE, 7, "Basic Approval", new StateView("in-review", "In Review", "#0052CC", false),
                null, List.of(), null, List.of(), false, null, false);
    }

    private String html() {
        return body.toString(StandardCharsets.UTF_8);
    }

    private static String attribute(String html, String name) {
        int start = html.indexOf(name + "=\"");
        assertTrue(start >= 0, name + " in " + html);
        start += name.length() + 2;
        return html.substring(start, html.indexOf('"', start));
    }

    @ParameterizedTest(name = "context path \"{0}\"")
    @ValueSource(strings = {"", "/confluence", "/wiki"})
    void theFragmentsRestBaseAndSetupLinkStartWithTheContextPathConfluenceRunsAt(String path) throws Exception {
        contextPath(path);
        signedIn("alice", true, false);
        when(pageWorkflows.status(eq(PAGE), any())).thenReturn(Optional.of(inReview()));

        servlet.doGet(request, response);

        verify(response).setStatus(200);
        String html = html();
        assertEquals(path + "/rest/aura-workflows/1.0", attribute(html, "data-rest-base"));
        assertEquals(path + "/plugins/servlet/aura-workflows/2fa", attribute(html, "data-setup-url"));
        assertEquals(String.valueOf(PAGE), attribute(html, "data-page-id"));
        assertEquals("3", attribute(html, "data-page-version"), "the current version, from PageManager");
        assertEquals("Europe/Berlin", attribute(html, "data-time-zone"), "the viewer's profile zone, for the history's times");
        assertTrue(html.contains("id=\"aura-wf-toggle\""), html);
    }

    @Test
    void theFragmentIsUndecoratedHtmlThatIsNeverCached() throws Exception {
        signedIn("erin", true, true);
        when(pageWorkflows.status(eq(PAGE), any())).thenReturn(Optional.empty());

        servlet.doGet(request, response);

        verify(response).setContentType("text/html;charset=UTF-8");
        verify(response).setHeader("Cache-Control", "no-store");
        String html = html();
        assertTrue(html.startsWith("<div id=\"aura-workflow-panel\""), html);
        assertTrue(html.contains("id=\"aura-wf-add-button\""), "an editor of a page without a workflow may add one");
        assertFalse(html.contains("decorator"), "a fragment, not a page for Confluence's decorator");
    }

    @Test
    void anonymousViewersGetNothing() throws Exception {
        servlet.doGet(request, response);

        verify(response).setStatus(204);
        assertEquals("", html());
        verify(pageWorkflows, never()).status(anyLong(), any());
    }

    @Test
    void aReaderOfAPageWithoutAWorkflowGetsNoContent() throws Exception {
        signedIn("erin", true, false);
        when(pageWorkflows.status(eq(PAGE), any())).thenReturn(Optional.empty());

        servlet.doGet(request, response);

        verify(response).setStatus(204);
        assertEquals("", html());
    }

    @Test
    void aPageTheViewerCannotSeeMissingPagesAndBadIdsAreNotFound() throws Exception {
        signedIn("dave", false, false);
        servlet.doGet(request, response);

        when(request.getParameter("pageId")).thenReturn("99");
        servlet.doGet(request, response);

        when(request.getParameter("pageId")).thenReturn("x<script>");
        servlet.doGet(request, response);

        verify(response, org.mockito.Mockito.times(3)).sendError(404);
        assertEquals("", html());
        verify(pageWorkflows, never()).status(anyLong(), any());
    }
}
