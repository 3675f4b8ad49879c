package app.auraworkflows.rest;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Request bodies of the page workflow resource. Each is built by its delegating {@code fromJson} creator through
 * {@link JsonFields}, so no JSON type is coerced; {@code inputError} (never JSON) holds the first wrong type.
 */
public final class WorkflowRequests {
    private WorkflowRequests() {
    }

    /** {@code POST /pages/{pageId}/workflow}: {@code {"workflowId"}}. */
    @JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
            isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE,
            creatorVisibility = Visibility.ANY)
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Apply(@JsonProperty("workflowId") Long workflowId, @JsonIgnore JsonInputError inputError) {
        public Apply(Long workflowId) {
            this(workflowId, null);
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static Apply fromJson(Object json) {
            JsonFields f = JsonFields.of(json);
            return new Apply(f.id("workflowId"), f.error());
        }
    }

    /** {@code POST /pages/{pageId}/transitions}: {@code {"transitionKey"}}. */
    @JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
            isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE,
            creatorVisibility = Visibility.ANY)
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Select(@JsonProperty("transitionKey") String transitionKey,
                         @JsonIgnore JsonInputError inputError) {
        public Select(String transitionKey) {
            this(transitionKey, null);
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static Select fromJson(Object json) {
            JsonFields f = JsonFields.of(json);
            return new Select(f.text("transitionKey"), f.error());
        }
    }

    /**
     * A review. {@code pageVersion} is optional: the page version the reviewer was shown; when sent, a review of a
     * page edited since then is refused, so a signature is never recorded against content its signer did not see.
     */
    @JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
            isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE,
            creatorVisibility = Visibility.ANY)
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Review(@JsonProperty("decision") String decision, @JsonProperty("comment") String comment,
                         @JsonProperty("round") Integer round, @JsonProperty("code") String code,
                         @JsonProperty("pageVersion") Integer pageVersion, @JsonIgnore JsonInputError inputError) {
        public Review(String decision, String comment, Integer round, String code, Integer pageVersion) {
            this(decision, comment, round, code, pageVersion, null);
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static Review fromJson(Object json) {
            JsonFields f = JsonFields.of(json);
            return new Review(f.text("decision"), f.multiLineText("comment"), f.wholeNumber("round"), f.text("code"),
                    f.wholeNumber("pageVersion"), f.error());
        }

        @Override
        public String toString() {
            // An authenticator code must never reach a log line.
            return "Review[decision=" + decision + ", round=" + round + ", pageVersion=" + pageVersion
                    + ", code=" + (code == null ? "none" : "***") + "]";
        }
    }
}
