package app.auraworkflows.rest;

import app.auraworkflows.confluence.AuraPermissions;
import app.auraworkflows.twofactor.AddUsersResult;
import app.auraworkflows.twofactor.EnrolmentPage;
import app.auraworkflows.twofactor.ListCursor;
import app.auraworkflows.twofactor.EnrolmentService;
import app.auraworkflows.twofactor.EnrolmentStatus;
import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.sal.api.websudo.WebSudoRequired;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Role: admin REST resource for the 2FA enrolment lists ({@code /rest/aura-workflows/1.0/2fa/users}).
 * Confluence administrators only, and every method, the lists too, needs a secure administrator session
 * (WebSudo) for cookie sessions, as the admin screen does: the lists are the same data as that screen, so an
 * unattended or hijacked admin session gets no more from REST than from the screen.
 */
@Path("/2fa/users")
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
public class EnrolledUsersResource {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 100;
    static final int MAX_USERNAMES = 100;
    static final int MAX_USERNAME_LENGTH = app.auraworkflows.text.TextPolicy.MAX_STORED;

    private final EnrolmentService enrolmentService;
    private final AuraPermissions permissions;
    private final RestErrors errors;

    @Inject
    public EnrolledUsersResource(EnrolmentService enrolmentService, AuraPermissions permissions, RestErrors errors) {
        this.enrolmentService = enrolmentService;
        this.permissions = permissions;
        this.errors = errors;
    }

    /**
     * One page of the Pending or Active list, in order of full name then username.
     *
     * <p>200 {@code {"total", "totalExact", "users", "next", "previous"}}: {@code next} / {@code previous} are
     * position tokens (null on the last / first page) to pass as {@code after} / {@code before} for the next /
     * previous page; {@code total} is exact for the whole list and, for a search ({@code q}: the start of a
     * username, full name or last name), counted up to {@value EnrolmentService#SEARCH_COUNT_LIMIT} ({@code
     * totalExact} false above). 400 INVALID_INPUT when status is not PENDING/ACTIVE, limit is not 1–100, q is
     * longer than 100 characters, {@code after}/{@code before} is not a token of this API or both are given, or
     * {@code start} (offset paging, which costs a count past every earlier row) is given; 401; 403.
     * Parameters are read as text so that malformed numbers get a 400 (not JAX-RS's default 404).
     */
    @GET
    @WebSudoRequired
    public Response list(@Context HttpServletRequest request, @QueryParam("status") String status,
                         @QueryParam("q") String query, @QueryParam("after") String after,
                         @QueryParam("before") String before, @QueryParam("start") String start,
                         @QueryParam("limit") String limit) {
        RestCaller caller = RestCaller.administrator(permissions, errors, request);
        if (caller.refused()) {
            return caller.refusal();
        }
        EnrolmentStatus parsedStatus = parseStatus(status);
        if (parsedStatus == null) {
            return errors.invalidInput("aura.2fa.rest.error.status");
        }
        if (start != null) {
            return errors.invalidInput("aura.2fa.rest.error.start.unsupported");
        }
        SearchParameters search = SearchParameters.parse(query, limit, DEFAULT_LIMIT, MAX_LIMIT, errors);
        if (search.refusal() != null) {
            return search.refusal();
        }
        String q = search.query();
        int parsedLimit = search.limit();
        if (after != null && before != null) {
            return errors.invalidInput("aura.2fa.rest.error.cursor.both");
        }
        String token = after != null ? after : before;
        Optional<ListCursor> position = ListCursor.parse(token);
        if (token != null && position.isEmpty()) {
            return errors.invalidInput("aura.2fa.rest.error.cursor");
        }
        EnrolmentPage page = enrolmentService.list(parsedStatus, q, position.orElse(null), before != null, parsedLimit);
        return Response.ok(EnrolledUsersDto.from(page)).build();
    }

    /**
     * Adds users to 2FA (they become PENDING). No e-mail is sent.
     *
     * <p>200 {@code {"added", "alreadyEnrolled", "unknown"}}; 400 INVALID_INPUT when usernames is missing,
     * empty, longer than 100 entries, or holds a blank or over-long name; 401; 403.
     */
    @POST
    @WebSudoRequired
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@Context HttpServletRequest request, AddUsersRequest body) {
        RestCaller caller = RestCaller.administrator(permissions, errors, request);
        if (caller.refused()) {
            return caller.refusal();
        }
        if (body != null && body.inputError() != null) {
            return errors.invalidJson(body.inputError());
        }
        if (body == null || body.usernames() == null || body.usernames().isEmpty()) {
            return errors.invalidInput("aura.2fa.rest.error.usernames.empty");
        }
        if (body.usernames().size() > MAX_USERNAMES) {
            return errors.invalidInput("aura.2fa.rest.error.usernames.toomany", MAX_USERNAMES);
        }
        List<String> usernames = new ArrayList<>();
        for (String username : body.usernames()) {
            if (username == null || username.isBlank() || username.length() > MAX_USERNAME_LENGTH) {
                return errors.invalidInput("aura.2fa.rest.error.usernames.invalid");
            }
            String trimmed = username.strip();
            if (!usernames.contains(trimmed)) {
                usernames.add(trimmed);
            }
        }
        AddUsersResult result = enrolmentService.addUsers(usernames, caller.user().username());
        return Response.ok(AddUsersResultDto.from(result)).build();
    }

    /**
     * Revokes a user's 2FA: deletes the setup and its secret.
     *
     * <p>204; 404 NOT_ENROLLED when the user has no setup; 401; 403.
     */
    @DELETE
    @WebSudoRequired
    @Path("/{username}")
    public Response revoke(@Context HttpServletRequest request, @PathParam("username") String username) {
        return onEnrolledUser(request, username, enrolmentService::revoke);
    }

    /**
     * Lifts a user's lockout (10 wrong codes in a row): their next code is checked again. Audited as an admin
     * unlock. Codes already used stay used.
     *
     * <p>204 (also when the user was not locked); 404 NOT_ENROLLED when the user has no setup; 401; 403.
     */
    @POST
    @WebSudoRequired
    @Path("/{username}/unlock")
    public Response unlock(@Context HttpServletRequest request, @PathParam("username") String username) {
        return onEnrolledUser(request, username, enrolmentService::unlock);
    }

    /**
     * An admin action on one enrolled user ({@code action(username, adminUsername)} answers whether the user had
     * a setup): 204, or 404 NOT_ENROLLED; 401; 403.
     */
    private Response onEnrolledUser(HttpServletRequest request, String username,
                                    java.util.function.BiPredicate<String, String> action) {
        RestCaller caller = RestCaller.administrator(permissions, errors, request);
        if (caller.refused()) {
            return caller.refusal();
        }
        if (!RestParameters.isCleanText(username)) {
            return errors.controlCharacter("username");
        }
        if (username == null || username.isBlank() || !action.test(username.strip(), caller.user().username())) {
            return errors.error(Response.Status.NOT_FOUND.getStatusCode(), RestErrors.NOT_ENROLLED,
                    "aura.2fa.rest.error.notenrolled");
        }
        return Response.noContent().build();
    }

    private static EnrolmentStatus parseStatus(String status) {
        if (status == null) {
            return null;
        }
        for (EnrolmentStatus candidate : EnrolmentStatus.values()) {
            if (candidate.name().equals(status.strip())) {
                return candidate;
            }
        }
        return null;
    }
}
