package app.auraworkflows.devhost.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;

/**
 * Atlassian REST's XSRF protection: a POST, PUT, PATCH or DELETE whose body is one of the types a
 * browser form can send cross-site without a preflight ({@code application/x-www-form-urlencoded},
 * {@code multipart/form-data}, {@code text/plain}) is refused with 403 {@code XSRF_CHECK_FAILED}
 * unless it carries {@code X-Atlassian-Token: no-check}. JSON requests need no header (a cross-site
 * page cannot send them without CORS).
 */
@Priority(Priorities.AUTHORIZATION)
public final class XsrfResourceFilter implements ContainerRequestFilter {

    public static final String HEADER = "X-Atlassian-Token";
    private static final Set<String> METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> XSRFABLE = Set.of("application/x-www-form-urlencoded", "multipart/form-data", "text/plain");

    @Override
    public void filter(ContainerRequestContext ctx) {
        if (!METHODS.contains(ctx.getMethod())) {
            return;
        }
        MediaType type = ctx.getMediaType();
        if (type == null || !XSRFABLE.contains(type.getType() + "/" + type.getSubtype())) {
            return;
        }
        String header = ctx.getHeaderString(HEADER);
        if ("no-check".equalsIgnoreCase(header) || "nocheck".equalsIgnoreCase(header)) {
            return;
        }
        ctx.abortWith(RestAccessFeature.error(403, "XSRF_CHECK_FAILED", "XSRF check failed"));
    }
}
