package app.auraworkflows.rest;

import jakarta.servlet.http.HttpServletRequest;

import java.util.Locale;
import java.util.Set;

/**
 * Role: the plugin's own cross-site request forgery rule for REST, applied by {@link RestCaller} to every
 * state-changing request (POST, PUT, PATCH, DELETE) before a resource acts on it.
 *
 * <p>A request passes only if a cross-site page could not have sent it without a CORS preflight, which this
 * app never grants: it has {@code Content-Type: application/json}, or it carries
 * {@code X-Atlassian-Token: no-check} (Atlassian's header; the deprecated {@code nocheck} is accepted too).
 * A page on another site — or a same-site page an attacker controls — can send a bodyless request, a form or
 * {@code text/plain} with the victim's cookies ({@code fetch(url, {method: 'POST', mode: 'no-cors',
 * credentials: 'include'})}), but neither of the two. Confluence's REST filter has a similar rule; it is
 * repeated here because that filter is not ours to rely on: older REST versions enforce it for POST only and
 * merely log failing PUT and DELETE requests, and a host could be configured to skip it.
 */
final class RestXsrfRule {
    static final String TOKEN_HEADER = "X-Atlassian-Token";
    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    private RestXsrfRule() {
    }

    /** True when {@code request} changes state and could have been forged by another page. */
    static boolean refuses(HttpServletRequest request) {
        String method = request.getMethod() == null ? "" : request.getMethod().toUpperCase(Locale.ROOT);
        return STATE_CHANGING.contains(method) && !isJson(request.getContentType())
                && !isNoCheck(request.getHeader(TOKEN_HEADER));
    }

    /**
     * The media type's essence, parameters dropped, must be exactly {@code application/json}: browsers compare
     * the same essence when they decide whether a request needs a preflight, so anything looser (a list, a
     * {@code text/plain} with JSON parameters) could be a simple request.
     */
    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String essence = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip();
        return "application/json".equalsIgnoreCase(essence);
    }

    static boolean isNoCheck(String token) {
        return token != null && ("no-check".equalsIgnoreCase(token.strip()) || "nocheck".equalsIgnoreCase(token.strip()));
    }
}
