package app.auraworkflows.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Role: adds {@code X-Content-Type-Options: nosniff} to every answer of the app's REST API (JSON, the audit CSV,
 * the QR code PNG, errors), so a browser never guesses another type from the bytes: a JSON or CSV answer that
 * echoes user-controlled text (a display name, a comment) can then never be run as HTML or script. It is one
 * provider in the REST package, like the exception mapper, so it covers every resource, also future ones.
 *
 * <p>A value the host has already put on the response is left as it is (the host's own filters own their
 * headers). No {@code Content-Security-Policy} here: REST answers are not pages that could be framed.
 */
@Provider
public class NoSniffResponseFilter implements ContainerResponseFilter {
    static final String HEADER = "X-Content-Type-Options";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!response.getHeaders().containsKey(HEADER)) {
            response.getHeaders().putSingle(HEADER, "nosniff");
        }
    }
}
