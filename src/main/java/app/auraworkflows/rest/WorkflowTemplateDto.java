package app.auraworkflows.rest;

/** Role: one entry of {@code GET /workflow-templates}: the template key and its (unsaved) definition. */
public record WorkflowTemplateDto(String key, WorkflowDto definition) {
}
