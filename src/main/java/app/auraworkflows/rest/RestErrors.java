package app.auraworkflows.rest;

import com.atlassian.sal.api.message.I18nResolver;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.springframework.stereotype.Component;

import java.io.Serializable;

/**
 * Role: builds the JSON error responses of the REST API ({@code {"error": CODE, "message": text}}) with
 * translated messages, so every resource refuses requests the same way.
 */
@Component
public class RestErrors {
    /** The error code of a lock only an administrator ends. */
    static final String LOCKED_UNTIL_UNLOCK = "LOCKED_UNTIL_UNLOCK";

    public static final String UNAUTHORIZED = "UNAUTHORIZED";
    public static final String FORBIDDEN = "FORBIDDEN";
    public static final String INVALID_INPUT = "INVALID_INPUT";
    public static final String NOT_ENROLLED = "NOT_ENROLLED";
    public static final String NOT_PENDING = "NOT_PENDING";
    public static final String NOT_FOUND = "NOT_FOUND";
    public static final String IN_USE = "IN_USE";
    public static final String INVALID_WORKFLOW = "INVALID_WORKFLOW";
    /** Atlassian REST's code for the same refusal, so clients need to know only one. */
    public static final String XSRF_CHECK_FAILED = "XSRF_CHECK_FAILED";

    private final I18nResolver i18n;
    private final app.auraworkflows.web.UserClock clock;

    public RestErrors(I18nResolver i18n, app.auraworkflows.web.UserClock clock) {
        this.i18n = i18n;
        this.clock = clock;
    }

    /** 401: the request is anonymous. */
    public Response unauthorized() {
        return error(Response.Status.UNAUTHORIZED.getStatusCode(), UNAUTHORIZED, "aura.2fa.rest.error.unauthorized");
    }

    /** 403: signed in, but not allowed to do this. */
    public Response forbidden() {
        return error(Response.Status.FORBIDDEN.getStatusCode(), FORBIDDEN, "aura.2fa.rest.error.forbidden");
    }

    /** 403 XSRF_CHECK_FAILED: a state-changing request a cross-site page could have sent ({@link RestXsrfRule}). */
    public Response xsrfCheckFailed() {
        return error(Response.Status.FORBIDDEN.getStatusCode(), XSRF_CHECK_FAILED, "aura.rest.error.xsrf");
    }

    /** 400 INVALID_INPUT with the message of {@code messageKey}. */
    public Response invalidInput(String messageKey, Serializable... args) {
        return error(Response.Status.BAD_REQUEST.getStatusCode(), INVALID_INPUT, messageKey, args);
    }

    /** 400 INVALID_INPUT naming the field of a request body whose JSON type or characters are wrong. */
    public Response invalidJson(JsonInputError error) {
        return invalidInput(error.expected().messageKey(), error.field());
    }

    /** 400 INVALID_INPUT naming a path or query parameter that holds a control character. */
    public Response controlCharacter(String parameter) {
        return invalidInput(JsonInputError.Expected.NO_CONTROL_CHARACTER.messageKey(), parameter);
    }

    /** Translates {@code messageKey} for bodies that carry more than the code and the message. */
    public String text(String messageKey, Serializable... args) {
        return i18n.getText(messageKey, args);
    }

    /**
     * The one wording of a 2FA lockout ({@link app.auraworkflows.web.CodeCheckPresentation#lockedMessage}), with the
     * time of day it ends in the user's zone.
     */
    public String lockedMessage(String userKey, long seconds, boolean untilUnlock) {
        return app.auraworkflows.web.CodeCheckPresentation.lockedMessage(i18n, seconds, untilUnlock, clock.now(userKey));
    }

    /** The message of a refused code check ({@link app.auraworkflows.web.CodeCheckPresentation#message}). */
    public String codeCheckMessage(String userKey, app.auraworkflows.twofactor.CodeCheck check) {
        return app.auraworkflows.web.CodeCheckPresentation.message(i18n, check, clock.now(userKey));
    }

    /**
     * The one REST answer to a refused second-factor check, for setup confirmation and protected reviews alike
     * ({@link app.auraworkflows.web.CodeCheckPresentation}): its status, code and message; a timed lock adds
     * {@code retryAfterSeconds} and a Retry-After header; a lock that only an administrator ends is
     * {@value #LOCKED_UNTIL_UNLOCK} without Retry-After, since waiting does not help.
     */
    public Response codeCheckRefusal(String userKey, app.auraworkflows.twofactor.CodeCheck check) {
        app.auraworkflows.web.CodeCheckPresentation.Presentation presentation =
                app.auraworkflows.web.CodeCheckPresentation.of(check.outcome());
        String message = codeCheckMessage(userKey, check);
        if (check.outcome() == app.auraworkflows.twofactor.CodeCheck.Outcome.LOCKED && check.untilUnlock()) {
            return withBody(presentation.httpStatus(), new ErrorDto(LOCKED_UNTIL_UNLOCK, message));
        }
        if (check.outcome() == app.auraworkflows.twofactor.CodeCheck.Outcome.LOCKED) {
            long retryAfter = app.auraworkflows.web.CodeCheckPresentation.retryAfterSeconds(check);
            return Response.status(presentation.httpStatus()).type(MediaType.APPLICATION_JSON_TYPE)
                    .header("Retry-After", String.valueOf(retryAfter))
                    .entity(new ErrorDto(presentation.errorCode(), message, retryAfter)).build();
        }
        return withBody(presentation.httpStatus(), new ErrorDto(presentation.errorCode(), message));
    }

    public Response error(int status, String code, String messageKey, Serializable... args) {
        return withBody(status, new ErrorDto(code, text(messageKey, args)));
    }

    /** An error whose message was already translated (e.g. by {@code CodeCheckPresentation}). */
    public Response withBody(int status, ErrorDto body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
