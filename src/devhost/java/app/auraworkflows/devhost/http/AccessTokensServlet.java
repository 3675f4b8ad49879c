package app.auraworkflows.devhost.http;

import app.auraworkflows.devhost.HostUrls;
import app.auraworkflows.devhost.directory.AccessTokenStore;
import app.auraworkflows.devhost.directory.HostUser;
import app.auraworkflows.devhost.sal.DevXsrfTokens;
import app.auraworkflows.devhost.web.Chrome;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The profile screen for personal access tokens ({@link #PATH}, Profile → Settings → Personal Access
 * Tokens in Confluence): a logged-in user lists their tokens, creates one (a name, optional expiry in
 * days; the secret is shown on the answer page once and never again) and revokes one. Form POSTs need
 * the session's {@code atl_token}.
 *
 * <p>Only a login session may manage tokens: a request authenticated with a token or HTTP Basic is
 * sent to the login page, so a leaked token cannot mint further tokens or revoke the owner's.
 */
public final class AccessTokensServlet extends HttpServlet {

    public static final String PATH = "/plugins/personalaccesstokens/usertokens.action";
    private static final int MAX_EXPIRY_DAYS = 365;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final AccessTokenStore tokens;
    private final DevXsrfTokens xsrf;
    private final Chrome chrome;
    private final HostUrls urls;

    public AccessTokensServlet(AccessTokenStore tokens, DevXsrfTokens xsrf, Chrome chrome, HostUrls urls) {
        this.tokens = tokens;
        this.xsrf = xsrf;
        this.chrome = chrome;
        this.urls = urls;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        HostUser user = sessionUser(req, resp);
        if (user != null) {
            String info = "revoked".equals(req.getParameter("done")) ? "The token is revoked." : null;
            show(req, resp, user, null, null, info);
        }
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        HostUser user = sessionUser(req, resp);
        if (user == null) {
            return;
        }
        if (!xsrf.validateFormEncodedToken(req)) {
            resp.setStatus(403);
            show(req, resp, user, null, "Your session expired or the form was not submitted from Confluence. Please try again.", null);
            return;
        }
        if ("revoke".equals(req.getParameter("action"))) {
            if (!tokens.revoke(user.key(), req.getParameter("id"))) {
                resp.setStatus(404);
                show(req, resp, user, null, "That token does not exist (it may already be revoked).", null);
                return;
            }
            // post/redirect/get: a reload must not repeat the revocation
            resp.sendRedirect(urls.path(PATH + "?done=revoked"));
            return;
        }
        String name = req.getParameter("name") == null ? "" : req.getParameter("name").strip();
        if (name.isEmpty() || name.length() > AccessTokenStore.MAX_NAME_LENGTH) {
            resp.setStatus(400);
            show(req, resp, user, null, "Give the token a name of at most " + AccessTokenStore.MAX_NAME_LENGTH + " characters.", null);
            return;
        }
        Duration lifetime;
        String days = req.getParameter("expiryDays") == null ? "" : req.getParameter("expiryDays").strip();
        try {
            int d = days.isEmpty() ? 0 : Integer.parseInt(days);
            if (!days.isEmpty() && (d < 1 || d > MAX_EXPIRY_DAYS)) {
                throw new NumberFormatException();
            }
            lifetime = days.isEmpty() ? null : Duration.ofDays(d);
        } catch (NumberFormatException e) {
            resp.setStatus(400);
            show(req, resp, user, null, "Automatic expiry must be 1 to " + MAX_EXPIRY_DAYS + " days, or empty for none.", null);
            return;
        }
        AccessTokenStore.Created created = tokens.create(user.key(), name, lifetime);
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("name", created.token().name());
        shown.put("secret", created.secret());
        show(req, resp, user, shown, null, null);
    }

    /** The session user, or null after redirecting to the login page (also for Basic and token requests). */
    private HostUser sessionUser(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        HostUser user = CurrentRequest.userOf(req);
        if (user == null || CurrentRequest.authOf(req) != CurrentRequest.AuthMethod.SESSION) {
            resp.sendRedirect(urls.path("/login.action?os_destination=" + URLEncoder.encode(PATH, StandardCharsets.UTF_8)));
            return null;
        }
        return user;
    }

    private void show(HttpServletRequest req, HttpServletResponse resp, HostUser user, Map<String, Object> created,
            String error, String info) throws IOException {
        Instant now = tokens.now();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (AccessTokenStore.AccessToken t : tokens.list(user.key())) {
            Map<String, Object> row = new HashMap<>();
            row.put("id", t.id());
            row.put("name", t.name());
            row.put("created", TIME.format(t.created()));
            row.put("expires", t.expires() == null ? null : TIME.format(t.expires()));
            row.put("lastUsed", t.lastUsed() == null ? null : TIME.format(t.lastUsed()));
            row.put("expired", t.expiredAt(now));
            rows.add(row);
        }
        Map<String, Object> data = new HashMap<>();
        data.put("contextPath", urls.contextPath());
        data.put("atlToken", xsrf.getXsrfToken(req, resp, true));
        data.put("tokens", rows);
        data.put("created", created);
        data.put("error", error);
        data.put("info", info);
        // the page may carry a secret: never cache it
        resp.setHeader("Cache-Control", "no-store");
        chrome.write(req, resp, Chrome.Content.of("atl.general", "Personal Access Tokens",
                chrome.renderBody("devhost.pages.accessTokens", data)));
    }
}
