package app.auraworkflows.devhost.content;

import java.time.Instant;

/** A page of the embedded content store; {@code body} is Confluence storage format (XHTML). */
public record HostPage(long id, String spaceKey, String title, String body, int version, Long parentId,
        String creatorKey, Instant created, String lastModifierKey, Instant lastModified) {
}
