package app.auraworkflows.rest;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * Role: the definition JSON of the workflow REST API, read by {@code POST/PUT /workflows} and written by
 * {@code GET /workflows/{id}}: {@code {"id","name","description","initialState","states","transitions"}}.
 * Nulls are left out of answers so a SELECTION or PAGE_EDIT row carries only {@code key,type,from,to}.
 *
 * <p>Requests are read by the delegating {@link #fromJson} creator through {@link JsonFields}, nested rows
 * included, so no JSON type is coerced; {@code inputError} (never JSON) holds the first wrong type or control
 * character with its path. The nested records' own constructors are for answers and tests.
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
                          @JsonProperty("transitions") List<TransitionDto> transitions,
                          @JsonIgnore JsonInputError inputError) {

    public WorkflowDto(Long id, String name, String description, String initialState, List<StateDto> states,
                       List<TransitionDto> transitions) {
        this(id, name, description, initialState, states, transitions, null);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static WorkflowDto fromJson(Object json) {
        JsonFields f = JsonFields.of(json);
        return new WorkflowDto(f.wholeLong("id"), f.text("name"), f.multiLineText("description"),
                f.text("initialState"), f.objects("states", StateDto::read),
                f.objects("transitions", TransitionDto::read), f.error());
    }

    /** One state: {@code {"key","name","colour"}}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
            isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE,
            creatorVisibility = Visibility.ANY)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record StateDto(@JsonProperty("key") String key, @JsonProperty("name") String name,
                           @JsonProperty("colour") String colour) {
        static StateDto read(JsonFields f) {
            return new StateDto(f.text("key"), f.text("name"), f.text("colour"));
        }
    }

    /** Reviewers of an approval transition: {@code {"users":[],"groups":[]}}. */
    @JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
            isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE,
            creatorVisibility = Visibility.ANY)
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ReviewersDto(@JsonProperty("users") List<String> users, @JsonProperty("groups") List<String> groups) {
        static ReviewersDto read(JsonFields f) {
            return new ReviewersDto(f.texts("users"), f.texts("groups"));
        }
    }

    /**
     * One transition; {@code type} is APPROVAL (approveTo, rejectTo, reviewers, thresholds, labels,
     * requireTwoFactor, excludeAuthors), SELECTION or PAGE_EDIT (to). Numbers and flags are boxed so a missing
     * field means "default".
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
                                @JsonProperty("requireTwoFactor") Boolean requireTwoFactor,
                                @JsonProperty("excludeAuthors") Boolean excludeAuthors,
                                @JsonProperty("label") String label) {
        static TransitionDto read(JsonFields f) {
            return new TransitionDto(f.text("key"), f.text("type"), f.text("from"), f.text("to"),
                    f.text("approveTo"), f.text("rejectTo"), f.object("reviewers", ReviewersDto::read),
                    f.wholeNumber("minApprovals"), f.wholeNumber("minRejections"), f.bool("requireAll"),
                    f.text("approveLabel"), f.text("rejectLabel"), f.bool("requireTwoFactor"),
                    f.bool("excludeAuthors"), f.text("label"));
        }
    }
}
