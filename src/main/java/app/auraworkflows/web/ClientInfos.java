package app.auraworkflows.web;

import app.auraworkflows.twofactor.ClientInfo;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Role: reads the {@link ClientInfo} (remote address, User-Agent) of a servlet request, for the record of who
 * confirmed a 2FA setup. Used by the setup screen and the REST API alike.
 *
 * <p>The address is {@link HttpServletRequest#getRemoteAddr()}. Behind a reverse proxy that is whatever the host
 * makes of it: Confluence's own remote-address handling (its Tomcat connector / proxy configuration) applies, and
 * this class deliberately does not read {@code X-Forwarded-For} itself, which any client can forge.
 */
public final class ClientInfos {
    private ClientInfos() {
    }

    public static ClientInfo of(HttpServletRequest request) {
        return new ClientInfo(request.getRemoteAddr(), request.getHeader("User-Agent"));
    }
}
