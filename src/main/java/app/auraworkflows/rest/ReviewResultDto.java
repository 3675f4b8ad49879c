package app.auraworkflows.rest;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code POST /pages/{pageId}/reviews} → 200 {@code {"recorded":true,"transitioned","state","round","approvals","rejections"}}. */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE,
        creatorVisibility = Visibility.ANY)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ReviewResultDto(@JsonProperty("recorded") boolean recorded,
                              @JsonProperty("transitioned") boolean transitioned, @JsonProperty("state") StateDto state,
                              @JsonProperty("round") Integer round, @JsonProperty("approvals") int approvals,
                              @JsonProperty("rejections") int rejections) {
}
