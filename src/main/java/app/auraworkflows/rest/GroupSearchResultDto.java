package app.auraworkflows.rest;

import app.auraworkflows.approval.WorkflowService;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Body of {@code GET /group-search}: the group names shown, and {@code moreResults} when more groups match than
 * were asked for (the picker then asks the administrator to keep typing).
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE,
        creatorVisibility = Visibility.ANY)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record GroupSearchResultDto(@JsonProperty("groups") List<String> groups,
                                   @JsonProperty("moreResults") boolean moreResults) {
    static GroupSearchResultDto from(WorkflowService.GroupSearch found) {
        return new GroupSearchResultDto(found.names(), found.moreResults());
    }
}
