package app.auraworkflows.rest;

import app.auraworkflows.approval.WorkflowService;
import app.auraworkflows.confluence.AuraPermissions;
import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Role: admin REST resource behind the Workflow Builder's reviewer group picker
 * ({@code GET /rest/aura-workflows/1.0/group-search?q=&limit=}): Confluence group names starting with {@code q}.
 * Administrators only, with a secure administrator session (WebSudo) for cookie sessions, as the Builder itself.
 * Bounded: the directory is asked for {@code limit + 1} names, never for all groups.
 */
@Path("/group-search")
@AdminOnly
@WebSudoRequired
@Produces(MediaType.APPLICATION_JSON)
public class GroupSearchResource {
    static final int DEFAULT_LIMIT = 10;

    private final WorkflowService workflows;
    private final AuraPermissions permissions;
    private final RestErrors errors;

    @Inject
    public GroupSearchResource(WorkflowService workflows, AuraPermissions permissions, RestErrors errors) {
        this.workflows = workflows;
        this.permissions = permissions;
        this.errors = errors;
    }

    /**
     * 200 {@code {"groups": ["name", ...], "moreResults": false}} (none for a blank q); 400 INVALID_INPUT when q is
     * longer than 100 characters or holds a control character, or limit is not 1–25; 401; 403.
     */
    @GET
    public Response search(@Context HttpServletRequest request, @QueryParam("q") String query,
                           @QueryParam("limit") String limit) {
        RestCaller caller = RestCaller.administrator(permissions, errors, request);
        if (caller.refused()) {
            return caller.refusal();
        }
        SearchParameters search = SearchParameters.parse(query, limit, DEFAULT_LIMIT, WorkflowService.MAX_GROUP_SEARCH,
                errors);
        if (search.refusal() != null) {
            return search.refusal();
        }
        return Response.ok(GroupSearchResultDto.from(workflows.searchGroups(search.query(), search.limit()))).build();
    }
}
