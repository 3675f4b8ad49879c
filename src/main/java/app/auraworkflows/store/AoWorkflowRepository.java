package app.auraworkflows.store;

import app.auraworkflows.approval.WorkflowDefinition;
import app.auraworkflows.approval.WorkflowRepository;
import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.springframework.stereotype.Component;

/** {@link WorkflowRepository} on Active Objects ({@link AOWorkflow}): one row per workflow, JSON text inside. */
@Component
public class AoWorkflowRepository implements WorkflowRepository {

    private final ActiveObjects ao;

    public AoWorkflowRepository(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public long create(WorkflowDefinition definition, Instant at) {
        return ao.executeInTransaction(() -> ao.create(AOWorkflow.class,
                new DBParam("WORKFLOW_NAME", StoreText.recorded("WORKFLOW_NAME", definition.name())),
                new DBParam("NAME_LOWER", lower(definition.name())),
                new DBParam("DEFINITION_JSON", WorkflowDefinitionJson.write(definition)),
                new DBParam("CREATED_AT", at.toEpochMilli()),
                new DBParam("UPDATED_AT", at.toEpochMilli())).getID());
    }

    @Override
    public boolean update(long id, WorkflowDefinition definition, Instant at) {
        return ao.executeInTransaction(() -> {
            Optional<AOWorkflow> row = row(id);
            if (row.isEmpty()) {
                return false;
            }
            AOWorkflow w = row.get();
            w.setWorkflowName(StoreText.recorded("WORKFLOW_NAME", definition.name()));
            w.setNameLower(lower(definition.name()));
            w.setDefinitionJson(WorkflowDefinitionJson.write(definition));
            w.setUpdatedAt(at.toEpochMilli());
            w.save();
            return true;
        });
    }

    @Override
    public boolean delete(long id) {
        return id > 0 && id <= Integer.MAX_VALUE && ao.deleteWithSQL(AOWorkflow.class, "ID = ?", (int) id) > 0;
    }

    @Override
    public Optional<WorkflowDefinition> find(long id) {
        return row(id).map(AoWorkflowRepository::toDefinition);
    }

    @Override
    public List<WorkflowDefinition> list() {
        List<WorkflowDefinition> all = new ArrayList<>();
        for (AOWorkflow row : ao.find(AOWorkflow.class, Query.select().order("NAME_LOWER ASC, ID ASC"))) {
            all.add(toDefinition(row));
        }
        return all;
    }

    /** One indexed lookup on the stored lower-case name. */
    @Override
    public List<Long> idsNamed(String name) {
        List<Long> ids = new ArrayList<>();
        for (AOWorkflow row : ao.find(AOWorkflow.class, Query.select().where("NAME_LOWER = ?", lower(name)))) {
            ids.add((long) row.getID());
        }
        return ids;
    }

    private Optional<AOWorkflow> row(long id) {
        if (id <= 0 || id > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        AOWorkflow[] rows = ao.find(AOWorkflow.class, Query.select().where("ID = ?", (int) id));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private static WorkflowDefinition toDefinition(AOWorkflow row) {
        return WorkflowDefinitionJson.read(row.getID(), row.getDefinitionJson());
    }

    private static String lower(String text) {
        return StoreText.indexKey(text == null ? "" : text.toLowerCase(Locale.ROOT));
    }

}
