package app.auraworkflows.approval;

import java.util.List;

/** A transition of a workflow: an {@link ApprovalTransition} or a {@link SelectionTransition}. */
public sealed interface WorkflowTransition permits ApprovalTransition, SelectionTransition {
    /** Unique within the workflow. */
    String key();

    /** The state the transition leaves. */
    String from();

    TransitionKind kind();

    /** Every state this transition can lead to (approval: approve and reject targets). */
    List<String> targets();
}
