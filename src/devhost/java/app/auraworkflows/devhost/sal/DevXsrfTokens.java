package app.auraworkflows.devhost.sal;

import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Confluence's XSRF tokens ({@code atl_token}): one random token per session; form posts must echo
 * it in the {@code atl_token} parameter. Implements both SAL interfaces over the same session value.
 */
public final class DevXsrfTokens implements XsrfTokenValidator, XsrfTokenAccessor {

    public static final String PARAMETER = "atl_token";
    static final String SESSION_ATTRIBUTE = "atlassian.xsrf.token";

    private final SecureRandom random;

    public DevXsrfTokens(SecureRandom random) {
        this.random = random;
    }

    @Override
    public String getXsrfToken(HttpServletRequest request, HttpServletResponse response, boolean create) {
        HttpSession session = request.getSession(create);
        if (session == null) {
            return null;
        }
        synchronized (session) {
            Object token = session.getAttribute(SESSION_ATTRIBUTE);
            if (token == null && create) {
                byte[] bytes = new byte[20];
                random.nextBytes(bytes);
                token = HexFormat.of().formatHex(bytes);
                session.setAttribute(SESSION_ATTRIBUTE, token);
            }
            return (String) token;
        }
    }

    @Override
    public boolean validateFormEncodedToken(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String submitted = request.getParameter(PARAMETER);
        Object expected = session == null ? null : session.getAttribute(SESSION_ATTRIBUTE);
        if (submitted == null || !(expected instanceof String e)) {
            return false;
        }
        return MessageDigest.isEqual(e.getBytes(StandardCharsets.UTF_8), submitted.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String getXsrfParameterName() {
        return PARAMETER;
    }
}
