package app.auraworkflows.devhost.content;

/** A space of the embedded content store. */
public record HostSpace(String key, String name, String description, Long homePageId) {
}
