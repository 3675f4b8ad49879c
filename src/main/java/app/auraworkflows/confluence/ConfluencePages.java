package app.auraworkflows.confluence;

import app.auraworkflows.approval.Actor;
import app.auraworkflows.approval.PageVersions;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.user.ConfluenceUser;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Role: the page facts the workflow screens show (title, space, link) and the engine needs (the current version and
 * who saved it: {@link PageVersions}), read from Confluence's {@link PageManager}. It does not check permissions
 * (callers ask {@link AuraPermissions} first), except {@link #reviewedBy}, which asks through
 * {@link ConfluencePagePermissions} on the page it reads.
 */
@Component
public class ConfluencePages implements PageVersions {
    private final PageManager pageManager;
    private final ConfluencePagePermissions permissions;

    public ConfluencePages(PageManager pageManager, ConfluencePagePermissions permissions) {
        this.pageManager = pageManager;
        this.permissions = permissions;
    }

    /** The page's facts, or empty when no such page exists. */
    public Optional<PageFacts> find(long pageId) {
        AbstractPage page = pageManager.getAbstractPage(pageId);
        if (page == null) {
            return Optional.empty();
        }
        // getUrlPath() is Confluence's own link (its form depends on the site's settings, so never built here).
        String spaceName = page.getSpace() == null || page.getSpace().getName() == null ? page.getSpaceKey()
                : page.getSpace().getName();
        return Optional.of(new PageFacts(page.getId(), page.getTitle(), page.getSpaceKey(), page.getUrlPath(),
                page.getVersion(), spaceName));
    }

    @Override
    public PageVersion current(long pageId) {
        AbstractPage page = pageManager.getAbstractPage(pageId);
        return page == null ? null : new PageVersion(page.getVersion(), actor(page.getLastModifier()));
    }

    /** The user as an engine actor, or null when there is none (an anonymous edit has no last modifier). */
    static Actor actor(ConfluenceUser user) {
        if (user == null || user.getKey() == null || user.getName() == null) {
            return null;
        }
        return new Actor(user.getKey().getStringValue(), user.getName(), user.getFullName());
    }

    /**
     * The page's current version and the SHA-256 of its body in storage format, both read from the same page object
     * so the fingerprint always belongs to that version (a signature names the text its signer saw); empty when no
     * such page exists or the user may not view it. The permission is asked of that same page object, so a review
     * reads the page once and asks its right once.
     */
    public Optional<ReviewedVersion> reviewedBy(long pageId, String userKey) {
        return permissions.viewablePage(pageId, userKey).map(ConfluencePages::reviewedVersion);
    }

    private static ReviewedVersion reviewedVersion(AbstractPage page) {
        return new ReviewedVersion(page.getVersion(), storageBodySha256(page));
    }

    /**
     * Confluence's {@code getBodyAsString()} is the body of the default type, XHTML (storage format), and throws
     * {@code UnsupportedOperationException} for content whose body has another type (a legacy wiki-markup body).
     * Such a page can still be reviewed: its vote names the version but carries no fingerprint (null), rather than
     * a fingerprint of some other representation that nobody could check.
     */
    private static String storageBodySha256(AbstractPage page) {
        try {
            String body = page.getBodyAsString();
            return sha256(body == null ? "" : body);
        } catch (UnsupportedOperationException notStorageFormat) {
            return null;
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform has SHA-256", impossible);
        }
    }

    /**
     * A page version as a reviewer reviews it.
     *
     * @param version       the page version
     * @param contentSha256 SHA-256 (lower-case hex) of its body in storage format, UTF-8 encoded (null when the body
 *                      is not in storage format)
     */
    public record ReviewedVersion(int version, String contentSha256) {
    }

    /**
     * A page as the workflow screens show it.
     *
     * @param id       page id
     * @param title    page title
     * @param spaceKey its space
     * @param urlPath  context-relative view link
     * @param version  current page version
     * @param spaceName its space's name (the key when the space has none)
     */
    public record PageFacts(long id, String title, String spaceKey, String urlPath, int version, String spaceName) {
        public PageFacts(long id, String title, String spaceKey, String urlPath, int version) {
            this(id, title, spaceKey, urlPath, version, spaceKey);
        }
    }
}
