package app.auraworkflows.rest;

import java.util.List;

/** {@code GET /2fa/audit}: {@code {"total","start","limit","events":[...]}}, newest first. */
public record AuditPageDto(int total, int start, int limit, List<AuditEventDto> events) {
}
