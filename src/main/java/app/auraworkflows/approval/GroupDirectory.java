package app.auraworkflows.approval;

/**
 * Port: the host's groups (implemented in {@code confluence/}), asked when a workflow is saved so the
 * Builder can warn about a reviewer group that does not exist.
 */
public interface GroupDirectory {
    /** Whether a group with this name exists (compared as the host compares group names, ignoring case). */
    boolean exists(String groupName);
}
