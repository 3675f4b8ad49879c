package app.auraworkflows.approval;

import java.util.List;

/**
 * A manual-selection transition: a page editor moves the page from {@code from} to {@code to}.
 *
 * @param key   unique within the workflow
 * @param from  the state the page must be in
 * @param to    the state the page moves to
 * @param label what the editor's button says ("Submit for review"), or null: the panel then names the target
 *              ("Move to In Review")
 */
public record SelectionTransition(String key, String from, String to, String label) implements WorkflowTransition {
    /** A selection without a label of its own. */
    public SelectionTransition(String key, String from, String to) {
        this(key, from, to, null);
    }

    @Override
    public TransitionKind kind() {
        return TransitionKind.SELECTION;
    }

    @Override
    public List<String> targets() {
        return to == null ? List.of() : List.of(to);
    }
}
