package app.auraworkflows.rest;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * Role: the definition JSON of the workflow REST API, read by {@code POST/PUT /workflows} and written by
 * {@code GET /workflows/{id}}: {@code {"id","name","description","initialState","states","transitions"}}.
 * Nulls are left out of answers so a SELECTION row carries only {@code key,type,from,to}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE,
        creatorVisibility = Visibility.ANY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record WorkflowDto(@JsonProperty("id") Long id, @JsonProperty("name") String name,
                          @JsonProperty("description") String description,
                          @JsonProperty("initialState") String initialState,
                          @JsonProperty("states") List<StateDto> states,
                          @JsonProperty("transitions") List<TransitionDto> transitions) {

    /** One state: {@code {"key","name","colour"}}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
            isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE,
            creatorVisibility = Visibility.ANY)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record StateDto(@JsonProperty("key") String key, @JsonProperty("name") String name,
                           @JsonProperty("colour") String colour) {
    }

    /** Reviewers of an approval transition: {@code {"users":[],"groups":[]}}. */
    @JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
            isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE,
            creatorVisibility = Visibility.ANY)
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ReviewersDto(@JsonProperty("users") List<String> users, @JsonProperty("groups") List<String> groups) {
    }

    /**
     * One transition; {@code type} is APPROVAL (approveTo, rejectTo, reviewers, thresholds, labels,
     * requireTwoFactor) or SELECTION (to). Numbers and flags are boxed so a missing field means "default".
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
            isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE,
            creatorVisibility = Visibility.ANY)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TransitionDto(@JsonProperty("key") String key, @JsonProperty("type") String type,
                                @JsonProperty("from") String from, @JsonProperty("to") String to,
                                @JsonProperty("approveTo") String approveTo, @JsonProperty("rejectTo") String rejectTo,
                                @JsonProperty("reviewers") ReviewersDto reviewers,
                                @JsonProperty("minApprovals") Integer minApprovals,
                                @JsonProperty("minRejections") Integer minRejections,
                                @JsonProperty("requireAll") Boolean requireAll,
                                @JsonProperty("approveLabel") String approveLabel,
                                @JsonProperty("rejectLabel") String rejectLabel,
                                @JsonProperty("requireTwoFactor") Boolean requireTwoFactor) {
    }
}
