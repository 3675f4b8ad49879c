package app.auraworkflows.approval;

/**
 * Port: the current version of a Confluence page and who saved it (implemented in {@code confluence/}). A page
 * remembers the version at which it entered its state, so that an edit is recognised as newer than that entry
 * exactly once, whether the host's edit event reaches the app, reaches it twice, or is lost.
 */
public interface PageVersions {
    /** The page's current version, or null when the host has no such page. */
    PageVersion current(long pageId);

    /** The number of the page's current version, or null when the host has no such page. */
    default Integer currentNumber(long pageId) {
        PageVersion version = current(pageId);
        return version == null ? null : version.number();
    }

    /**
     * A saved page version.
     *
     * @param number the version number (1 for a new page)
     * @param editor who saved it, or null when the host does not say (an anonymous or system edit)
     */
    record PageVersion(int number, Actor editor) {
    }
}
