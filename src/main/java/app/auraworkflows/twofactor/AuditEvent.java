package app.auraworkflows.twofactor;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the 2FA audit log (newest first on the admin screen). Never holds a code or a secret.
 *
 * @param id            the store's id (0 for an event not yet stored); orders events of the same millisecond
 * @param at            when it happened
 * @param userKey       the user the event is about
 * @param username      their username at that time
 * @param fullName      their full name at that time
 * @param outcome       what happened
 * @param pageId        the page of a protected approval attempt, or null (setup, admin actions)
 * @param actorUsername who did it: the administrator for added/revoked/unlock, else the user themselves
 * @param client        the client of a setup confirmation (USER_ACTIVATED), else null
 */
public record AuditEvent(long id, Instant at, String userKey, String username, String fullName,
                         AuditOutcome outcome, Long pageId, String actorUsername, ClientInfo client) {

    public AuditEvent(long id, Instant at, String userKey, String username, String fullName,
                      AuditOutcome outcome, Long pageId, String actorUsername) {
        this(id, at, userKey, username, fullName, outcome, pageId, actorUsername, null);
    }

    public AuditEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(userKey, "userKey");
        Objects.requireNonNull(outcome, "outcome");
    }
}
