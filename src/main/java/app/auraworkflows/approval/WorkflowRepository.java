package app.auraworkflows.approval;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: stored workflow definitions (implemented in {@code store/}). */
public interface WorkflowRepository {
    /** Stores a new definition (its id is ignored) and returns its id. */
    long create(WorkflowDefinition definition, Instant at);

    /** Replaces the stored definition with this id. Returns false if there is none. */
    boolean update(long id, WorkflowDefinition definition, Instant at);

    /** Returns false if there was none. */
    boolean delete(long id);

    Optional<WorkflowDefinition> find(long id);

    /** All definitions, ordered by name (case-insensitive), then id. */
    List<WorkflowDefinition> list();

    /** The ids of the definitions called {@code name}, ignoring case (Java's lower case, locale-independent). */
    default List<Long> idsNamed(String name) {
        String wanted = name == null ? "" : name.toLowerCase(java.util.Locale.ROOT);
        return list().stream().filter(d -> d.name() != null && d.name().toLowerCase(java.util.Locale.ROOT).equals(wanted))
                .map(WorkflowDefinition::id).toList();
    }
}
