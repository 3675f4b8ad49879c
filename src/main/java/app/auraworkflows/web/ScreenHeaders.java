package app.auraworkflows.web;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Role: the security headers of every response of the app's servlets (the screens and the workflow panel
 * fragment), set before anything is written.
 *
 * <ul>
 *   <li>{@code X-Content-Type-Options: nosniff}: a browser must treat our HTML as HTML and nothing else as
 *       script or HTML, whatever it guesses from the bytes.</li>
 *   <li>{@code Content-Security-Policy: frame-ancestors 'self'}: only Confluence's own pages may frame our
 *       screens, so another site cannot overlay a transparent 2FA admin or review screen and trick a click
 *       (clickjacking).</li>
 * </ul>
 *
 * Confluence sets security headers of its own in its filters. We never fight them: a header that is already on
 * the response is left as it is. In particular, if the host has set any {@code Content-Security-Policy}, we add
 * none: a second policy would not replace the first but be enforced together with it, so our policy could only
 * narrow the host's and may break what the host allows on purpose (e.g. framing the site into a portal an admin
 * configured). A host filter that adds its policy only after our servlet has run cannot be seen from here; the
 * browser then enforces both, and ours adds no more than "no framing by other sites".
 */
final class ScreenHeaders {
    static final String CONTENT_TYPE_OPTIONS = "X-Content-Type-Options";
    static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";
    static final String FRAME_ANCESTORS_SELF = "frame-ancestors 'self'";

    private ScreenHeaders() {
    }

    static void apply(HttpServletResponse response) {
        if (!response.containsHeader(CONTENT_TYPE_OPTIONS)) {
            response.setHeader(CONTENT_TYPE_OPTIONS, "nosniff");
        }
        if (!response.containsHeader(CONTENT_SECURITY_POLICY)) {
            response.setHeader(CONTENT_SECURITY_POLICY, FRAME_ANCESTORS_SELF);
        }
    }
}
