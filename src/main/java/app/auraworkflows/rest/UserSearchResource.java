package app.auraworkflows.rest;

import app.auraworkflows.confluence.AuraPermissions;
import app.auraworkflows.twofactor.EnrolmentService;
import app.auraworkflows.twofactor.UserSearchResult;
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
 * Role: admin REST resource behind the type-ahead of the "Add 2FA user" dialog
 * ({@code GET /rest/aura-workflows/1.0/2fa/user-search?q=&limit=}): Confluence users whose username,
 * display name, last name or e-mail starts with {@code q}. Administrators only, with a secure administrator
 * session (WebSudo) for cookie sessions, as on the screen that uses it: it reveals e-mail addresses.
 *
 * <p>Bounded for large directories: {@code q} needs at least {@link UserSearchResult#MIN_QUERY_LENGTH}
 * characters, and the directory is asked for {@code limit + 1} users, never for all matches.
 */
@Path("/2fa/user-search")
@AdminOnly
@WebSudoRequired
@Produces(MediaType.APPLICATION_JSON)
public class UserSearchResource {
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 25;

    private final EnrolmentService enrolmentService;
    private final AuraPermissions permissions;
    private final RestErrors errors;

    @Inject
    public UserSearchResource(EnrolmentService enrolmentService, AuraPermissions permissions, RestErrors errors) {
        this.enrolmentService = enrolmentService;
        this.permissions = permissions;
        this.errors = errors;
    }

    /**
     * 200 {@code {"users": [{"username","fullName","email","active"}], "moreResults": false}} (no users for a
     * blank q; {@code moreResults} true when more users match than {@code limit});
     * 400 INVALID_INPUT when q has 1 character (too short to search), is longer than 100 characters, or limit
     * is not 1–25; 401; 403.
     */
    @GET
    public Response search(@Context HttpServletRequest request, @QueryParam("q") String query,
                           @QueryParam("limit") String limit) {
        RestCaller caller = RestCaller.administrator(permissions, errors, request);
        if (caller.refused()) {
            return caller.refusal();
        }
        SearchParameters search = SearchParameters.parse(query, limit, DEFAULT_LIMIT, MAX_LIMIT, errors);
        if (search.refusal() != null) {
            return search.refusal();
        }
        String q = search.query();
        if (!q.isEmpty() && !UserSearchResult.searchable(q)) {
            return errors.invalidInput("aura.2fa.rest.error.query.short", UserSearchResult.MIN_QUERY_LENGTH);
        }
        if (q.isEmpty()) {
            return Response.ok(UserSearchResultDto.from(UserSearchResult.none())).build();
        }
        return Response.ok(UserSearchResultDto.from(enrolmentService.searchUsers(q, search.limit()))).build();
    }
}
