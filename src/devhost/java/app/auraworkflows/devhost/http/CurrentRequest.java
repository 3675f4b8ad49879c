package app.auraworkflows.devhost.http;

import app.auraworkflows.devhost.directory.HostUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;

/**
 * The request being served on this thread, with the user the host authenticated, so that SAL calls
 * without a request parameter ({@code UserManager.getRemoteUser()}, {@code PageBuilderService}) work
 * like Confluence's thread-local {@code AuthenticatedUserThreadLocal}. Set by {@link HostRequestFilter}.
 */
public final class CurrentRequest {

    /**
     * How the current user authenticated: none, the login session cookie, HTTP Basic, or a personal
     * access token ({@code Authorization: Bearer}). WebSudo and XSRF rules differ between them.
     */
    public enum AuthMethod { NONE, SESSION, BASIC, TOKEN }

    public static final String USER_ATTRIBUTE = "devhost.user";
    public static final String AUTH_ATTRIBUTE = "devhost.auth";

    private static final ThreadLocal<State> CURRENT = new ThreadLocal<>();

    /** One request's state. */
    public record State(HttpServletRequest request, HttpServletResponse response, HostUser user, AuthMethod auth,
            WebResourceCollector resources) {
    }

    private CurrentRequest() {
    }

    static void set(State state) {
        CURRENT.set(state);
    }

    static void clear() {
        CURRENT.remove();
    }

    public static Optional<State> get() {
        return Optional.ofNullable(CURRENT.get());
    }

    public static Optional<HostUser> user() {
        return get().map(State::user);
    }

    /** The user the host authenticated for this request (attribute set by the host filter). */
    public static HostUser userOf(HttpServletRequest request) {
        Object u = request == null ? null : request.getAttribute(USER_ATTRIBUTE);
        if (u instanceof HostUser user) {
            return user;
        }
        return user().orElse(null);
    }

    public static AuthMethod authOf(HttpServletRequest request) {
        Object a = request == null ? null : request.getAttribute(AUTH_ATTRIBUTE);
        return a instanceof AuthMethod m ? m : get().map(State::auth).orElse(AuthMethod.NONE);
    }
}
