package app.auraworkflows.rest;

import app.auraworkflows.approval.Problem;
import app.auraworkflows.approval.SaveResult;
import app.auraworkflows.approval.WorkflowDefinition;
import app.auraworkflows.approval.WorkflowService;
import app.auraworkflows.confluence.AuraPermissions;
import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Role: REST resource of workflow definitions ({@code /rest/aura-workflows/1.0/workflows}), used by the
 * Workflow Builder and, for the list, by the page panel's "Add workflow".
 *
 * <p>Listing is open to every signed-in user (only names and states: what a page editor picks from); a
 * single definition, creating, replacing and deleting are for Confluence administrators, and changes also
 * need a secure administrator session (WebSudo) like the builder screen itself. The engine
 * ({@link WorkflowService}) validates; this class only maps JSON, statuses and translated problems.
 */
@Path("/workflows")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public class WorkflowsResource {
    private final WorkflowService workflows;
    private final AuraPermissions permissions;
    private final RestErrors errors;
    private final WorkflowProblems problems;

    @Inject
    public WorkflowsResource(WorkflowService workflows, AuraPermissions permissions, RestErrors errors,
                             WorkflowProblems problems) {
        this.workflows = workflows;
        this.permissions = permissions;
        this.errors = errors;
        this.problems = problems;
    }

    /** 200 {@code {"workflows":[{"id","name","description","initialState","states"}]}}; 401. */
    @GET
    public Response list(@Context HttpServletRequest request) {
        RestCaller caller = RestCaller.signedIn(permissions, errors, request);
        if (caller.refused()) {
            return caller.refusal();
        }
        return Response.ok(new WorkflowListDto(workflows.list().stream().map(WorkflowMapping::summary).toList())).build();
    }

    /** 201 {@code {"id","warnings"}}; 400 INVALID_WORKFLOW with every problem, INVALID_INPUT without a body; 401; 403. */
    @POST
    @AdminOnly
    @WebSudoRequired
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context HttpServletRequest request, WorkflowDto body) {
        RestCaller caller = RestCaller.administrator(permissions, errors, request);
        if (caller.refused()) {
            return caller.refusal();
        }
        if (body == null) {
            return errors.invalidInput("aura.workflow.rest.error.body");
        }
        if (body.inputError() != null) {
            return errors.invalidJson(body.inputError());
        }
        WorkflowMapping.Read read = WorkflowMapping.read(body);
        if (!read.problems().isEmpty()) {
            return invalid(read, workflows.validate(read.definition()));
        }
        SaveResult result = workflows.create(read.definition());
        if (result.outcome() == SaveResult.Outcome.INVALID) {
            return invalid(read, result.problems());
        }
        return Response.status(Response.Status.CREATED)
                .entity(new SavedWorkflowDto(result.id(), problems.warnings(result.problems()))).build();
    }

    /**
     * 200 the definition JSON with its id and {@code reviewerNames} (username → full name of its named reviewers); 404
     * NOT_FOUND (also for a malformed id); 401; 403.
     */
    @GET
    @AdminOnly
    @Path("/{id}")
    public Response get(@Context HttpServletRequest request, @PathParam("id") String id) {
        RestCaller caller = RestCaller.administrator(permissions, errors, request);
        if (caller.refused()) {
            return caller.refusal();
        }
        Optional<WorkflowService.EditableWorkflow> found = parseId(id).flatMap(workflows::forEditing);
        if (found.isEmpty()) {
            return notFound();
        }
        return Response.ok(EditableWorkflowDto.from(found.get())).build();
    }

    /** 200 {@code {"id","warnings"}}; 400 INVALID_WORKFLOW / INVALID_INPUT; 404 NOT_FOUND; 401; 403. */
    @PUT
    @AdminOnly
    @WebSudoRequired
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@Context HttpServletRequest request, @PathParam("id") String id, WorkflowDto body) {
        RestCaller caller = RestCaller.administrator(permissions, errors, request);
        if (caller.refused()) {
            return caller.refusal();
        }
        Optional<Long> parsed = parseId(id);
        if (parsed.isEmpty() || workflows.get(parsed.get()).isEmpty()) {
            return notFound();
        }
        if (body == null) {
            return errors.invalidInput("aura.workflow.rest.error.body");
        }
        if (body.inputError() != null) {
            return errors.invalidJson(body.inputError());
        }
        WorkflowMapping.Read read = WorkflowMapping.read(body);
        if (!read.problems().isEmpty()) {
            return invalid(read, workflows.validate(read.definition()));
        }
        SaveResult result = workflows.update(parsed.get(), read.definition());
        return switch (result.outcome()) {
            // Deleted between the check above and the update.
            case NOT_FOUND -> notFound();
            case INVALID -> invalid(read, result.problems());
            case SAVED -> Response.ok(new SavedWorkflowDto(result.id(), problems.warnings(result.problems()))).build();
        };
    }

    /** 204; 404 NOT_FOUND; 409 IN_USE while pages use the workflow; 401; 403. */
    @DELETE
    @AdminOnly
    @WebSudoRequired
    @Path("/{id}")
    public Response delete(@Context HttpServletRequest request, @PathParam("id") String id) {
        RestCaller caller = RestCaller.administrator(permissions, errors, request);
        if (caller.refused()) {
            return caller.refusal();
        }
        Optional<Long> parsed = parseId(id);
        if (parsed.isEmpty()) {
            return notFound();
        }
        return switch (workflows.delete(parsed.get())) {
            case DELETED -> Response.noContent().build();
            case NOT_FOUND -> notFound();
            case IN_USE -> errors.error(Response.Status.CONFLICT.getStatusCode(), RestErrors.IN_USE,
                    "aura.workflow.rest.error.inuse");
        };
    }

    private Response notFound() {
        return errors.error(Response.Status.NOT_FOUND.getStatusCode(), RestErrors.NOT_FOUND,
                "aura.workflow.rest.error.notfound");
    }

    /** 400 with the JSON layer's problems first, then the engine's, errors and warnings apart. */
    private Response invalid(WorkflowMapping.Read read, List<Problem> found) {
        List<Problem> all = new ArrayList<>(read.problems());
        all.addAll(found);
        List<ProblemDto> errorList = problems.errors(all);
        InvalidWorkflowDto body = new InvalidWorkflowDto(RestErrors.INVALID_WORKFLOW,
                errors.text("aura.workflow.rest.error.invalid", errorList.size()), errorList, problems.warnings(all));
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    /** The id in the path, or empty when it is not strict ASCII decimal (answered like a missing workflow). */
    static Optional<Long> parseId(String raw) {
        OptionalLong id = RestParameters.id(raw);
        return id.isPresent() ? Optional.of(id.getAsLong()) : Optional.empty();
    }
}
