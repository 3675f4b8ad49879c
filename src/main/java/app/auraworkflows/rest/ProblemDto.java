package app.auraworkflows.rest;

/**
 * Role: one problem of a workflow definition as REST reports it: the field path (e.g.
 * {@code transitions[1].minApprovals}), the code (a {@code ProblemCode} name), ERROR or WARNING, and the
 * message translated for the caller.
 */
public record ProblemDto(String field, String code, String severity, String message) {
}
