package app.auraworkflows.rest;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * Role: the definition JSON of the workflow REST API, read by {@code POST/PUT /workflows} and written by
 * {@code GET /workflows/{id}}: {@code {"id","name","description","initialState","states","transitions"}}.
 * Nulls are left out of answers so a SELECTION row carries only {@code key,type,from,to}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WorkflowDto(Long id, String name, String description, String initialState,
                          List<StateDto> states, List<TransitionDto> transitions) {

    /** One state: {@code {"key","name","colour"}}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StateDto(String key, String name, String colour) {
    }

    /** Reviewers of an approval transition: {@code {"users":[],"groups":[]}}. */
    public record ReviewersDto(List<String> users, List<String> groups) {
    }

    /**
     * One transition; {@code type} is APPROVAL (approveTo, rejectTo, reviewers, thresholds, labels,
     * requireTwoFactor) or SELECTION (to). Numbers and flags are boxed so a missing field means "default".
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TransitionDto(String key, String type, String from, String to, String approveTo, String rejectTo,
                                ReviewersDto reviewers, Integer minApprovals, Integer minRejections,
                                Boolean requireAll, String approveLabel, String rejectLabel,
                                Boolean requireTwoFactor) {
    }
}
