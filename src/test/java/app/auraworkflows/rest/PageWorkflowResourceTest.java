package app.auraworkflows.rest;

import app.auraworkflows.approval.Actor;
import app.auraworkflows.approval.ApplyResult;
import app.auraworkflows.approval.GuardRefusal;
import app.auraworkflows.approval.HistoryPage;
import app.auraworkflows.approval.PageWorkflowService;
import app.auraworkflows.approval.PageWorkflowStatus;
import app.auraworkflows.approval.ReviewOutcome;
import app.auraworkflows.approval.ReviewRequest;
import app.auraworkflows.approval.ReviewResult;
import app.auraworkflows.approval.ReviewService;
import app.auraworkflows.approval.SelectionResult;
import app.auraworkflows.approval.StateView;
import app.auraworkflows.confluence.ConfluencePages;
import app.auraworkflows.confluence.ConfluencePagePermissions;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.ArgumentCaptor;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** The page workflow resource: guard clauses and how every engine outcome maps to an HTTP status and code. */
class PageWorkflowResourceTest extends RestTestSupport {
    private static final long PAGE = 42;
    private static final StateView DRAFT = new StateView("draft", "Draft", null, false);

    private final PageWorkflowService pageWorkflows = mock(PageWorkflowService.class);
    private final ReviewService reviews = mock(ReviewService.class);
    // The review's guard reads the page and asks its VIEW right through Confluence's own managers (mocked here).
    private final PageManager pageManager = mock(PageManager.class);
    private final PermissionManager permissionManager = mock(PermissionManager.class);
    private final UserAccessor userAccessor = mock(UserAccessor.class);
    private final ConfluencePages pages = new ConfluencePages(pageManager,
            new ConfluencePagePermissions(pageManager, permissionManager, userAccessor, userManager));
    private final PageWorkflowResource resource =
            new PageWorkflowResource(pageWorkflows, reviews, pages, permissions,
                    mock(app.auraworkflows.twofactor.TwoFactorReadiness.class), errors,
                    new app.auraworkflows.approval.ApprovalStanding(
                            mock(app.auraworkflows.approval.HistoryRepository.class)));

    private void aliceViews() {
        signedIn("alice", false);
        when(pagePermissions.canView(PAGE, "key-alice")).thenReturn(true);
        Page page = new Page();
        page.setId(PAGE);
        page.setVersion(3);
        page.setBodyAsString("<p>text</p>");
        ConfluenceUser alice = mock(ConfluenceUser.class);
        when(pageManager.getAbstractPage(PAGE)).thenReturn(page);
        when(userAccessor.getUserByKey(new UserKey("key-alice"))).thenReturn(alice);
        when(permissionManager.hasPermission(alice, Permission.VIEW, page)).thenReturn(true);
    }

    private static PageWorkflowStatus status() {
        return new PageWorkflowStatus(PAGE, 7, "Basic Approval", DRAFT, null, List.of(), null, List.of(), false,
                null, true);
    }

    @Test
    void resourceHasAnExplicitAccessAnnotation() {
        assertNotNull(PageWorkflowResource.class.getAnnotation(LicensedOnly.class));
        assertNotNull(TasksResource.class.getAnnotation(LicensedOnly.class));
    }

    @Test
    void anonymousGets401AndNothingIsAsked() {
        assertError(resource.status(request, "42"), 401, "UNAUTHORIZED");
        assertError(resource.apply(request, "42", new WorkflowRequests.Apply(7L)), 401, "UNAUTHORIZED");
        assertError(resource.review(request, "42", new WorkflowRequests.Review("APPROVE", null, 1, null, null)), 401, "UNAUTHORIZED");
        assertError(resource.select(request, "42", new WorkflowRequests.Select("submit")), 401, "UNAUTHORIZED");
        assertError(resource.history(request, "42", null, null), 401, "UNAUTHORIZED");
        assertError(resource.remove(request, "42"), 401, "UNAUTHORIZED");
        verifyNoInteractions(pageWorkflows, reviews);
    }

    @Test
    void unviewableMissingAndMalformedPagesAre404() {
        signedIn("dave", false);
        for (String id : List.of("42", "0", "-1", "abc", "")) {
            assertError(resource.status(request, id), 404, "PAGE_NOT_FOUND");
            assertError(resource.review(request, id, new WorkflowRequests.Review("APPROVE", null, 1, null, null)), 404,
                    "PAGE_NOT_FOUND");
        }
        verifyNoInteractions(pageWorkflows, reviews);
    }

    @Test
    void statusIs404NoWorkflowOr200() {
        aliceViews();
        when(pageWorkflows.status(eq(PAGE), any())).thenReturn(Optional.empty());
        assertError(resource.status(request, "42"), 404, "NO_WORKFLOW");

        when(pageWorkflows.status(eq(PAGE), any())).thenReturn(Optional.of(status()));
        Response ok = resource.status(request, "42");
        assertEquals(200, ok.getStatus());
        PageWorkflowDto body = assertInstanceOf(PageWorkflowDto.class, ok.getEntity());
        assertEquals("draft", body.state().key());
        assertEquals(7, body.workflowId());
    }

    @ParameterizedTest
    @CsvSource({"NOT_PERMITTED,403,NOT_PERMITTED", "WORKFLOW_NOT_FOUND,404,WORKFLOW_NOT_FOUND",
            "ALREADY_APPLIED,409,ALREADY_APPLIED"})
    void applyRefusalsMapToStatuses(ApplyResult.Outcome outcome, int status, String code) {
        aliceViews();
        when(pageWorkflows.apply(eq(PAGE), eq(7L), any())).thenReturn(new ApplyResult(outcome, null));
        assertError(resource.apply(request, "42", new WorkflowRequests.Apply(7L)), status, code);
    }

    @Test
    void applyIs201WithTheStatusAnd400WithoutAWorkflowId() {
        aliceViews();
        assertError(resource.apply(request, "42", new WorkflowRequests.Apply(null)), 400, "INVALID_INPUT");
        assertError(resource.apply(request, "42", null), 400, "INVALID_INPUT");

        when(pageWorkflows.apply(eq(PAGE), eq(7L), any())).thenReturn(new ApplyResult(ApplyResult.Outcome.APPLIED, DRAFT));
        when(pageWorkflows.status(eq(PAGE), any())).thenReturn(Optional.of(status()));
        Response created = resource.apply(request, "42", new WorkflowRequests.Apply(7L));
        assertEquals(201, created.getStatus());
        assertInstanceOf(PageWorkflowDto.class, created.getEntity());
    }

    @ParameterizedTest
    @CsvSource({"INVALID_INPUT,400,INVALID_INPUT", "NO_PENDING_APPROVAL,409,NO_PENDING_APPROVAL",
            "STALE_ROUND,409,STALE_ROUND", "NOT_A_REVIEWER,403,NOT_A_REVIEWER",
            "TWO_FACTOR_REQUIRED,400,CODE_REQUIRED"})
    void reviewRefusalsMapToStatuses(ReviewOutcome outcome, int status, String code) {
        aliceViews();
        when(reviews.review(any())).thenReturn(new ReviewResult(outcome, false, DRAFT, 1, 0, 0));
        assertError(resource.review(request, "42", new WorkflowRequests.Review("APPROVE", null, 1, null, null)), status, code);
    }

    @Test
    void removalIs204Or403NotPermittedOr404NoWorkflowAndAnUnviewablePageIs404() {
        aliceViews();
        when(pageWorkflows.remove(eq(PAGE), any())).thenReturn(app.auraworkflows.approval.RemovalOutcome.REMOVED);
        assertEquals(204, resource.remove(request, "42").getStatus());
        when(pageWorkflows.remove(eq(PAGE), any())).thenReturn(app.auraworkflows.approval.RemovalOutcome.NOT_PERMITTED);
        assertError(resource.remove(request, "42"), 403, "NOT_PERMITTED");
        when(pageWorkflows.remove(eq(PAGE), any())).thenReturn(app.auraworkflows.approval.RemovalOutcome.NO_WORKFLOW);
        assertError(resource.remove(request, "42"), 404, "NO_WORKFLOW");
        assertError(resource.remove(request, "abc"), 404, "PAGE_NOT_FOUND");
    }

    @Test
    void aSelfReviewIs403SelfReview() {
        aliceViews();
        when(reviews.review(any())).thenReturn(new ReviewResult(ReviewOutcome.SELF_REVIEW, false, DRAFT, 1, 0, 0));
        assertError(resource.review(request, "42", new WorkflowRequests.Review("APPROVE", null, 1, null, null)), 403,
                "SELF_REVIEW");
    }

    @Test
    void aGuardRefusalCarriesTheGuardsCodeAndALockoutIs429() {
        aliceViews();
        when(reviews.review(any())).thenReturn(
                new ReviewResult(ReviewOutcome.REFUSED_BY_GUARD, false, DRAFT, 1, 0, 0, GuardRefusal.INVALID_CODE, java.time.Duration.ZERO, false, -1));
        assertError(resource.review(request, "42", new WorkflowRequests.Review("APPROVE", null, 1, "000000", null)), 400,
                "INVALID_CODE");

        when(reviews.review(any())).thenReturn(
                new ReviewResult(ReviewOutcome.REFUSED_BY_GUARD, false, DRAFT, 1, 0, 0, GuardRefusal.LOCKED, java.time.Duration.ofSeconds(90), false, -1));
        Response locked = resource.review(request, "42", new WorkflowRequests.Review("APPROVE", null, 1, "000000", null));
        ErrorDto body = assertError(locked, 429, "LOCKED");
        assertEquals(90L, body.retryAfterSeconds());
        assertEquals("90", locked.getHeaderString("Retry-After"));
    }

    @ParameterizedTest
    @CsvSource({"TWO_FACTOR_NOT_ACTIVE,403,TWO_FACTOR_NOT_ACTIVE", "CODE_REQUIRED,400,CODE_REQUIRED",
            "INVALID_INPUT,400,INVALID_INPUT", "INVALID_CODE,400,INVALID_CODE", ",400,REFUSED"})
    void eachGuardRefusalHasItsStatusAndItsNameAsTheWireCode(GuardRefusal refusal, int status, String code) {
        aliceViews();
        when(reviews.review(any())).thenReturn(new ReviewResult(ReviewOutcome.REFUSED_BY_GUARD, false, DRAFT, 1, 0, 0,
                refusal, java.time.Duration.ZERO, false, -1));
        Response response = resource.review(request, "42", new WorkflowRequests.Review("APPROVE", null, 1, "1", null));
        ErrorDto body = assertError(response, status, code);
        assertNull(body.retryAfterSeconds());
        assertNull(response.getHeaderString("Retry-After"));
    }

    @Test
    void aRecordedReviewIs200AndTheCodeAndActorArePassedThrough() {
        aliceViews();
        StateView published = new StateView("published", "Published", null, true);
        when(reviews.review(any())).thenReturn(
                new ReviewResult(ReviewOutcome.RECORDED, true, published, 1, 1, 0));

        Response ok = resource.review(request, "42", new WorkflowRequests.Review("APPROVE", "ok", 1, "123456", null));

        assertEquals(200, ok.getStatus());
        ReviewResultDto body = assertInstanceOf(ReviewResultDto.class, ok.getEntity());
        assertTrue(body.recorded());
        assertTrue(body.transitioned());
        assertEquals("published", body.state().key());
        ArgumentCaptor<ReviewRequest> sent = ArgumentCaptor.forClass(ReviewRequest.class);
        verify(reviews).review(sent.capture());
        assertEquals("123456", sent.getValue().twoFactorCode());
        assertEquals(new Actor("key-alice", "alice", null), sent.getValue().actor());
        assertEquals(1, sent.getValue().round());
        // the version and fingerprint of the page the right was asked on, and the service told not to ask it again
        assertEquals(3, sent.getValue().pageVersion());
        // sha256sum of "<p>text</p>"
        assertEquals("8494656ca1fc8ca36a63af2fce8a0b70774464b2a0125cd63e60da0acbb1d071", sent.getValue().contentSha256());
        assertTrue(sent.getValue().viewChecked());
        verify(pagePermissions, org.mockito.Mockito.never()).canView(anyLong(), any());
    }

    @ParameterizedTest
    @CsvSource({"NOT_PERMITTED,403,NOT_PERMITTED", "NO_WORKFLOW,404,NO_WORKFLOW",
            "UNKNOWN_TRANSITION,409,TRANSITION_NOT_AVAILABLE"})
    void selectionRefusalsMapToStatuses(SelectionResult.Outcome outcome, int status, String code) {
        aliceViews();
        when(pageWorkflows.select(eq(PAGE), eq("submit"), any())).thenReturn(new SelectionResult(outcome, null));
        assertError(resource.select(request, "42", new WorkflowRequests.Select("submit")), status, code);
    }

    @Test
    void selectionIs200AndNeedsAKey() {
        aliceViews();
        assertError(resource.select(request, "42", new WorkflowRequests.Select(" ")), 400, "INVALID_INPUT");
        when(pageWorkflows.select(eq(PAGE), eq("submit"), any()))
                .thenReturn(new SelectionResult(SelectionResult.Outcome.TRANSITIONED, DRAFT));
        when(pageWorkflows.status(eq(PAGE), any())).thenReturn(Optional.of(status()));
        assertEquals(200, resource.select(request, "42", new WorkflowRequests.Select("submit")).getStatus());
    }

    @Test
    void historyValidatesPagingAndAnswers200() {
        aliceViews();
        for (String[] bad : new String[][]{{"-1", null}, {"x", null}, {null, "0"}, {null, "101"}, {null, "y"}}) {
            assertError(resource.history(request, "42", bad[0], bad[1]), 400, "INVALID_INPUT");
        }
        when(pageWorkflows.status(eq(PAGE), any())).thenReturn(Optional.empty());
        when(pageWorkflows.history(anyLong(), anyInt(), anyInt())).thenReturn(new HistoryPage(List.of(), 0, 0, 20));
        Response ok = resource.history(request, "42", null, null);
        assertEquals(200, ok.getStatus());
        verify(pageWorkflows).history(PAGE, 0, PageWorkflowResource.DEFAULT_HISTORY_LIMIT);
    }

    @Test
    void tasksAre401AnonymousAnd200SignedInAndPageAfterAPosition() {
        TasksResource tasks = new TasksResource(pageWorkflows, pages, permissions, errors);
        assertError(tasks.tasks(request, null, null), 401, "UNAUTHORIZED");
        signedIn("carol", false);
        app.auraworkflows.approval.PageInstanceRepository.OpenRoundRef next =
                new app.auraworkflows.approval.PageInstanceRepository.OpenRoundRef(7, 2, java.time.Instant.ofEpochMilli(5_000));
        when(pageWorkflows.openTasks(any(), any(), anyInt()))
                .thenReturn(new app.auraworkflows.approval.PageWorkflowService.TaskPage(List.of(), next));
        Response ok = tasks.tasks(request, null, null);
        assertEquals(200, ok.getStatus());
        assertEquals(List.of(), assertInstanceOf(TaskDto.class, ok.getEntity()).tasks());
        assertEquals("7-2-5000", assertInstanceOf(TaskDto.class, ok.getEntity()).next());
        verify(pageWorkflows).openTasks(any(), org.mockito.ArgumentMatchers.isNull(),
                org.mockito.ArgumentMatchers.eq(app.auraworkflows.approval.PageWorkflowService.TASK_PAGE));
        tasks.tasks(request, "7-2-5000", "10");
        verify(pageWorkflows).openTasks(any(), org.mockito.ArgumentMatchers.eq(next), org.mockito.ArgumentMatchers.eq(10));
        assertError(tasks.tasks(request, "7-2", null), 400, "INVALID_INPUT");
        assertError(tasks.tasks(request, null, "0"), 400, "INVALID_INPUT");
    }
}
