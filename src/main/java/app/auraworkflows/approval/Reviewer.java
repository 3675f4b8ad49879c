package app.auraworkflows.approval;

/**
 * A named reviewer of an approval round, resolved from the directory when the page entered the approval state.
 *
 * @param userKey  stable key (votes are matched by it, so a rename keeps the reviewer)
 * @param username username at resolution time
 * @param fullName display name at resolution time
 */
public record Reviewer(String userKey, String username, String fullName) {
}
