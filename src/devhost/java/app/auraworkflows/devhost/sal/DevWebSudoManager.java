package app.auraworkflows.devhost.sal;

import app.auraworkflows.devhost.HostUrls;
import app.auraworkflows.devhost.http.CurrentRequest;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

/**
 * Confluence's "secure administrator sessions" (WebSudo). After the user re-enters the password at
 * {@code /authenticate.action}, the session carries a WebSudo flag that is live for the configured
 * time (10 minutes) and is extended by each WebSudo-protected page request (servlets and actions that
 * call {@link #willExecuteWebSudoRequest}). REST resources only check {@link #canExecuteRequest}, as
 * Atlassian REST does, so background REST calls never keep WebSudo alive. Requests authenticated with
 * HTTP Basic or a personal access token have no session and never hold the flag.
 */
public final class DevWebSudoManager implements WebSudoManager {

    /** Session attribute: epoch millis until which WebSudo is live. */
    public static final String SESSION_ATTRIBUTE = "devhost.websudo.until";

    private final HostUrls urls;
    private final Clock clock;
    private final Duration timeout;
    private final boolean enabled;

    public DevWebSudoManager(HostUrls urls, Clock clock, Duration timeout, boolean enabled) {
        this.urls = urls;
        this.clock = clock;
        this.timeout = timeout;
        this.enabled = enabled;
    }

    public boolean enabled() {
        return enabled;
    }

    @Override
    public boolean canExecuteRequest(HttpServletRequest request) {
        return !enabled || isLive(request);
    }

    /** True when the session holds a live WebSudo flag (regardless of the enabled switch). */
    public boolean isLive(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || CurrentRequest.userOf(request) == null) {
            return false;
        }
        Object until = session.getAttribute(SESSION_ATTRIBUTE);
        return until instanceof Long u && u > clock.millis();
    }

    @Override
    public void enforceWebSudoProtection(HttpServletRequest request, HttpServletResponse response) {
        String original = request.getRequestURI().substring(request.getContextPath().length())
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        try {
            response.sendRedirect(urls.path("/authenticate.action?destination="
                    + URLEncoder.encode(original, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void willExecuteWebSudoRequest(HttpServletRequest request) throws WebSudoSessionException {
        if (!canExecuteRequest(request)) {
            throw new WebSudoSessionException("WebSudo session required");
        }
        if (enabled) {
            start(request.getSession());
        }
    }

    /** Starts (or extends) WebSudo for a session: after password re-entry. */
    public void start(HttpSession session) {
        session.setAttribute(SESSION_ATTRIBUTE, clock.millis() + timeout.toMillis());
    }

    /** Drops WebSudo ("Drop access" in the admin banner). */
    public void drop(HttpSession session) {
        if (session != null) {
            session.removeAttribute(SESSION_ATTRIBUTE);
        }
    }
}
