package app.auraworkflows.rest;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Request bodies of the page workflow resource. */
public final class WorkflowRequests {
    private WorkflowRequests() {
    }

    /** {@code POST /pages/{pageId}/workflow}: {@code {"workflowId"}}. */
    @JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
            isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE,
            creatorVisibility = Visibility.ANY)
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Apply(@JsonProperty("workflowId") Long workflowId) {
    }

    /** {@code POST /pages/{pageId}/transitions}: {@code {"transitionKey"}}. */
    @JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
            isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE,
            creatorVisibility = Visibility.ANY)
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Select(@JsonProperty("transitionKey") String transitionKey) {
    }

    /** {@code POST /pages/{pageId}/reviews}: {@code {"decision","comment","round","code"}}. */
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
                         @JsonProperty("pageVersion") Integer pageVersion) {
        @Override
        public String toString() {
            // An authenticator code must never reach a log line.
            return "Review[decision=" + decision + ", round=" + round + ", pageVersion=" + pageVersion
                    + ", code=" + (code == null ? "none" : "***") + "]";
        }
    }
}
