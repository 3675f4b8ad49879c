package app.auraworkflows.approval;

import app.auraworkflows.twofactor.TimeSource;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** {@link WorkflowService} over the {@link WorkflowRepository}. Names and descriptions are stored trimmed. */
@Component
public class DefaultWorkflowService implements WorkflowService {
    private final WorkflowRepository workflows;
    private final PageInstanceRepository instances;
    private final OptimisticTransactions transactions;
    private final TimeSource time;

    public DefaultWorkflowService(WorkflowRepository workflows, PageInstanceRepository instances,
                                  OptimisticTransactions transactions, TimeSource time) {
        this.workflows = Objects.requireNonNull(workflows, "workflows");
        this.instances = Objects.requireNonNull(instances, "instances");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.time = Objects.requireNonNull(time, "time");
    }

    @Override
    public List<WorkflowDefinition> list() {
        return workflows.list();
    }

    @Override
    public Optional<WorkflowDefinition> get(long id) {
        return workflows.find(id);
    }

    @Override
    public List<WorkflowTemplates.Template> templates() {
        return WorkflowTemplates.all();
    }

    @Override
    public List<Problem> validate(WorkflowDefinition definition) {
        return WorkflowValidator.validate(tidy(definition));
    }

    @Override
    public SaveResult create(WorkflowDefinition definition) {
        WorkflowDefinition tidy = tidy(definition).withId(null);
        List<Problem> problems = WorkflowValidator.validate(tidy);
        if (WorkflowValidator.hasErrors(problems)) {
            return new SaveResult(SaveResult.Outcome.INVALID, null, problems);
        }
        long id = workflows.create(tidy, time.clock().instant());
        return new SaveResult(SaveResult.Outcome.SAVED, id, problems);
    }

    @Override
    public SaveResult update(long id, WorkflowDefinition definition) {
        WorkflowDefinition tidy = tidy(definition).withId(id);
        return transactions.run(() -> {
            if (workflows.find(id).isEmpty()) {
                return new SaveResult(SaveResult.Outcome.NOT_FOUND, null, List.of());
            }
            Set<String> occupied = instances.occupiedStates(id);
            List<Problem> problems = WorkflowValidator.validate(tidy, occupied);
            if (WorkflowValidator.hasErrors(problems)) {
                return new SaveResult(SaveResult.Outcome.INVALID, null, problems);
            }
            workflows.update(id, tidy, time.clock().instant());
            return new SaveResult(SaveResult.Outcome.SAVED, id, problems);
        });
    }

    @Override
    public int pagesUsing(long id) {
        return instances.countUsing(id);
    }

    @Override
    public DeleteOutcome delete(long id) {
        return transactions.run(() -> {
            if (workflows.find(id).isEmpty()) {
                return DeleteOutcome.NOT_FOUND;
            }
            if (instances.countUsing(id) > 0) {
                return DeleteOutcome.IN_USE;
            }
            return workflows.delete(id) ? DeleteOutcome.DELETED : DeleteOutcome.NOT_FOUND;
        });
    }

    private static WorkflowDefinition tidy(WorkflowDefinition d) {
        return new WorkflowDefinition(d.id(), d.name() == null ? null : d.name().strip(),
                d.description() == null ? "" : d.description().strip(), d.initialState(), d.states(), d.transitions());
    }
}
