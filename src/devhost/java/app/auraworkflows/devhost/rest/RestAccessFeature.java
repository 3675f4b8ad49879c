package app.auraworkflows.devhost.rest;

import app.auraworkflows.devhost.directory.HostUser;
import app.auraworkflows.devhost.http.CurrentRequest;
import app.auraworkflows.devhost.http.HostErrors;
import app.auraworkflows.devhost.sal.DevUserManager;
import app.auraworkflows.devhost.sal.DevWebSudoManager;
import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.List;

/**
 * Confluence REST v2 access annotations, enforced per resource method like Atlassian's REST
 * security filters. The nearest annotation wins (method, then class, then package):
 * <ul>
 *   <li>{@code @UnrestrictedAccess}: anyone, also anonymous;</li>
 *   <li>{@code @AnonymousSiteAccess}: anonymous only if the site allows anonymous access (it does not);</li>
 *   <li>{@code @LicensedOnly}: licensed (active) users; anonymous 401, others 403;</li>
 *   <li>{@code @AdminOnly}: Confluence administrators; anonymous 401, others 403;</li>
 *   <li>none: any authenticated user; anonymous 401.</li>
 * </ul>
 * {@code @WebSudoRequired} (method, class or package) works like Atlassian REST's WebSudo resource
 * filter: it only <em>checks</em> that the session holds a live secure administrator session and
 * refuses otherwise with Atlassian's 401 status body ({@link WebSudoRefusal}). A REST call never starts
 * or extends WebSudo: only the password re-entry does, so a script polling an admin resource cannot
 * keep an administrator's elevated session alive. Requests with HTTP Basic credentials or a personal
 * access token are not checked, as in Confluence: they carry a credential on every call and have no
 * browser session to elevate.
 */
public final class RestAccessFeature implements DynamicFeature {

    /** The access levels, most permissive first. */
    enum Access { UNRESTRICTED, ANONYMOUS_SITE, AUTHENTICATED, LICENSED, ADMIN }

    private static final List<Class<? extends Annotation>> ACCESS_ANNOTATIONS =
            List.of(AdminOnly.class, LicensedOnly.class, AnonymousSiteAccess.class, UnrestrictedAccess.class);

    private final DevUserManager userManager;
    private final DevWebSudoManager webSudo;

    public RestAccessFeature(DevUserManager userManager, DevWebSudoManager webSudo) {
        this.userManager = userManager;
        this.webSudo = webSudo;
    }

    @Override
    public void configure(ResourceInfo info, FeatureContext context) {
        Method method = info.getResourceMethod();
        Class<?> type = info.getResourceClass();
        if (method == null || type == null) {
            return;
        }
        Access access = access(method, type);
        boolean needsWebSudo = method.isAnnotationPresent(WebSudoRequired.class) || type.isAnnotationPresent(WebSudoRequired.class)
                || (type.getPackage() != null && type.getPackage().isAnnotationPresent(WebSudoRequired.class));
        context.register(new AccessFilter(access, needsWebSudo), Priorities.AUTHENTICATION);
    }

    static Access access(Method method, Class<?> type) {
        for (AnnotatedElement element : new AnnotatedElement[] {method, type, type.getPackage()}) {
            if (element == null) {
                continue;
            }
            for (Class<? extends Annotation> a : ACCESS_ANNOTATIONS) {
                if (element.isAnnotationPresent(a)) {
                    return a == AdminOnly.class ? Access.ADMIN : a == LicensedOnly.class ? Access.LICENSED
                            : a == AnonymousSiteAccess.class ? Access.ANONYMOUS_SITE : Access.UNRESTRICTED;
                }
            }
        }
        return Access.AUTHENTICATED;
    }

    /** The filter for one resource method. */
    @Priority(Priorities.AUTHENTICATION)
    final class AccessFilter implements ContainerRequestFilter {
        private final Access access;
        private final boolean needsWebSudo;

        AccessFilter(Access access, boolean needsWebSudo) {
            this.access = access;
            this.needsWebSudo = needsWebSudo;
        }

        @Override
        public void filter(ContainerRequestContext ctx) {
            HttpServletRequest request = CurrentRequest.get().map(CurrentRequest.State::request).orElse(null);
            HostUser user = CurrentRequest.userOf(request);
            boolean anonymousAllowed = access == Access.UNRESTRICTED
                    || (access == Access.ANONYMOUS_SITE && userManager.isAnonymousAccessEnabled());
            if (user == null) {
                if (!anonymousAllowed) {
                    ctx.abortWith(error(401, "UNAUTHORIZED", "Authentication required"));
                }
                return;
            }
            UserKey key = new UserKey(user.key());
            if (access == Access.LICENSED && !userManager.isLicensed(key)) {
                ctx.abortWith(error(403, "FORBIDDEN", "A Confluence licence is required"));
                return;
            }
            if (access == Access.ADMIN && !userManager.isAdmin(key)) {
                ctx.abortWith(error(403, "FORBIDDEN", "Administrator permission is required"));
                return;
            }
            if (needsWebSudo && WebSudoRefusal.applies(CurrentRequest.authOf(request))
                    && !webSudo.canExecuteRequest(request)) {
                ctx.abortWith(WebSudoRefusal.response());
            }
        }
    }

    static Response error(int status, String code, String message) {
        Response.ResponseBuilder b = Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(HostErrors.body(code, message));
        return b.build();
    }
}
