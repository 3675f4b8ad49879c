package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Host-API declaration (Confluence 10, compile-only): a page or blog post. Flattened: the real class
 * inherits these members from {@code SpaceContentEntityObject} ({@code getSpace}, {@code getSpaceKey}),
 * {@code ContentEntityObject} ({@code getTitle}), {@code AbstractVersionedEntityObject}
 * ({@code int getVersion()}), {@code ConfluenceEntityObject} ({@code ConfluenceUser getCreator()},
 * {@code ConfluenceUser getLastModifier()}: who created the page and who saved its current version) and
 * {@code EntityObject} ({@code long getId()}), and {@code ContentEntityObject}'s
 * {@code String getBodyAsString()} (the body in storage format) and {@code setBodyAsString(String)}; {@code invokevirtual}
 * resolves them up the real hierarchy, so plugin code compiled against this class links in Confluence.
 * The setters are the real ones, so tests and the dev host build pages as Confluence's own code does.
 *
 * <p>Deviations: the body is a plain string (the real one is a {@code BodyContent} behind
 * {@code getBodyAsString}); no labels, dates or history. {@link #getUrlPath()} always gives
 * Confluence's legacy form ({@code /display/KEY/Title}, or {@code /pages/viewpage.action?pageId=N} when
 * the title is not URL-safe); the real one switches to {@code /spaces/KEY/pages/N/Title} when the
 * "readable URL" dark feature is on, so never parse it. {@code equals} compares class and id (the real
 * one also compares titles).
 */
public abstract class AbstractPage extends ContentEntityObject {
    private static final long serialVersionUID = 1L;
    private long id;
    private String title;
    private Space space;
    private int version = 1;
    private String bodyAsString = "";
    private ConfluenceUser creator;
    private ConfluenceUser lastModifier;

    public long getId() { return id; }
    public void setId(long id) { this.id = id; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public Space getSpace() { return space; }
    public void setSpace(Space space) { this.space = space; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
    public ConfluenceUser getCreator() { return creator; }
    public void setCreator(ConfluenceUser creator) { this.creator = creator; }
    public ConfluenceUser getLastModifier() { return lastModifier; }
    public void setLastModifier(ConfluenceUser lastModifier) { this.lastModifier = lastModifier; }

    /**
     * The page body in storage format (Confluence's XHTML; "" when empty). The real method reads the body of the
     * default type, XHTML, and throws {@code UnsupportedOperationException} when the stored body has another type.
     */
    public String getBodyAsString() { return bodyAsString; }
    public void setBodyAsString(String content) { this.bodyAsString = content == null ? "" : content; }

    public String getSpaceKey() {
        return space == null ? null : space.getKey();
    }

    /** Context-relative view URL, e.g. {@code /display/DEMO/Travel+Policy}. */
    public String getUrlPath() {
        if (space == null) {
            return "";
        }
        if (title != null && title.matches("[\\p{Alnum} ._\\-]+") && !title.startsWith(".")) {
            return "/display/" + URLEncoder.encode(space.getKey(), StandardCharsets.UTF_8) + "/"
                    + URLEncoder.encode(title, StandardCharsets.UTF_8);
        }
        return "/pages/viewpage.action?pageId=" + id;
    }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && ((AbstractPage) o).id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "page: " + title + " v." + version + " (" + id + ")";
    }
}
