package app.auraworkflows.rest;

import app.auraworkflows.twofactor.TwoFactorUnavailableException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Role: turns "the 2FA secret cannot be used" (missing or damaged key file, tampered or moved ciphertext)
 * into 503 {@code TWO_FACTOR_UNAVAILABLE}. The check has failed closed already — nothing was accepted and
 * no attempt was counted; this makes the refusal explicit for the user and visible to admins in the log.
 * The log line carries the exception's own message, which never contains a secret, URI or code.
 */
@Provider
public class TwoFactorUnavailableMapper implements ExceptionMapper<TwoFactorUnavailableException> {
    static final String TWO_FACTOR_UNAVAILABLE = "TWO_FACTOR_UNAVAILABLE";
    private static final Logger LOG = LoggerFactory.getLogger(TwoFactorUnavailableMapper.class);

    private final RestErrors errors;

    @Inject
    public TwoFactorUnavailableMapper(RestErrors errors) {
        this.errors = errors;
    }

    @Override
    public Response toResponse(TwoFactorUnavailableException failure) {
        LOG.error("Aura Workflows 2FA is unavailable: {}. Check the key file in the shared home "
                + "(aura-workflows/aura-workflows-2fa.key).", failure.getMessage());
        return errors.error(Response.Status.SERVICE_UNAVAILABLE.getStatusCode(), TWO_FACTOR_UNAVAILABLE,
                "aura.2fa.rest.error.unavailable");
    }
}
