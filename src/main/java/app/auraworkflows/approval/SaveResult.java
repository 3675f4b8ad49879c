package app.auraworkflows.approval;

import java.util.List;

/**
 * The answer to saving a workflow.
 *
 * @param outcome  SAVED, INVALID (with every problem), NOT_FOUND (update only)
 * @param id       the workflow id when SAVED, else null
 * @param problems every problem found: the errors when INVALID; the warnings (if any) when SAVED
 */
public record SaveResult(Outcome outcome, Long id, List<Problem> problems) {
    public enum Outcome { SAVED, INVALID, NOT_FOUND }

    public SaveResult {
        problems = List.copyOf(problems);
    }
}
