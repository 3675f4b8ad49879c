package app.auraworkflows.rest;

import app.auraworkflows.confluence.AuraPermissions;
import app.auraworkflows.confluence.AuraUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;

/**
 * The outcome of the access guard every REST method starts with: either the calling user, or the refusal
 * to return (401 anonymous, 403 not permitted). The host's access annotations already filter requests;
 * this repeats the rule in our code through {@link AuraPermissions}, the plugin's one home of
 * authorization, so a mis-configured host cannot open an admin endpoint.
 *
 * <p>It is also where the plugin's XSRF rule ({@link RestXsrfRule}) is applied: every state-changing method
 * starts here (the HTTP suite sends forgeable requests to every endpoint it finds). A forgeable request from a signed-in user is refused with
 * 403 XSRF_CHECK_FAILED before the resource acts on it (anonymous requests still get 401 first, as the
 * host's filters order them).
 */
record RestCaller(AuraUser user, Response refusal) {

    static RestCaller signedIn(AuraPermissions permissions, RestErrors errors, HttpServletRequest request) {
        return permissions.currentUser(request)
                .map(user -> new RestCaller(user, RestXsrfRule.refuses(request) ? errors.xsrfCheckFailed() : null))
                .orElseGet(() -> new RestCaller(null, errors.unauthorized()));
    }

    static RestCaller administrator(AuraPermissions permissions, RestErrors errors, HttpServletRequest request) {
        RestCaller caller = signedIn(permissions, errors, request);
        if (caller.refused() || permissions.canAdminister(caller.user())) {
            return caller;
        }
        return new RestCaller(caller.user(), errors.forbidden());
    }

    boolean refused() {
        return refusal != null;
    }
}
