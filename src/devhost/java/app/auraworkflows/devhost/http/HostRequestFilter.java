package app.auraworkflows.devhost.http;

import app.auraworkflows.devhost.directory.AccessTokenStore;
import app.auraworkflows.devhost.directory.HostUser;
import app.auraworkflows.devhost.directory.UserStore;
import app.auraworkflows.devhost.sal.HostConfluenceUser;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * First filter of every request, Confluence's Seraph in miniature: identifies the user from HTTP Basic
 * credentials or a personal access token ({@code Authorization: Bearer}, Confluence 7.9+), both checked
 * on every request without creating a session, or from the login session, and publishes
 * them as request attributes, in {@link CurrentRequest} and in Confluence's
 * {@link AuthenticatedUserThreadLocal}. Wrong Basic credentials and unknown, revoked or expired tokens
 * (or a deactivated token owner) get 401 at once, never falling back to the session;
 * anonymous requests pass through, and each module decides (REST access annotations, servlets' own
 * checks, host pages redirect to the login page). Sets {@code X-AUSERNAME} like Confluence.
 */
public final class HostRequestFilter implements Filter {

    /** Session attribute holding the logged-in user's key. */
    public static final String SESSION_USER = "devhost.userKey";

    private final UserStore users;
    private final AccessTokenStore tokens;

    public HostRequestFilter(UserStore users, AccessTokenStore tokens) {
        this.users = users;
        this.tokens = tokens;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        HostUser user = null;
        CurrentRequest.AuthMethod auth = CurrentRequest.AuthMethod.NONE;
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            Optional<HostUser> basic = basic(authorization.substring(6).trim());
            if (basic.isEmpty()) {
                response.setHeader("X-Seraph-LoginReason", "AUTHENTICATED_FAILED");
                HostErrors.write(response, 401, "UNAUTHORIZED", "Invalid username or password");
                return;
            }
            user = basic.get();
            auth = CurrentRequest.AuthMethod.BASIC;
        } else if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<HostUser> bearer = tokens.authenticate(authorization.substring(7).trim())
                    .flatMap(users::byKey).filter(HostUser::active);
            if (bearer.isEmpty()) {
                response.setHeader("WWW-Authenticate", "Bearer");
                HostErrors.write(response, 401, "UNAUTHORIZED", "Invalid, expired or revoked personal access token");
                return;
            }
            user = bearer.get();
            auth = CurrentRequest.AuthMethod.TOKEN;
        } else {
            HttpSession session = request.getSession(false);
            Object key = session == null ? null : session.getAttribute(SESSION_USER);
            if (key instanceof String k) {
                Optional<HostUser> fromSession = users.byKey(k).filter(HostUser::active);
                if (fromSession.isPresent()) {
                    user = fromSession.get();
                    auth = CurrentRequest.AuthMethod.SESSION;
                } else {
                    session.invalidate(); // deactivated or deleted since login
                }
            }
        }
        request.setAttribute(CurrentRequest.USER_ATTRIBUTE, user);
        request.setAttribute(CurrentRequest.AUTH_ATTRIBUTE, auth);
        response.setHeader("X-AUSERNAME", user == null ? "anonymous" : user.username());
        CurrentRequest.set(new CurrentRequest.State(request, response, user, auth, new WebResourceCollector()));
        // Confluence's login filter publishes the user to AuthenticatedUserThreadLocal for the whole request
        AuthenticatedUserThreadLocal.set(user == null ? null : new HostConfluenceUser(user));
        try {
            chain.doFilter(request, response);
        } finally {
            AuthenticatedUserThreadLocal.reset();
            CurrentRequest.clear();
        }
    }

    private Optional<HostUser> basic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        return users.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1));
    }
}
