package app.auraworkflows.rest;

import app.auraworkflows.confluence.AuraPermissions;
import app.auraworkflows.web.ClientInfos;
import app.auraworkflows.twofactor.CodeCheck;
import app.auraworkflows.twofactor.EnrolmentService;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Optional;

/**
 * Role: REST resource for the signed-in user's own 2FA setup ({@code /rest/aura-workflows/1.0/2fa/me}).
 * Always the caller's own setup: no user parameter exists, so nobody can read another user's secret.
 * There is no reset endpoint on purpose (only an admin can revoke and re-add).
 */
@Path("/2fa/me")
@LicensedOnly
public class MySetupResource {
    static final String PNG = "image/png";

    private final EnrolmentService enrolmentService;
    private final AuraPermissions permissions;
    private final RestErrors errors;

    @Inject
    public MySetupResource(EnrolmentService enrolmentService, AuraPermissions permissions, RestErrors errors) {
        this.enrolmentService = enrolmentService;
        this.permissions = permissions;
        this.errors = errors;
    }

    /**
     * 200 {@code {"status","issuer","accountName"}}, plus {@code manualKey} and {@code otpauthUri} only
     * while PENDING; never cached ({@code Cache-Control: no-store}); 401 when anonymous.
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response me(@Context HttpServletRequest request) {
        RestCaller caller = RestCaller.signedIn(permissions, errors, request);
        if (caller.refused()) {
            return caller.refusal();
        }
        return Response.ok(MySetupDto.from(enrolmentService.mySetup(caller.user().userKey())))
                .cacheControl(noStore()).build();
    }

    /** 200 image/png of the QR code while PENDING ({@code no-store}); 404 NOT_PENDING otherwise; 401. */
    @GET
    @Path("/qr.png")
    @Produces({PNG, MediaType.APPLICATION_JSON})
    public Response qrCode(@Context HttpServletRequest request) {
        RestCaller caller = RestCaller.signedIn(permissions, errors, request);
        if (caller.refused()) {
            return caller.refusal();
        }
        Optional<byte[]> png = enrolmentService.qrPng(caller.user().userKey());
        if (png.isEmpty()) {
            return errors.error(Response.Status.NOT_FOUND.getStatusCode(), RestErrors.NOT_PENDING,
                    "aura.2fa.rest.error.qr.notpending");
        }
        return Response.ok(png.get(), PNG).cacheControl(noStore()).build();
    }

    /**
     * Confirms the setup with a code from the authenticator app.
     *
     * <p>200 {@code {"status": "ACTIVE"}}; 400 INVALID_CODE (wrong, expired or already used: one answer);
     * 400 INVALID_INPUT (missing body/code, not six ASCII digits); 400 CODE_REQUIRED (an empty code); 409 NOT_PENDING; 429 LOCKED with
     * {@code retryAfterSeconds} and a Retry-After header; 429 LOCKED_UNTIL_UNLOCK (no Retry-After) once only an
     * administrator can unlock; 409 SETUP_EXPIRED; 200 again for a replay of the confirming code; 401.
     */
    @POST
    @Path("/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response confirm(@Context HttpServletRequest request, ConfirmRequest body) {
        RestCaller caller = RestCaller.signedIn(permissions, errors, request);
        if (caller.refused()) {
            return caller.refusal();
        }
        if (body != null && body.inputError() != null) {
            return errors.invalidJson(body.inputError());
        }
        if (body == null || body.code() == null) {
            return errors.invalidInput("aura.2fa.code.error.format");
        }
        CodeCheck check = enrolmentService.confirm(caller.user().userKey(), body.code(), ClientInfos.of(request));
        return toResponse(caller.user().userKey(), check);
    }

    private Response toResponse(String userKey, CodeCheck check) {
        if (check.accepted()) {
            return Response.ok(new ConfirmResultDto("ACTIVE")).cacheControl(noStore()).build();
        }
        return errors.codeCheckRefusal(userKey, check);
    }

    private static CacheControl noStore() {
        CacheControl cacheControl = new CacheControl();
        cacheControl.setNoStore(true);
        cacheControl.setNoTransform(false);
        return cacheControl;
    }
}
