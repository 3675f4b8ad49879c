package app.auraworkflows.devhost.rest;

import app.auraworkflows.devhost.http.CurrentRequest;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The answer of Atlassian REST to a {@code @WebSudoRequired} resource without a live secure
 * administrator session: its {@code WebSudoRequiredException} is a {@code SecurityException}, which
 * the REST module's security exception mapper turns into 401 with the REST status entity
 * {@code {"status-code":401,"message":"This resource requires WebSudo."}}. Clients (Confluence's and
 * Jira's own scripts included) recognise a WebSudo refusal by exactly that status and message, so the
 * dev host answers byte-for-byte the same.
 */
public final class WebSudoRefusal {

    public static final String MESSAGE = "This resource requires WebSudo.";

    private WebSudoRefusal() {
    }

    /**
     * Whether WebSudo is checked for a request authenticated this way. Basic and Bearer (personal access
     * token) requests are skipped, as Atlassian REST's WebSudo context does; sessions and anonymous
     * requests are checked (an anonymous request never holds WebSudo).
     */
    public static boolean applies(CurrentRequest.AuthMethod auth) {
        return auth != CurrentRequest.AuthMethod.BASIC && auth != CurrentRequest.AuthMethod.TOKEN;
    }

    public static Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status-code", 401);
        body.put("message", MESSAGE);
        return body;
    }

    public static Response response() {
        return Response.status(401).type(MediaType.APPLICATION_JSON_TYPE).header("Cache-Control", "no-store")
                .entity(body()).build();
    }
}
