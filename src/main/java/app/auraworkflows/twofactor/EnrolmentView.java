package app.auraworkflows.twofactor;

import java.time.Instant;

/** One row of the admin lists (no secret in it). {@code lockedUntil} is null unless the user is locked out now. */
public record EnrolmentView(
        String username,
        String userKey,
        String fullName,
        EnrolmentStatus status,
        String addedBy,
        Instant addedAt,
        Instant activatedAt,
        Instant lastUsedAt,
        Instant lockedUntil) {
}
