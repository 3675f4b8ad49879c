package app.auraworkflows.rest;

import app.auraworkflows.approval.HistoryEntry;
import app.auraworkflows.approval.HistoryPage;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** {@code GET /pages/{pageId}/history}: {@code {"entries":[...],"total","hasMore","start","limit"}}, newest first. */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE,
        creatorVisibility = Visibility.ANY)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record HistoryDto(@JsonProperty("entries") List<EntryDto> entries, @JsonProperty("total") int total,
                         @JsonProperty("hasMore") boolean hasMore, @JsonProperty("start") int start,
                         @JsonProperty("limit") int limit) {
    /** The entries with their states named as the page names them ({@link HistoryPage#stateName}). */
    static HistoryDto from(HistoryPage page) {
        return new HistoryDto(page.entries().stream().map(e -> EntryDto.from(e, page::stateName)).toList(), page.total(),
                page.hasMore(), page.start(), page.limit());
    }

    /**
     * One entry; fields that do not belong to the entry's type are null. {@code at} is an ISO-8601 UTC string, so the
     * JSON does not depend on the host's Jackson date configuration. A VOTE has its {@code pageVersion} and, when it
     * passed the 2FA check, its {@code signature}.
     */
    @JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
            isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE,
            creatorVisibility = Visibility.ANY)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record EntryDto(@JsonProperty("type") String type, @JsonProperty("actor") String actor,
                           @JsonProperty("actorName") String actorName, @JsonProperty("at") String at,
                           @JsonProperty("decision") String decision, @JsonProperty("comment") String comment,
                           @JsonProperty("from") String from, @JsonProperty("fromName") String fromName,
                           @JsonProperty("to") String to, @JsonProperty("toName") String toName,
                           @JsonProperty("trigger") String trigger, @JsonProperty("round") Integer round,
                           @JsonProperty("twoFactorVerified") boolean twoFactorVerified,
                           @JsonProperty("pageVersion") Integer pageVersion,
                           @JsonProperty("signature") SignatureDto signature) {
        static EntryDto from(HistoryEntry e, Function<String, String> stateNames) {
            boolean signed = e.type() == HistoryEntry.HistoryType.VOTE && e.twoFactorVerified();
            return new EntryDto(e.type().name(), e.actorUsername(), e.actorFullName(),
                    e.at() == null ? null : e.at().toString(),
                    e.decision() == null ? null : e.decision().name(), e.comment(), e.fromState(),
                    e.fromState() == null ? null : stateNames.apply(e.fromState()), e.toState(),
                    e.toState() == null ? null : stateNames.apply(e.toState()),
                    e.trigger() == null ? null : e.trigger().name(), e.round(), e.twoFactorVerified(),
                    e.pageVersion(), signed ? SignatureDto.of(e) : null);
        }
    }

    /**
     * The signature facts of a 2FA-verified vote, as 21 CFR 11.50 asks them to appear in every human-readable view:
     * the signer's printed name at signing time, the date and time (UTC), the meaning (APPROVE or REJECT) and the
     * page version signed, with the SHA-256 of that version's body in storage format (what was signed).
     */
    @JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
            isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE,
            creatorVisibility = Visibility.ANY)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record SignatureDto(@JsonProperty("signedBy") String signedBy, @JsonProperty("username") String username,
                               @JsonProperty("signedAtUtc") String signedAtUtc, @JsonProperty("meaning") String meaning,
                               @JsonProperty("pageVersion") Integer pageVersion,
                               @JsonProperty("contentSha256") String contentSha256) {
        private static final DateTimeFormatter UTC =
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

        static SignatureDto of(HistoryEntry e) {
            return new SignatureDto(e.actorFullName(), e.actorUsername(), UTC.format(e.at()), e.decision().name(),
                    e.pageVersion(), e.contentSha256());
        }
    }
}
