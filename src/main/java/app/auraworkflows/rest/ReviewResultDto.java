package app.auraworkflows.rest;

/** {@code POST /pages/{pageId}/reviews} → 200 {@code {"recorded":true,"transitioned","state","round","approvals","rejections"}}. */
public record ReviewResultDto(boolean recorded, boolean transitioned, StateDto state, Integer round, int approvals,
                              int rejections) {
}
