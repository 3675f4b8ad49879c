package app.auraworkflows.approval;

/**
 * Port: live group membership (implemented in {@code confluence/}). Reviewer groups are checked with it at
 * the moment someone votes or opens their tasks, never cached.
 */
public interface GroupMembership {
    /** Whether the user with this (current) username is a member of {@code groupName}. */
    boolean isMember(String username, String groupName);

    /**
     * The names of the groups the user with this (current) username belongs to, lower case (group names are
     * case-insensitive in Confluence), read live; empty for an unknown user.
     */
    java.util.Set<String> groupsOf(String username);
}
