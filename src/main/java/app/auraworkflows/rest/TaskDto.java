package app.auraworkflows.rest;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** {@code GET /tasks}: {@code {"tasks":[{"pageId","title","spaceKey","link","state","workflowName","round","since","requireTwoFactor"}]}}. */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE,
        creatorVisibility = Visibility.ANY)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TaskDto(@JsonProperty("tasks") List<Task> tasks, @JsonProperty("next") String next) {
    /**
     * A page with a review pending for the caller; {@code link} is context-relative; {@code since} (when the round
     * opened) is an ISO-8601 UTC string, so the JSON does not depend on the host's Jackson date configuration.
     */
    @JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
            isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE,
            creatorVisibility = Visibility.ANY)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Task(@JsonProperty("pageId") long pageId, @JsonProperty("title") String title,
                       @JsonProperty("spaceKey") String spaceKey, @JsonProperty("link") String link,
                       @JsonProperty("state") StateDto state, @JsonProperty("workflowName") String workflowName,
                       @JsonProperty("round") int round, @JsonProperty("since") String since,
                       @JsonProperty("requireTwoFactor") boolean requireTwoFactor) {
    }
}
