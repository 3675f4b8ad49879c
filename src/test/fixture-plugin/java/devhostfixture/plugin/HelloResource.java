package devhostfixture.plugin;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

@Path("/hello")
@Produces(MediaType.APPLICATION_JSON)
public class HelloResource {
    private final GreetingService greetings;

    public HelloResource(GreetingService greetings) {
        this.greetings = greetings;
    }

    @GET
    public Map<String, Object> hello() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("greeting", greetings.greetCurrentUser());
        out.put("title", greetings.title("REST"));
        // A plugin formats its own dates: the host's JSON has no java.time module, as a strict Confluence may not.
        out.put("at", Instant.parse("2025-01-02T03:04:05Z").toString());
        out.put("origin", app.auraworkflows.devhost.fixture.Shadowed.origin());
        return out;
    }

    @GET
    @Path("/public")
    @UnrestrictedAccess
    public Map<String, Object> open() {
        return Map.of("public", true);
    }

    @GET
    @Path("/licensed")
    @LicensedOnly
    public Map<String, Object> licensed() {
        return Map.of("licensed", true);
    }

    @GET
    @Path("/admin")
    @AdminOnly
    public Map<String, Object> admin() {
        return Map.of("admin", true);
    }

    @GET
    @Path("/sudo")
    @AdminOnly
    @WebSudoRequired
    public Map<String, Object> sudo() {
        return Map.of("sudo", true);
    }

    @POST
    @Path("/echo")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> echo(Map<String, Object> body) {
        return Map.of("echo", body);
    }

    @POST
    @Path("/form")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Map<String, Object> form() {
        return Map.of("form", true);
    }

    /** Takes no body: what a bodyless (no Content-Type) POST reaches. */
    @POST
    @Path("/action")
    public Map<String, Object> action() {
        return Map.of("done", true);
    }

    @DELETE
    @Path("/action")
    public Map<String, Object> remove() {
        return Map.of("removed", true);
    }

    @GET
    @Path("/boom")
    public Map<String, Object> boom() {
        throw new IllegalStateException("internal detail that must not leak");
    }
}
