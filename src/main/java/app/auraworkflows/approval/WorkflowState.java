package app.auraworkflows.approval;

/**
 * One state (a box on the diagram) of a workflow.
 *
 * @param key    stable identifier, unique within the workflow (what instances, transitions and history refer to)
 * @param name   display name, e.g. "In Review"
 * @param colour optional colour token for the state pill (e.g. {@code #4C9AFF}); null = default
 */
public record WorkflowState(String key, String name, String colour) {
    public static WorkflowState of(String key, String name) {
        return new WorkflowState(key, name, null);
    }
}
