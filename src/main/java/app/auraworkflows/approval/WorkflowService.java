package app.auraworkflows.approval;

import java.util.List;
import java.util.Optional;

/**
 * Workflow definitions (the Workflow Builder). Callers check that the user is an admin; this service
 * enforces the definition rules ({@link WorkflowValidator}).
 */
public interface WorkflowService {
    List<WorkflowDefinition> list();

    /**
     * The reviewer group picker: up to {@code limit} (at most {@link #MAX_GROUP_SEARCH}) group names starting with
     * {@code prefix}, and whether there are more; none for a blank prefix. Bounded: the host is asked for one name
     * more than shown.
     */
    GroupSearch searchGroups(String prefix, int limit);

    /** Most group names one search answers. */
    int MAX_GROUP_SEARCH = 25;

    /** Group names found and whether more matched. */
    record GroupSearch(List<String> names, boolean moreResults) {
        public GroupSearch {
            names = List.copyOf(names);
        }
    }

    Optional<WorkflowDefinition> get(long id);

    /**
     * A workflow as the Builder edits it: the definition and the full names of its named reviewers, by username as
     * written in it, so people are shown rather than usernames. Users the directory does not know are left out (a
     * failing directory leaves them all out: the usernames still show).
     */
    Optional<EditableWorkflow> forEditing(long id);

    /** A stored workflow with its named reviewers' full names (username → full name). */
    record EditableWorkflow(WorkflowDefinition definition, java.util.Map<String, String> reviewerNames) {
        public EditableWorkflow {
            reviewerNames = java.util.Map.copyOf(reviewerNames);
        }
    }

    /** "Basic Approval" and "Blank", unsaved (id null), for "Create workflow". */
    List<WorkflowTemplates.Template> templates();

    /** Every problem of the definition, without saving (the builder can show them while editing). */
    List<Problem> validate(WorkflowDefinition definition);

    /** Validates and stores a new workflow (the definition's id is ignored). */
    SaveResult create(WorkflowDefinition definition);

    /**
     * Validates and replaces a workflow. Running rounds keep their snapshot; states that pages are in may not
     * be removed ({@link ProblemCode#STATE_IN_USE}).
     */
    SaveResult update(long id, WorkflowDefinition definition);

    /** How many pages use the workflow (the builder's "in use" hint; such a workflow cannot be deleted). */
    int pagesUsing(long id);

    /** Deletes a workflow no page uses. */
    DeleteOutcome delete(long id);

    /** DELETED, NOT_FOUND, IN_USE (pages still use it). */
    enum DeleteOutcome { DELETED, NOT_FOUND, IN_USE }
}
