package app.auraworkflows.devhost.content;

/** The outcome of {@link ContentStore#updatePage}: one of the four cases a caller must handle. */
public sealed interface PageUpdate {

    /** Stored as the next version. */
    record Updated(HostPage page) implements PageUpdate { }

    /** The page's version is no longer the one the edit started from (someone else saved first). */
    record Conflict(int currentVersion) implements PageUpdate { }

    /** Another page in the space already has the new title. */
    record DuplicateTitle(String title) implements PageUpdate { }

    /** No such page. */
    record NotFound() implements PageUpdate { }
}
