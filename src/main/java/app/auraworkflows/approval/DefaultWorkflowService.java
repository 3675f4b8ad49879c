package app.auraworkflows.approval;

import app.auraworkflows.kernel.TimeSource;
import app.auraworkflows.kernel.UserDirectory;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@link WorkflowService} over the {@link WorkflowRepository}. Names and descriptions are stored trimmed, and a
 * name is unique among the workflows, ignoring case: people pick workflows by name when they add one to a page, so
 * two of one name would be indistinguishable. The check is made at save time; there is no database constraint,
 * because installations may already hold two workflows of one name (they keep working and are asked for a new
 * name when next saved), so two administrators saving one new name in the same instant could both succeed.
 * Saving asks the user directory and the {@link GroupDirectory} about the named reviewers (warnings only;
 * see {@link WorkflowValidator}), each distinct name once per save.
 */
@Component
public class DefaultWorkflowService implements WorkflowService {
    private final WorkflowRepository workflows;
    private final PageInstanceRepository instances;
    private final OptimisticTransactions transactions;
    private final TimeSource time;
    private final UserDirectory users;
    private final GroupDirectory groups;

    public DefaultWorkflowService(WorkflowRepository workflows, PageInstanceRepository instances,
                                  OptimisticTransactions transactions, TimeSource time, UserDirectory users,
                                  GroupDirectory groups) {
        this.workflows = Objects.requireNonNull(workflows, "workflows");
        this.instances = Objects.requireNonNull(instances, "instances");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.time = Objects.requireNonNull(time, "time");
        this.users = Objects.requireNonNull(users, "users");
        this.groups = Objects.requireNonNull(groups, "groups");
    }

    @Override
    public GroupSearch searchGroups(String prefix, int limit) {
        if (prefix == null || prefix.isBlank()) {
            return new GroupSearch(List.of(), false);
        }
        int shown = Math.max(1, Math.min(MAX_GROUP_SEARCH, limit));
        List<String> found = groups.namesStartingWith(prefix.strip(), shown + 1);
        return new GroupSearch(found.subList(0, Math.min(shown, found.size())), found.size() > shown);
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
    public Optional<EditableWorkflow> forEditing(long id) {
        return workflows.find(id).map(d -> new EditableWorkflow(d, reviewerNames(d)));
    }

    private Map<String, String> reviewerNames(WorkflowDefinition definition) {
        Map<String, String> names = new java.util.TreeMap<>();
        for (WorkflowTransition t : definition.transitions()) {
            if (t instanceof ApprovalTransition approval) {
                for (String username : approval.reviewers().users()) {
                    if (!username.isEmpty() && !names.containsKey(username)) {
                        try {
                            users.byUsername(username).ifPresent(u -> names.put(username, u.fullName()));
                        } catch (RuntimeException directoryDown) {
                            return Map.of(); // the usernames still show; the Builder stays usable
                        }
                    }
                }
            }
        }
        return names;
    }

    @Override
    public List<WorkflowTemplates.Template> templates() {
        return WorkflowTemplates.all();
    }

    @Override
    public List<Problem> validate(WorkflowDefinition definition) {
        return WorkflowValidator.validate(tidy(definition), Set.of(), lookup());
    }

    @Override
    public SaveResult create(WorkflowDefinition definition) {
        WorkflowDefinition tidy = tidy(definition).withId(null);
        List<Problem> problems = withNameCheck(tidy, null, WorkflowValidator.validate(tidy, Set.of(), lookup()));
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
            List<Problem> problems = withNameCheck(tidy, id, WorkflowValidator.validate(tidy, occupied, lookup()));
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

    /**
     * The problems plus NAME_DUPLICATE when another workflow ({@code self} excluded) has the name; asked only of a
     * valid name, so an empty or oversized name gets its own problem and no lookup.
     */
    private List<Problem> withNameCheck(WorkflowDefinition tidy, Long self, List<Problem> problems) {
        boolean nameValid = problems.stream().noneMatch(p -> "name".equals(p.field()) && p.isError());
        if (!nameValid || tidy.name() == null
                || workflows.idsNamed(tidy.name()).stream().allMatch(other -> other.equals(self))) {
            return problems;
        }
        List<Problem> all = new java.util.ArrayList<>();
        all.add(Problem.error("name", ProblemCode.NAME_DUPLICATE, tidy.name()));
        all.addAll(problems);
        return List.copyOf(all);
    }

    /** A lookup for one validation: each distinct name (ignoring case, as the directories do) is asked once. */
    private ReviewerLookup lookup() {
        Map<String, Boolean> knownUsers = new HashMap<>();
        Map<String, Boolean> knownGroups = new HashMap<>();
        return new ReviewerLookup() {
            @Override
            public boolean userCanReview(String username) {
                return knownUsers.computeIfAbsent(username.toLowerCase(Locale.ROOT), n -> {
                    try {
                        return users.byUsername(username).map(u -> u.active()).orElse(false);
                    } catch (RuntimeException directoryDown) {
                        // A failing directory is no evidence against the name: it neither blocks the save nor warns.
                        return true;
                    }
                });
            }

            @Override
            public boolean groupExists(String groupName) {
                return knownGroups.computeIfAbsent(groupName.toLowerCase(Locale.ROOT), n -> {
                    try {
                        return groups.exists(groupName);
                    } catch (RuntimeException directoryDown) {
                        return true;
                    }
                });
            }
        };
    }

    private static WorkflowDefinition tidy(WorkflowDefinition d) {
        return new WorkflowDefinition(d.id(), d.name() == null ? null : d.name().strip(),
                d.description() == null ? "" : d.description().strip(), d.initialState(), d.states(), d.transitions());
    }
}
