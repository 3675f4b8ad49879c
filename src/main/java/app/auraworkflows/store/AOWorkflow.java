package app.auraworkflows.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * Active Objects row of one workflow definition (table {@code AO_<hash>_WF_DEFINITION}). The definition itself
 * is JSON text ({@link WorkflowDefinitionJson}); the name is duplicated (lower-cased) for ordering the list.
 * The row ID is the workflow id.
 */
@Preload
@Table("WF_DEFINITION")
public interface AOWorkflow extends Entity {
    @NotNull
    String getWorkflowName();

    void setWorkflowName(String workflowName);

    @NotNull
    @Indexed
    String getNameLower();

    void setNameLower(String nameLower);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getDefinitionJson();

    void setDefinitionJson(String definitionJson);

    @NotNull
    long getCreatedAt();

    void setCreatedAt(long createdAt);

    @NotNull
    long getUpdatedAt();

    void setUpdatedAt(long updatedAt);
}
