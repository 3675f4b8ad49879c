package app.auraworkflows.twofactor;

/** Where a user stands with 2FA: invited by an admin (PENDING) or has confirmed a code (ACTIVE). */
public enum EnrolmentStatus {
    PENDING,
    ACTIVE
}
