package app.auraworkflows.devhost.rest;

import app.auraworkflows.devhost.HostUrls;
import app.auraworkflows.devhost.confluence.DevPageManager;
import app.auraworkflows.devhost.confluence.DevPageUpdates;
import com.atlassian.confluence.pages.PageUpdateTrigger;
import app.auraworkflows.devhost.confluence.DevPermissionManager;
import app.auraworkflows.devhost.content.ContentStore;
import app.auraworkflows.devhost.content.HostPage;
import app.auraworkflows.devhost.content.HostSpace;
import app.auraworkflows.devhost.content.PageUpdate;
import app.auraworkflows.devhost.directory.HostUser;
import app.auraworkflows.devhost.directory.UserStore;
import app.auraworkflows.devhost.http.CurrentRequest;
import com.atlassian.confluence.security.Permission;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The part of Confluence's REST API v1 ({@code /rest/api/content}) that scripts and tests use to find,
 * read, create and edit pages, with Confluence's JSON shapes so one client works against the dev host
 * and a real Confluence:
 * <ul>
 *   <li>{@code GET /content?spaceKey=&title=&type=page&start=&limit=&expand=} → 200
 *       {@code {"results":[content...],"start","limit","size","_links"}}, only pages the caller can view;</li>
 *   <li>{@code GET /content/{id}?expand=body.storage} → 200 content; 404 when missing or not viewable;</li>
 *   <li>{@code POST /content} {@code {"type":"page","title","space":{"key"},"body":{"storage":{"value",
 *       "representation":"storage"}},"ancestors":[{"id"}]}} → 200 (Confluence answers 200, not 201) with the
 *       created content; 400 invalid or duplicate title or unknown/unviewable space; 403 without EDIT;</li>
 *   <li>{@code PUT /content/{id}} {@code {"version":{"number":current+1},"title","type":"page","body":...}}
 *       → 200 with the new version; 400 invalid; 403 without EDIT; 404 not viewable; 409 when the number
 *       is not the current version + 1 (also when another save won the race).</li>
 * </ul>
 * A content object: {@code id} (a string, as in Confluence), {@code type}, {@code status}, {@code title},
 * {@code space {key,name,type}}, {@code version {number,when,by,minorEdit}}, {@code body.storage} when
 * expanded (always in create/update answers), {@code _links {webui,self}}. Deviation: Confluence includes
 * {@code space} and {@code version} only when expanded ({@code expand=space,version}); the dev host always
 * does, so a client should still ask for them. Errors use Confluence's shape
 * {@code {"statusCode","data":{...},"message","reason"}}; anonymous calls get the host's 401 (anonymous
 * access is off). Authentication, XSRF (form bodies need {@code X-Atlassian-Token: no-check}) and JSON
 * errors are the host REST filters'.
 */
@Path("/content")
@Produces(MediaType.APPLICATION_JSON)
public final class ContentResource {

    private static final int DEFAULT_LIMIT = 25;
    private static final int MAX_LIMIT = 200;
    private static final int MAX_TITLE = 255;

    private final ContentStore content;
    private final DevPageUpdates pageUpdates;
    private final DevPageManager pages;
    private final DevPermissionManager permissions;
    private final UserStore users;
    private final HostUrls urls;

    public ContentResource(ContentStore content, DevPageUpdates pageUpdates, DevPageManager pages,
            DevPermissionManager permissions, UserStore users, HostUrls urls) {
        this.content = content;
        this.pageUpdates = pageUpdates;
        this.pages = pages;
        this.permissions = permissions;
        this.users = users;
        this.urls = urls;
    }

    @GET
    public Response list(@QueryParam("spaceKey") String spaceKey, @QueryParam("title") String title,
            @QueryParam("type") @DefaultValue("page") String type, @QueryParam("status") @DefaultValue("current") String status,
            @QueryParam("start") @DefaultValue("0") int start, @QueryParam("limit") @DefaultValue("25") int limit,
            @QueryParam("expand") String expand) {
        HostUser user = currentUser();
        int from = Math.max(0, start);
        int size = limit <= 0 ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT);
        List<HostPage> visible = List.of();
        // the dev host stores current pages only: other types and statuses simply match nothing
        if ("page".equals(type) && ("current".equals(status) || "any".equals(status))) {
            Map<String, Boolean> viewable = new HashMap<>();
            visible = content.findPages(blankToNull(spaceKey), blankToNull(title)).stream()
                    .filter(p -> viewable.computeIfAbsent(p.spaceKey(), k -> permissions.onSpace(k, Permission.VIEW, user.key())))
                    .toList();
        }
        Set<String> expansions = expansions(expand);
        List<Map<String, Object>> results = visible.stream().skip(from).limit(size).map(p -> json(p, expansions)).toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("results", results);
        out.put("start", from);
        out.put("limit", size);
        out.put("size", results.size());
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("base", urls.baseUrl());
        links.put("context", urls.contextPath());
        links.put("self", urls.baseUrl() + "/rest/api/content");
        if (from + results.size() < visible.size()) {
            links.put("next", "/rest/api/content?" + query(spaceKey, title, type, status, from + size, size, expand));
        }
        out.put("_links", links);
        return Response.ok(out).build();
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") String id, @QueryParam("expand") String expand) {
        Optional<HostPage> page = viewablePage(id, currentUser());
        if (page.isEmpty()) {
            return notFound(id);
        }
        return Response.ok(json(page.get(), expansions(expand))).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonNode body) {
        HostUser user = currentUser();
        if (body == null || !body.isObject()) {
            return error(400, "The request body must be a content object");
        }
        Optional<Response> invalidType = checkType(body, true);
        if (invalidType.isPresent()) {
            return invalidType.get();
        }
        String title = text(body, "title");
        if (title == null || title.isBlank() || title.length() > MAX_TITLE) {
            return error(400, "A page title is required (at most " + MAX_TITLE + " characters)");
        }
        String spaceKey = text(body.path("space"), "key");
        if (spaceKey == null || spaceKey.isBlank()) {
            return error(400, "space.key is required to create content");
        }
        Optional<HostSpace> space = content.space(spaceKey).filter(s -> permissions.onSpace(s.key(), Permission.VIEW, user.key()));
        if (space.isEmpty()) {
            // an unviewable space is reported like a missing one: no hint that it exists
            return error(400, "No space with key : " + spaceKey);
        }
        if (!permissions.onSpace(space.get().key(), Permission.EDIT, user.key())) {
            return error(403, "User " + user.username() + " is not permitted to create pages in space " + space.get().key());
        }
        Optional<String> storage = storage(body);
        if (storage == null) {
            return error(400, "body.storage.representation must be \"storage\" (the dev host converts no other format)");
        }
        Long parentId = null;
        JsonNode ancestors = body.path("ancestors");
        if (ancestors.isArray() && !ancestors.isEmpty()) {
            JsonNode last = ancestors.get(ancestors.size() - 1);
            Optional<HostPage> parent = viewablePage(last.path("id").asText(), user)
                    .filter(p -> p.spaceKey().equals(space.get().key()));
            if (parent.isEmpty()) {
                return error(400, "The ancestor " + last.path("id").asText() + " is not a page in space " + space.get().key());
            }
            parentId = parent.get().id();
        }
        try {
            HostPage created = content.createPage(space.get().key(), title, storage.orElse(""), parentId, user.key());
            return Response.ok(json(created, Set.of("body.storage"))).build();
        } catch (ContentStore.DuplicateTitleException e) {
            return error(400, "A page with this title already exists: " + e.getMessage());
        }
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") String id, JsonNode body) {
        HostUser user = currentUser();
        Optional<HostPage> found = viewablePage(id, user);
        if (found.isEmpty()) {
            return notFound(id);
        }
        HostPage page = found.get();
        if (!permissions.onSpace(page.spaceKey(), Permission.EDIT, user.key())) {
            return error(403, "User " + user.username() + " is not permitted to edit page " + page.id());
        }
        if (body == null || !body.isObject()) {
            return error(400, "The request body must be a content object");
        }
        JsonNode number = body.path("version").path("number");
        if (!number.canConvertToInt() || !number.isIntegralNumber()) {
            return error(400, "Must supply an incremented version when updating Content. No version supplied.");
        }
        if (number.asInt() != page.version() + 1) {
            return error(409, "Version must be incremented on update. Current version is: " + page.version());
        }
        Optional<Response> invalidType = checkType(body, false);
        if (invalidType.isPresent()) {
            return invalidType.get();
        }
        String title = text(body, "title");
        if (title == null || title.isBlank() || title.length() > MAX_TITLE) {
            return error(400, "A page title is required (at most " + MAX_TITLE + " characters)");
        }
        String spaceKey = text(body.path("space"), "key");
        if (spaceKey != null && !spaceKey.equalsIgnoreCase(page.spaceKey())) {
            return error(400, "Moving a page to another space is not supported by the dev host");
        }
        Optional<String> storage = storage(body);
        if (storage == null) {
            return error(400, "body.storage.representation must be \"storage\" (the dev host converts no other format)");
        }
        PageUpdate outcome = pageUpdates.update(page.id(), page.version(), title, storage.orElse(page.body()),
                user.key(), PageUpdateTrigger.UNKNOWN);
        if (outcome instanceof PageUpdate.Updated u) {
            return Response.ok(json(u.page(), Set.of("body.storage"))).build();
        }
        if (outcome instanceof PageUpdate.Conflict c) {
            return error(409, "Version must be incremented on update. Current version is: " + c.currentVersion());
        }
        if (outcome instanceof PageUpdate.DuplicateTitle d) {
            return error(400, "A page with this title already exists: A page already exists with the title " + d.title()
                    + " in the space with key " + page.spaceKey());
        }
        return notFound(id);
    }

    // ---- helpers

    private static HostUser currentUser() {
        // RestAccessFeature has already refused anonymous calls (no access annotation = authenticated)
        return CurrentRequest.user().orElseThrow(() -> new IllegalStateException("no authenticated user"));
    }

    private Optional<HostPage> viewablePage(String id, HostUser user) {
        long pageId;
        try {
            pageId = Long.parseLong(id.trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return content.page(pageId).filter(p -> permissions.onSpace(p.spaceKey(), Permission.VIEW, user.key()));
    }

    /** {@code type} must be {@code page}; required on create, optional on update. */
    private static Optional<Response> checkType(JsonNode body, boolean required) {
        String type = text(body, "type");
        if (type == null && !required) {
            return Optional.empty();
        }
        if (!"page".equals(type)) {
            return Optional.of(error(400, type == null ? "Content type is required (\"page\")"
                    : "Unsupported content type " + type + ": the dev host stores pages only"));
        }
        return Optional.empty();
    }

    /** Empty when no body was sent; null (invalid) when the representation is not storage. */
    private static Optional<String> storage(JsonNode body) {
        JsonNode storage = body.path("body").path("storage");
        if (storage.isMissingNode() || storage.isNull()) {
            return Optional.empty();
        }
        String representation = text(storage, "representation");
        if (representation != null && !"storage".equals(representation)) {
            return null;
        }
        return Optional.of(storage.path("value").asText(""));
    }

    private Map<String, Object> json(HostPage page, Set<String> expansions) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", String.valueOf(page.id()));
        m.put("type", "page");
        m.put("status", "current");
        m.put("title", page.title());
        Map<String, Object> space = new LinkedHashMap<>();
        space.put("key", page.spaceKey());
        content.space(page.spaceKey()).ifPresent(s -> space.put("name", s.name()));
        space.put("type", "global");
        space.put("_links", Map.of("webui", "/display/" + enc(page.spaceKey()),
                "self", urls.baseUrl() + "/rest/api/space/" + enc(page.spaceKey())));
        m.put("space", space);
        Map<String, Object> version = new LinkedHashMap<>();
        version.put("by", person(page.lastModifierKey()));
        version.put("when", page.lastModified().toString());
        version.put("number", page.version());
        version.put("minorEdit", false);
        m.put("version", version);
        if (expansions.contains("body.storage")) {
            m.put("body", Map.of("storage", Map.of("value", page.body() == null ? "" : page.body(), "representation", "storage")));
        } else {
            m.put("_expandable", Map.of("body", "", "ancestors", "", "children", "/rest/api/content/" + page.id() + "/child"));
        }
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("webui", webui(page));
        links.put("tinyui", "/pages/viewpage.action?pageId=" + page.id());
        links.put("self", urls.baseUrl() + "/rest/api/content/" + page.id());
        m.put("_links", links);
        return m;
    }

    /** The view URL relative to the context path, in the form Confluence's legacy URLs take. */
    private String webui(HostPage page) {
        return pages.toPage(page).getUrlPath();
    }

    private Map<String, Object> person(String userKey) {
        Optional<HostUser> u = userKey == null ? Optional.empty() : users.byKey(userKey);
        Map<String, Object> m = new LinkedHashMap<>();
        if (u.isEmpty()) {
            m.put("type", "anonymous");
            m.put("displayName", "Anonymous");
            return m;
        }
        m.put("type", "known");
        m.put("username", u.get().username());
        m.put("userKey", u.get().key());
        m.put("displayName", u.get().fullName());
        return m;
    }

    private static Response notFound(String id) {
        return error(404, "No content found with id : ContentId{id=" + id + "}");
    }

    /** Confluence's REST error body. */
    static Response error(int status, String message) {
        Response.Status s = Response.Status.fromStatusCode(status);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("authorized", status != 403 && status != 401);
        data.put("valid", status != 400);
        data.put("allowedInReadOnlyMode", true);
        data.put("errors", List.of());
        data.put("successful", false);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("statusCode", status);
        body.put("data", data);
        body.put("message", message);
        body.put("reason", s == null ? "HTTP " + status : s.getReasonPhrase());
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    private static Set<String> expansions(String expand) {
        if (expand == null || expand.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(expand.split(",")).map(String::trim).filter(e -> !e.isEmpty()).collect(Collectors.toSet());
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isTextual() ? v.asText() : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String query(String spaceKey, String title, String type, String status, int start, int limit, String expand) {
        List<String> parts = new ArrayList<>();
        if (spaceKey != null) {
            parts.add("spaceKey=" + enc(spaceKey));
        }
        if (title != null) {
            parts.add("title=" + enc(title));
        }
        parts.add("type=" + enc(type));
        parts.add("status=" + enc(status));
        if (expand != null) {
            parts.add("expand=" + enc(expand));
        }
        parts.add("start=" + start);
        parts.add("limit=" + limit);
        return String.join("&", parts);
    }
}
