package app.auraworkflows.rest;

import app.auraworkflows.approval.Actor;
import app.auraworkflows.approval.ApplyResult;
import app.auraworkflows.approval.ApprovalStanding;
import app.auraworkflows.approval.GuardRefusal;
import app.auraworkflows.approval.PageWorkflowService;
import app.auraworkflows.approval.PageWorkflowStatus;
import app.auraworkflows.approval.RemovalOutcome;
import app.auraworkflows.approval.ReviewRequest;
import app.auraworkflows.approval.ReviewResult;
import app.auraworkflows.approval.ReviewService;
import app.auraworkflows.approval.ReviewerStatus;
import app.auraworkflows.approval.SelectionResult;
import app.auraworkflows.confluence.AuraPermissions;
import app.auraworkflows.confluence.ConfluencePages;
import app.auraworkflows.twofactor.SetupStatus;
import app.auraworkflows.twofactor.TwoFactorReadiness;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Role: REST resource of a page's workflow ({@code /rest/aura-workflows/1.0/pages/{pageId}/...}): apply or remove a
 * workflow, read the panel's status, review, take a selection transition, read the history.
 *
 * <p>Thin on purpose: guard clauses (signed in, page viewable, input present) and the mapping of the
 * engine's outcomes to HTTP statuses; every rule lives in {@link PageWorkflowService} and
 * {@link ReviewService}, which enforce it whatever the client is. A page the caller cannot view answers
 * 404, exactly like a missing or malformed page id, so the API never reveals that a page exists.
 */
@Path("/pages/{pageId}")
@LicensedOnly
public class PageWorkflowResource {
    static final String PAGE_NOT_FOUND = "PAGE_NOT_FOUND";
    static final String NO_WORKFLOW = "NO_WORKFLOW";
    static final String NOT_PERMITTED = "NOT_PERMITTED";
    static final String WORKFLOW_NOT_FOUND = "WORKFLOW_NOT_FOUND";
    static final String ALREADY_APPLIED = "ALREADY_APPLIED";
    static final String NOT_A_REVIEWER = "NOT_A_REVIEWER";
    static final String NO_PENDING_APPROVAL = "NO_PENDING_APPROVAL";
    static final String STALE_ROUND = "STALE_ROUND";
    static final String CODE_REQUIRED = "CODE_REQUIRED";
    static final String PAGE_CHANGED = "PAGE_CHANGED";
    static final String TRANSITION_NOT_AVAILABLE = "TRANSITION_NOT_AVAILABLE";
    static final String REFUSED = "REFUSED";
    static final String SELF_REVIEW = "SELF_REVIEW";
    static final int DEFAULT_HISTORY_LIMIT = 20;

    private final PageWorkflowService pageWorkflows;
    private final ReviewService reviews;
    private final ConfluencePages pages;
    private final AuraPermissions permissions;
    private final TwoFactorReadiness twoFactor;
    private final RestErrors errors;
    private final ApprovalStanding standing;

    @Inject
    public PageWorkflowResource(PageWorkflowService pageWorkflows, ReviewService reviews, ConfluencePages pages,
                                AuraPermissions permissions, TwoFactorReadiness twoFactor,
                                RestErrors errors, ApprovalStanding standing) {
        this.pageWorkflows = pageWorkflows;
        this.reviews = reviews;
        this.pages = pages;
        this.permissions = permissions;
        this.twoFactor = twoFactor;
        this.errors = errors;
        this.standing = standing;
    }

    /** 200 the panel's status; 404 NO_WORKFLOW; 404 PAGE_NOT_FOUND (missing or not viewable); 401. */
    @GET
    @Path("/workflow")
    @Produces(MediaType.APPLICATION_JSON)
    public Response status(@Context HttpServletRequest request, @PathParam("pageId") String pageIdText) {
        PageCall call = pageCall(request, pageIdText);
        if (call.refusal() != null) {
            return call.refusal();
        }
        Optional<PageWorkflowStatus> status = pageWorkflows.status(call.pageId(), call.actor());
        if (status.isEmpty()) {
            return errors.error(404, NO_WORKFLOW, "aura.workflow.rest.error.noworkflow");
        }
        return Response.ok(dto(status.get(), call.actor())).build();
    }

    /**
     * Applies a workflow. 201 with the status; 400 INVALID_INPUT (no workflowId); 403 NOT_PERMITTED (cannot
     * edit the page); 404 WORKFLOW_NOT_FOUND / PAGE_NOT_FOUND; 409 ALREADY_APPLIED; 401.
     */
    @POST
    @Path("/workflow")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response apply(@Context HttpServletRequest request, @PathParam("pageId") String pageIdText,
                          WorkflowRequests.Apply body) {
        PageCall call = pageCall(request, pageIdText);
        if (call.refusal() != null) {
            return call.refusal();
        }
        if (body != null && body.inputError() != null) {
            return errors.invalidJson(body.inputError());
        }
        if (body == null || body.workflowId() == null) {
            return errors.invalidInput("aura.workflow.rest.error.workflowid");
        }
        ApplyResult result = pageWorkflows.apply(call.pageId(), body.workflowId(), call.actor());
        return switch (result.outcome()) {
            case APPLIED -> Response.status(201).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(currentStatus(call)).build();
            case NOT_PERMITTED -> errors.error(403, NOT_PERMITTED, "aura.workflow.rest.error.noteditor");
            case WORKFLOW_NOT_FOUND -> errors.error(404, WORKFLOW_NOT_FOUND, "aura.workflow.rest.error.workflownotfound");
            case ALREADY_APPLIED -> errors.error(409, ALREADY_APPLIED, "aura.workflow.rest.error.alreadyapplied");
        };
    }

    /**
     * Removes the page's workflow. 204; 403 NOT_PERMITTED (neither a space administrator of the page's space nor a
     * Confluence administrator); 404 NO_WORKFLOW / PAGE_NOT_FOUND; 401. Bodyless, so the REST XSRF rule asks for
     * {@code X-Atlassian-Token: no-check}.
     */
    @DELETE
    @Path("/workflow")
    @Produces(MediaType.APPLICATION_JSON)
    public Response remove(@Context HttpServletRequest request, @PathParam("pageId") String pageIdText) {
        PageCall call = pageCall(request, pageIdText);
        if (call.refusal() != null) {
            return call.refusal();
        }
        RemovalOutcome outcome = pageWorkflows.remove(call.pageId(), call.actor());
        return switch (outcome) {
            case REMOVED -> Response.noContent().build();
            case NOT_PERMITTED -> errors.error(403, NOT_PERMITTED, "aura.workflow.rest.error.notremover");
            case NO_WORKFLOW -> errors.error(404, NO_WORKFLOW, "aura.workflow.rest.error.noworkflow");
        };
    }

    /**
     * Records the caller's review. 200 {@code {"recorded":true,"transitioned",...}}; 400 INVALID_INPUT;
     * 400 CODE_REQUIRED (a "Require 2FA" step without a verified code); 400/429 the guard's own code;
     * 403 NOT_A_REVIEWER; 403 SELF_REVIEW (the step excludes authors and the caller created the page or saved the
     * version under review); 404 PAGE_NOT_FOUND; 409 NO_PENDING_APPROVAL / STALE_ROUND; 409 PAGE_CHANGED (the body's
     * pageVersion is not the page's current version: checked before any code is looked at, so no code is used up
     * on a review that cannot be recorded); 401.
     */
    @POST
    @Path("/reviews")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response review(@Context HttpServletRequest request, @PathParam("pageId") String pageIdText,
                           WorkflowRequests.Review body) {
        // The guard of every method, with the page read once: its right, version and body fingerprint come from one
        // page object (so the hash is of the version recorded), and the review does not ask the right again.
        PageCall call = reviewCall(request, pageIdText);
        if (call.refusal() != null) {
            return call.refusal();
        }
        if (body == null) {
            return errors.invalidInput("aura.workflow.rest.error.review");
        }
        if (body.inputError() != null) {
            return errors.invalidJson(body.inputError());
        }
        ReviewResult result = reviews.review(new ReviewRequest(call.pageId(), call.actor(), body.decision(),
                body.comment(), body.round(), body.code(), call.version().version(), call.version().contentSha256(),
                body.pageVersion(), true));
        return switch (result.outcome()) {
            case RECORDED -> Response.ok(new ReviewResultDto(true, result.transitioned(), StateDto.of(result.state()),
                    result.round(), result.approvals(), result.rejections())).build();
            case INVALID_INPUT -> errors.invalidInput("aura.workflow.rest.error.review");
            case VERSION_REQUIRED -> errors.invalidInput("aura.workflow.rest.error.versionrequired");
            case NO_PENDING_APPROVAL -> errors.error(409, NO_PENDING_APPROVAL, "aura.workflow.rest.error.nopending");
            case STALE_ROUND -> errors.error(409, STALE_ROUND, "aura.workflow.rest.error.stale");
            case PAGE_CHANGED -> errors.error(409, PAGE_CHANGED, "aura.workflow.rest.error.pagechanged");
            case NOT_A_REVIEWER -> errors.error(403, NOT_A_REVIEWER, "aura.workflow.rest.error.notreviewer");
            case TWO_FACTOR_REQUIRED -> errors.error(400, CODE_REQUIRED, "aura.workflow.rest.error.coderequired");
            case SELF_REVIEW -> errors.error(403, SELF_REVIEW, "aura.workflow.rest.error.selfreview");
            case REFUSED_BY_GUARD -> guardRefusal(call.actor().userKey(), result);
        };
    }

    /**
     * An editor takes a selection transition. 200 with the status; 400 INVALID_INPUT; 403 NOT_PERMITTED;
     * 404 NO_WORKFLOW / PAGE_NOT_FOUND; 409 TRANSITION_NOT_AVAILABLE (not a selection out of the current state); 401.
     */
    @POST
    @Path("/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response select(@Context HttpServletRequest request, @PathParam("pageId") String pageIdText,
                           WorkflowRequests.Select body) {
        PageCall call = pageCall(request, pageIdText);
        if (call.refusal() != null) {
            return call.refusal();
        }
        if (body != null && body.inputError() != null) {
            return errors.invalidJson(body.inputError());
        }
        if (body == null || body.transitionKey() == null || body.transitionKey().isBlank()) {
            return errors.invalidInput("aura.workflow.rest.error.transitionkey");
        }
        SelectionResult result = pageWorkflows.select(call.pageId(), body.transitionKey(), call.actor());
        return switch (result.outcome()) {
            case TRANSITIONED -> Response.ok(currentStatus(call)).build();
            case NOT_PERMITTED -> errors.error(403, NOT_PERMITTED, "aura.workflow.rest.error.noteditor");
            case NO_WORKFLOW -> errors.error(404, NO_WORKFLOW, "aura.workflow.rest.error.noworkflow");
            case UNKNOWN_TRANSITION -> errors.error(409, TRANSITION_NOT_AVAILABLE,
                    "aura.workflow.rest.error.transitionnotavailable");
        };
    }

    /**
     * The history, newest first. 200 {@code {"entries","total","hasMore","start","limit"}}; 400 INVALID_INPUT
     * (start below 0, limit outside 1..100, not numbers); 404 PAGE_NOT_FOUND; 401.
     */
    @GET
    @Path("/history")
    @Produces(MediaType.APPLICATION_JSON)
    public Response history(@Context HttpServletRequest request, @PathParam("pageId") String pageIdText,
                            @QueryParam("start") String startText, @QueryParam("limit") String limitText) {
        PageCall call = pageCall(request, pageIdText);
        if (call.refusal() != null) {
            return call.refusal();
        }
        Paging paging = Paging.offset(startText, limitText, DEFAULT_HISTORY_LIMIT, PageWorkflowService.MAX_HISTORY_PAGE,
                errors);
        if (paging.refusal() != null) {
            return paging.refusal();
        }
        return Response.ok(HistoryDto.from(pageWorkflows.history(call.pageId(), paging.start(), paging.limit()))).build();
    }

    private PageWorkflowDto currentStatus(PageCall call) {
        return pageWorkflows.status(call.pageId(), call.actor()).map(s -> dto(s, call.actor())).orElse(null);
    }

    /**
     * The status with, on a protected step the caller can review, the caller's own 2FA setup status, so the panel
     * can tell a reviewer who is not Active why and whom to ask before they type a code.
     */
    private PageWorkflowDto dto(PageWorkflowStatus status, Actor actor) {
        boolean protectedReview = status.viewerReviewsProtectedStep() && actor != null;
        Integer version = pages.find(status.pageId()).map(ConfluencePages.PageFacts::version).orElse(null);
        return PageWorkflowDto.from(status, protectedReview ? twoFactor.setupStatus(actor.userKey()).name() : null,
                standing.of(status.pageId(), version), reviewersWithoutTwoFactor(status));
    }

    /**
     * On a protected step, for an editor: the named reviewers whose 2FA is not active, so whoever moves the page
     * sees why a round may stall. One setup lookup per named reviewer (an approval names at most 100).
     */
    private List<String> reviewersWithoutTwoFactor(PageWorkflowStatus status) {
        if (status.approval() == null || !status.approval().requireTwoFactor() || !status.viewerCanEdit()) {
            return null;
        }
        return status.approval().reviewers().stream().filter(ReviewerStatus::named)
                .filter(r -> twoFactor.setupStatus(r.userKey()) != SetupStatus.ACTIVE)
                .map(ReviewerStatus::fullName).toList();
    }

    /**
     * The guard's typed refusals, answered exactly as a refused setup confirmation is ({@link RestErrors#codeCheckRefusal}):
     * TWO_FACTOR_NOT_ACTIVE 403; LOCKED 429 with retryAfterSeconds and a Retry-After header, or LOCKED_UNTIL_UNLOCK 429;
     * CODE_REQUIRED / INVALID_INPUT / INVALID_CODE 400; a refusal without a reason 400 REFUSED.
     */
    private Response guardRefusal(String userKey, ReviewResult result) {
        GuardRefusal refusal = result.guardRefusal();
        if (refusal == null) {
            return errors.error(400, REFUSED, "aura.workflow.rest.error.guard");
        }
        return errors.codeCheckRefusal(userKey, app.auraworkflows.web.CodeCheckPresentation.checkOf(refusal,
                result.retryAfter(), result.lockedUntilUnlock(), result.attemptsLeft()));
    }

    /** Signed in (401), a well-formed id of a page the caller can view (404): the guard of every method. */
    private PageCall pageCall(HttpServletRequest request, String pageIdText) {
        return guard(request, pageIdText, false);
    }

    /**
     * As {@link #pageCall}, with the right asked on the page the review's version and fingerprint are read from
     * ({@link ConfluencePages#reviewedBy}): one page read, one permission question.
     */
    private PageCall reviewCall(HttpServletRequest request, String pageIdText) {
        return guard(request, pageIdText, true);
    }

    private PageCall guard(HttpServletRequest request, String pageIdText, boolean forReview) {
        RestCaller caller = RestCaller.signedIn(permissions, errors, request);
        if (caller.refused()) {
            return new PageCall(0, null, null, caller.refusal());
        }
        OptionalLong pageId = parsePageId(pageIdText);
        Optional<ConfluencePages.ReviewedVersion> version = Optional.empty();
        boolean visible = false;
        if (pageId.isPresent() && forReview) {
            version = pages.reviewedBy(pageId.getAsLong(), caller.user().userKey());
            visible = version.isPresent();
        } else if (pageId.isPresent()) {
            visible = permissions.canViewPage(caller.user(), pageId.getAsLong());
        }
        if (!visible) {
            return new PageCall(0, null, null, errors.error(404, PAGE_NOT_FOUND, "aura.workflow.rest.error.pagenotfound"));
        }
        return new PageCall(pageId.getAsLong(), permissions.actor(caller.user()), version.orElse(null), null);
    }

    /** Strict ASCII decimal ({@link RestParameters#id}): {@code +12}, {@code 012} and full-width digits are no id. */
    static OptionalLong parsePageId(String text) {
        return RestParameters.id(text);
    }

    /** The guard's outcome: the page and the caller, the reviewed version when asked for, or the refusal. */
    private record PageCall(long pageId, Actor actor, ConfluencePages.ReviewedVersion version, Response refusal) {
    }
}
