package app.auraworkflows.devhost.confluence;

import app.auraworkflows.devhost.content.ContentStore;
import app.auraworkflows.devhost.content.HostPage;
import app.auraworkflows.devhost.content.HostSpace;
import app.auraworkflows.devhost.sal.HostConfluenceUser;
import app.auraworkflows.devhost.directory.UserStore;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.spaces.Space;
import java.util.Optional;

/**
 * Confluence's {@link PageManager} over the dev host's content store. Every call reads the database
 * (no cache), so all nodes of a clustered dev host see each other's edits at once, and each call
 * returns a fresh {@link Page} snapshot: a page object read before an edit keeps its old version number,
 * as a Confluence entity loaded in an earlier request would. No permission checks, as in Confluence.
 */
public final class DevPageManager implements PageManager {

    private final ContentStore content;
    private final UserStore users;

    /** Pages without creator and last modifier (for tests that need no users). */
    public DevPageManager(ContentStore content) {
        this(content, null);
    }

    /** Pages whose creator and last modifier are the stored users, as Confluence's entities carry them. */
    public DevPageManager(ContentStore content, UserStore users) {
        this.content = content;
        this.users = users;
    }

    @Override
    public Page getPage(long id) {
        return content.page(id).map(this::toPage).orElse(null);
    }

    /** The dev host has pages only (no blog posts), so this is {@link #getPage(long)}. */
    @Override
    public AbstractPage getAbstractPage(long id) {
        return getPage(id);
    }

    /** Host-side lookup by space and title (the plugin does not import this overload). */
    public Optional<Page> page(String spaceKey, String title) {
        return content.page(spaceKey, title).map(this::toPage);
    }

    /** The host-API page object for a stored page. */
    public Page toPage(HostPage stored) {
        Page page = new Page();
        page.setId(stored.id());
        page.setTitle(stored.title());
        page.setVersion(stored.version());
        page.setBodyAsString(stored.body()); // the dev host stores bodies in storage format, as Confluence does
        page.setSpace(space(stored.spaceKey()));
        page.setCreator(user(stored.creatorKey()));
        page.setLastModifier(user(stored.lastModifierKey()));
        return page;
    }

    private HostConfluenceUser user(String key) {
        return users == null || key == null ? null : users.byKey(key).map(HostConfluenceUser::new).orElse(null);
    }

    /** The host-API space object for a key (name filled in when the space exists). */
    public Space space(String key) {
        Space space = new Space(key);
        content.space(key).map(HostSpace::name).ifPresent(space::setName);
        return space;
    }
}
