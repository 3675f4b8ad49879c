package app.auraworkflows.rest;

import app.auraworkflows.approval.HistoryEntry;
import app.auraworkflows.approval.HistoryPage;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/** {@code GET /pages/{pageId}/history}: {@code {"entries":[...],"total","hasMore","start","limit"}}, newest first. */
public record HistoryDto(List<EntryDto> entries, int total, boolean hasMore, int start, int limit) {
    /** {@code stateNames} maps state keys to names of the page's workflow (keys it lacks are shown as keys). */
    static HistoryDto from(HistoryPage page, Function<String, String> stateNames) {
        return new HistoryDto(page.entries().stream().map(e -> EntryDto.from(e, stateNames)).toList(), page.total(),
                page.hasMore(), page.start(), page.limit());
    }

    /** One entry; fields that do not belong to the entry's type are null. */
    public record EntryDto(String type, String actor, String actorName, Instant at, String decision, String comment,
                           String from, String fromName, String to, String toName, String trigger, Integer round,
                           boolean twoFactorVerified) {
        static EntryDto from(HistoryEntry e, Function<String, String> stateNames) {
            return new EntryDto(e.type().name(), e.actorUsername(), e.actorFullName(), e.at(),
                    e.decision() == null ? null : e.decision().name(), e.comment(), e.fromState(),
                    e.fromState() == null ? null : stateNames.apply(e.fromState()), e.toState(),
                    e.toState() == null ? null : stateNames.apply(e.toState()),
                    e.trigger() == null ? null : e.trigger().name(), e.round(), e.twoFactorVerified());
        }
    }
}
