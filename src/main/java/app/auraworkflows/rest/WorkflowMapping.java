package app.auraworkflows.rest;

import app.auraworkflows.approval.ApprovalTransition;
import app.auraworkflows.approval.EditTransition;
import app.auraworkflows.approval.Problem;
import app.auraworkflows.approval.ProblemCode;
import app.auraworkflows.approval.Reviewers;
import app.auraworkflows.approval.SelectionTransition;
import app.auraworkflows.approval.WorkflowDefinition;
import app.auraworkflows.approval.WorkflowState;
import app.auraworkflows.approval.WorkflowTransition;

import java.util.ArrayList;
import java.util.List;

/**
 * Role: maps the REST definition JSON ({@link WorkflowDto}) to the engine's {@link WorkflowDefinition} and
 * back. Reading never fails: whatever the client sent becomes a definition for the validator, so one 400
 * can list every problem instead of stopping at the first.
 *
 * <p>Field paths of problems are indices into the request's arrays, so the mapping keeps one domain row per
 * JSON row, in order. A transition whose type is not APPROVAL, SELECTION or PAGE_EDIT cannot be an engine
 * transition; it is read as a selection (keeping the indices of the rows after it) and reported as
 * {@link ProblemCode#TRANSITION_TYPE_UNKNOWN} at {@code transitions[i].type}.
 */
public final class WorkflowMapping {
    static final String APPROVAL = "APPROVAL";
    static final String SELECTION = "SELECTION";
    static final String PAGE_EDIT = "PAGE_EDIT";

    private WorkflowMapping() {
    }

    /** A definition read from JSON and the problems only the JSON layer can see (unknown types). */
    public record Read(WorkflowDefinition definition, List<Problem> problems) {
    }

    public static Read read(WorkflowDto dto) {
        List<Problem> problems = new ArrayList<>();
        List<WorkflowState> states = new ArrayList<>();
        if (dto.states() != null) {
            for (WorkflowDto.StateDto s : dto.states()) {
                states.add(s == null ? new WorkflowState(null, null, null)
                        : new WorkflowState(s.key(), s.name(), blankToNull(s.colour())));
            }
        }
        List<WorkflowTransition> transitions = new ArrayList<>();
        if (dto.transitions() != null) {
            for (int i = 0; i < dto.transitions().size(); i++) {
                WorkflowDto.TransitionDto t = dto.transitions().get(i);
                if (t == null) {
                    problems.add(Problem.error("transitions[" + i + "].type", ProblemCode.TRANSITION_TYPE_UNKNOWN, ""));
                    transitions.add(new SelectionTransition(null, null, null));
                } else if (APPROVAL.equals(t.type())) {
                    transitions.add(approval(t));
                } else if (PAGE_EDIT.equals(t.type())) {
                    transitions.add(new EditTransition(t.key(), t.from(), t.to()));
                } else {
                    if (!SELECTION.equals(t.type())) {
                        problems.add(Problem.error("transitions[" + i + "].type", ProblemCode.TRANSITION_TYPE_UNKNOWN,
                                t.type() == null ? "" : t.type()));
                    }
                    transitions.add(new SelectionTransition(t.key(), t.from(), t.to(), blankToNull(t.label())));
                }
            }
        }
        WorkflowDefinition definition = new WorkflowDefinition(null, dto.name(), dto.description(),
                blankToNull(dto.initialState()), states, transitions);
        return new Read(definition, problems);
    }

    private static ApprovalTransition approval(WorkflowDto.TransitionDto t) {
        Reviewers reviewers = t.reviewers() == null ? Reviewers.NONE
                : new Reviewers(t.reviewers().users(), t.reviewers().groups());
        // Missing thresholds take the documented defaults (1 and 1); an explicit 0 stays 0 for the validator.
        int minApprovals = t.minApprovals() == null ? ApprovalTransition.DEFAULT_MIN_APPROVALS : t.minApprovals();
        int minRejections = t.minRejections() == null ? ApprovalTransition.DEFAULT_MIN_REJECTIONS : t.minRejections();
        return new ApprovalTransition(t.key(), t.from(), blankToNull(t.approveTo()), blankToNull(t.rejectTo()),
                reviewers, minApprovals, minRejections, Boolean.TRUE.equals(t.requireAll()),
                blankToNull(t.approveLabel()), blankToNull(t.rejectLabel()), Boolean.TRUE.equals(t.requireTwoFactor()),
                Boolean.TRUE.equals(t.excludeAuthors()));
    }

    public static WorkflowDto write(WorkflowDefinition d) {
        List<WorkflowDto.StateDto> states = d.states().stream().map(WorkflowMapping::state).toList();
        List<WorkflowDto.TransitionDto> transitions = d.transitions().stream().map(WorkflowMapping::transition).toList();
        return new WorkflowDto(d.id(), d.name(), d.description() == null ? "" : d.description(), d.initialState(),
                states, transitions);
    }

    public static WorkflowSummaryDto summary(WorkflowDefinition d) {
        return new WorkflowSummaryDto(d.id() == null ? 0 : d.id(), d.name(), d.description() == null ? "" : d.description(),
                d.initialState(), d.states().stream().map(WorkflowMapping::state).toList());
    }

    static WorkflowDto.StateDto state(WorkflowState s) {
        return new WorkflowDto.StateDto(s.key(), s.name(), s.colour());
    }

    static WorkflowDto.TransitionDto transition(WorkflowTransition t) {
        if (t instanceof ApprovalTransition a) {
            return new WorkflowDto.TransitionDto(a.key(), APPROVAL, a.from(), null, a.approveTo(), a.rejectTo(),
                    new WorkflowDto.ReviewersDto(a.reviewers().users(), a.reviewers().groups()),
                    a.minApprovals(), a.minRejections(), a.requireAll(), a.approveLabel(), a.rejectLabel(),
                    a.requireTwoFactor(), a.excludeAuthors(), null);
        }
        String type = t instanceof EditTransition ? PAGE_EDIT : SELECTION;
        String label = t instanceof SelectionTransition s ? s.label() : null;
        return new WorkflowDto.TransitionDto(t.key(), type, t.from(), t.targets().isEmpty() ? null : t.targets().get(0),
                null, null, null, null, null, null, null, null, null, null, label);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
