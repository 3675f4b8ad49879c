package app.auraworkflows.approval;

import java.util.List;
import java.util.Optional;

/** Workflows on pages: applying, removing, the panel's status, selection transitions, history and open tasks. */
public interface PageWorkflowService {
    int MAX_HISTORY_PAGE = 100;
    int MAX_TASKS = 200;

    /**
     * A page editor applies a workflow to a page without one: the page enters the initial state (opening a
     * round if that state has an approval) and the history records APPLIED.
     */
    ApplyResult apply(long pageId, long workflowId, Actor actor);

    /**
     * The page's workflow for the panel, seen by {@code viewer} (null = anonymous: no review/edit flags).
     * Empty when the page has no workflow. Callers check view permission first.
     */
    Optional<PageWorkflowStatus> status(long pageId, Actor viewer);

    /**
     * The page's content was edited: Confluence saved version {@code pageVersion}, by {@code editor}. When the page
     * is in a state with a page-edit transition and entered it at an older version, the page moves to that
     * transition's target (an open round closes; its votes count for nothing) and the history records one
     * TRANSITION with trigger PAGE_EDIT. Idempotent: the same version reported again changes nothing.
     */
    EditOutcome pageEdited(long pageId, int pageVersion, Actor editor);

    /** A page editor takes a selection transition out of the current state (an open round is abandoned). */
    SelectionResult select(long pageId, String transitionKey, Actor actor);

    /**
     * A space or Confluence administrator removes the page's workflow: an open round is closed (its votes stay in
     * the history and count for nothing), the history records REMOVED, and the page can get a workflow again.
     */
    RemovalOutcome remove(long pageId, Actor actor);

    /** The page's history, newest first; {@code limit} is clamped to 1..{@value #MAX_HISTORY_PAGE}. */
    HistoryPage history(long pageId, int start, int limit);

    /** Open tasks per page of the task screen and the REST API. */
    int TASK_PAGE = 25;

    /**
     * Pages where the user is a reviewer of the open round, can view the page and has not voted, leaving out rounds
     * that exclude authors when the user is one; newest rounds first; one page of at most {@code limit} tasks,
     * starting after {@code after} (null: the newest). The work is bounded by the page, not by the user's tasks.
     */
    TaskPage openTasks(Actor user, PageInstanceRepository.OpenRoundRef after, int limit);

    /** The first page of the user's tasks (see {@link #openTasks(Actor, PageInstanceRepository.OpenRoundRef, int)}). */
    default List<OpenTask> openTasks(Actor user, int limit) {
        return openTasks(user, null, limit).tasks();
    }

    /** A page of open tasks and where the next page starts (null: no more). */
    record TaskPage(List<OpenTask> tasks, PageInstanceRepository.OpenRoundRef next) {
    }
}
