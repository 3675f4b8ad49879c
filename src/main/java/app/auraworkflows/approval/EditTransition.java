package app.auraworkflows.approval;

import java.util.List;

/**
 * A page-edit transition: when the page's content is edited (Confluence saves a new page version) while the page
 * is in {@code from}, the page moves to {@code to}. Nobody chooses it; the edit is the trigger. A state has at most
 * one (see {@link WorkflowValidator}). Leaving an approval state this way closes the open round: its votes stay in
 * the history and count for nothing, because they were cast on text that no longer exists.
 *
 * @param key  unique within the workflow
 * @param from the state the page must be in
 * @param to   the state an edit moves the page to
 */
public record EditTransition(String key, String from, String to) implements WorkflowTransition {
    @Override
    public TransitionKind kind() {
        return TransitionKind.PAGE_EDIT;
    }

    @Override
    public List<String> targets() {
        return to == null ? List.of() : List.of(to);
    }
}
