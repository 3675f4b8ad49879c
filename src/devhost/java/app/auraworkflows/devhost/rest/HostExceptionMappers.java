package app.auraworkflows.devhost.rest;

import app.auraworkflows.devhost.http.HostErrors;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Host-level REST errors as {@code {"error": CODE, "message": text}}. Registered with the lowest
 * priority, so a plugin's own mapper for the same exception type wins.
 */
public final class HostExceptionMappers {

    private static final Logger LOG = LoggerFactory.getLogger(HostExceptionMappers.class);

    private HostExceptionMappers() {
    }

    /** JAX-RS exceptions without an entity (404 no such resource, 405, 415 ...). */
    public static final class WebApplication implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response r = e.getResponse();
            if (r.hasEntity()) {
                return r;
            }
            Response.Status status = Response.Status.fromStatusCode(r.getStatus());
            String code = status == null ? "HTTP_" + r.getStatus() : status.name();
            String message = status == null ? "HTTP " + r.getStatus() : status.getReasonPhrase();
            Response.ResponseBuilder b = Response.status(r.getStatus()).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(HostErrors.body(code, message));
            r.getHeaders().forEach((name, values) -> {
                if (!"Content-Type".equalsIgnoreCase(name)) {
                    values.forEach(v -> b.header(name, v));
                }
            });
            return b.build();
        }
    }

    /**
     * Malformed JSON request bodies. A type the strict mapper cannot handle at all (an unannotated record,
     * a {@code java.time} value) is the plugin's bug, not the client's, whether it was read or written: 500,
     * logged, so a response the host cannot serialise never passes for a bad request.
     */
    public static final class Json implements ExceptionMapper<JsonProcessingException> {
        @Override
        public Response toResponse(JsonProcessingException e) {
            if (e instanceof InvalidDefinitionException) {
                LOG.error("The JSON provider cannot handle a type of the resource", e);
                return RestAccessFeature.error(500, "INTERNAL_ERROR", "Internal server error");
            }
            return RestAccessFeature.error(400, "INVALID_JSON", "The request body is not valid JSON for this resource");
        }
    }

    /** Anything else: 500 without internals in the response; the stack trace goes to the log. */
    public static final class Unexpected implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            LOG.error("Unhandled exception in REST resource", e);
            return RestAccessFeature.error(500, "INTERNAL_ERROR", "Internal server error");
        }
    }
}
