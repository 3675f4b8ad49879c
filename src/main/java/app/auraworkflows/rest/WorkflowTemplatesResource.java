package app.auraworkflows.rest;

import app.auraworkflows.approval.WorkflowService;
import app.auraworkflows.confluence.AuraPermissions;
import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * Role: {@code GET /rest/aura-workflows/1.0/workflow-templates} (administrators): the templates "Create
 * workflow" starts from, each with its unsaved definition in the definition JSON.
 */
@Path("/workflow-templates")
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
public class WorkflowTemplatesResource {
    private final WorkflowService workflows;
    private final AuraPermissions permissions;
    private final RestErrors errors;

    @Inject
    public WorkflowTemplatesResource(WorkflowService workflows, AuraPermissions permissions, RestErrors errors) {
        this.workflows = workflows;
        this.permissions = permissions;
        this.errors = errors;
    }

    /** 200 {@code {"templates":[{"key","definition"}]}}; 401; 403. */
    @GET
    public Response list(@Context HttpServletRequest request) {
        RestCaller caller = RestCaller.administrator(permissions, errors, request);
        if (caller.refused()) {
            return caller.refusal();
        }
        List<WorkflowTemplateDto> templates = workflows.templates().stream()
                .map(t -> new WorkflowTemplateDto(t.key(), WorkflowMapping.write(t.definition()))).toList();
        return Response.ok(new TemplatesDto(templates)).build();
    }

    /** The answer's shape. */
    @JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
            isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE,
            creatorVisibility = Visibility.ANY)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record TemplatesDto(@JsonProperty("templates") List<WorkflowTemplateDto> templates) {
    }
}
