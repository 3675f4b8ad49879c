package app.auraworkflows.approval;

import java.util.List;

/**
 * A transition of a workflow: an {@link ApprovalTransition}, a {@link SelectionTransition} or an
 * {@link EditTransition}.
 */
public sealed interface WorkflowTransition permits ApprovalTransition, SelectionTransition, EditTransition {
    /** Unique within the workflow. */
    String key();

    /** The state the transition leaves. */
    String from();

    TransitionKind kind();

    /** Every state this transition can lead to (approval: approve and reject targets). */
    List<String> targets();
}
