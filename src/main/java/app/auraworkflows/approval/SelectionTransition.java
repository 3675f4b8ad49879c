package app.auraworkflows.approval;

import java.util.List;

/**
 * A manual-selection transition: a page editor moves the page from {@code from} to {@code to}.
 *
 * @param key  unique within the workflow
 * @param from the state the page must be in
 * @param to   the state the page moves to
 */
public record SelectionTransition(String key, String from, String to) implements WorkflowTransition {
    @Override
    public TransitionKind kind() {
        return TransitionKind.SELECTION;
    }

    @Override
    public List<String> targets() {
        return to == null ? List.of() : List.of(to);
    }
}
