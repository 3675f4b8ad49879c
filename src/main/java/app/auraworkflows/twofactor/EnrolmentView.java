package app.auraworkflows.twofactor;

import java.time.Instant;

/**
 * One row of the admin lists (no secret in it). {@code lockedUntil} is null unless the user is locked out for a
 * while now; {@code lockedUntilUnlock} says the user is locked until an administrator unlocks. {@code expiresAt}
 * is when a PENDING setup expires (null for ACTIVE rows) and {@code expired} whether it has; {@code activatedFrom}
 * is the client that confirmed an ACTIVE setup (null if unknown).
 */
public record EnrolmentView(
        String username,
        String userKey,
        String fullName,
        EnrolmentStatus status,
        String addedBy,
        Instant addedAt,
        Instant activatedAt,
        Instant lastUsedAt,
        Instant lockedUntil,
        boolean lockedUntilUnlock,
        Instant expiresAt,
        boolean expired,
        ClientInfo activatedFrom) {

    public EnrolmentView(String username, String userKey, String fullName, EnrolmentStatus status, String addedBy,
                         Instant addedAt, Instant activatedAt, Instant lastUsedAt, Instant lockedUntil) {
        this(username, userKey, fullName, status, addedBy, addedAt, activatedAt, lastUsedAt, lockedUntil, false,
                null, false, null);
    }
}
