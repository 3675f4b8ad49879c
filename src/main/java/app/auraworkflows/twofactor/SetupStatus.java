package app.auraworkflows.twofactor;

/** What the user screen shows: not added by an admin, setup pending, or setup complete. */
public enum SetupStatus {
    NOT_ENABLED,
    PENDING,
    ACTIVE
}
