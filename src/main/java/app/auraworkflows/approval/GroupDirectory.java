package app.auraworkflows.approval;

/**
 * Port: the host's groups (implemented in {@code confluence/}), asked when a workflow is saved so the
 * Builder can warn about a reviewer group that does not exist, and by the Builder's group picker.
 */
public interface GroupDirectory {
    /** Whether a group with this name exists (compared as the host compares group names, ignoring case). */
    boolean exists(String groupName);

    /**
     * Up to {@code limit} group names starting with {@code prefix} (ignoring case), in the host's order; the host is
     * asked for no more than {@code limit} names, however many groups there are.
     */
    java.util.List<String> namesStartingWith(String prefix, int limit);
}
