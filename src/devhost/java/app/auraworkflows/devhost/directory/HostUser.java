package app.auraworkflows.devhost.directory;

/**
 * A user of the dev host's embedded directory. {@code key} is an opaque Confluence-style user key
 * (32 hex characters), deliberately different from the username so that plugin code which confuses
 * the two fails on the dev host as it would on Confluence.
 */
public record HostUser(String key, String username, String fullName, String email, boolean active) {
}
