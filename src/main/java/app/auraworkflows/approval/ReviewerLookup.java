package app.auraworkflows.approval;

/**
 * Role: what {@link WorkflowValidator} asks about reviewer names while checking a definition: whether a
 * named user could review (exists and is active) and whether a named group exists. The service builds it
 * from the {@link GroupDirectory} and {@code kernel.UserDirectory} ports; the validator asks at most once
 * per reviewer entry, and only for a definition that has no errors.
 */
public interface ReviewerLookup {
    /** Assumes every name exists: for checks that have no directory at hand. */
    ReviewerLookup NONE = new ReviewerLookup() {
        @Override
        public boolean userCanReview(String username) {
            return true;
        }

        @Override
        public boolean groupExists(String groupName) {
            return true;
        }

        @Override
        public boolean checks() {
            return false;
        }
    };

    /** Whether a user with this username exists and is active (a round leaves out anyone else). */
    boolean userCanReview(String username);

    /** Whether a group with this name exists. */
    boolean groupExists(String groupName);

    /** Whether this lookup asks a directory at all ({@link #NONE} does not). */
    default boolean checks() {
        return true;
    }
}
