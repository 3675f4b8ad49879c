package app.auraworkflows.twofactor;

/**
 * What the user screen shows: not added by an admin, setup pending, setup expired (pending for longer than the
 * administrators allow: the secret is no longer shown, an administrator must add the user again), or complete.
 */
public enum SetupStatus {
    NOT_ENABLED,
    PENDING,
    EXPIRED,
    ACTIVE
}
