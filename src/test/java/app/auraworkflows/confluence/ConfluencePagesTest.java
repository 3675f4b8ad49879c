package app.auraworkflows.confluence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The reviewed version of a page: its number and the fingerprint of its storage-format body, from one read of the
 * page, on which the reviewer's VIEW right is asked once.
 */
class ConfluencePagesTest {
    private final PageManager pageManager = mock(PageManager.class);
    private final PermissionManager permissionManager = mock(PermissionManager.class);
    private final UserAccessor userAccessor = mock(UserAccessor.class);
    private final ConfluenceUser reviewer = mock(ConfluenceUser.class);
    private final ConfluencePages pages = new ConfluencePages(pageManager,
            new ConfluencePagePermissions(pageManager, permissionManager, userAccessor, mock(UserManager.class)));

    @BeforeEach
    void theReviewerExists() {
        when(userAccessor.getUserByKey(new UserKey("k-rev"))).thenReturn(reviewer);
    }

    private void viewable(AbstractPage page) {
        when(pageManager.getAbstractPage(page.getId())).thenReturn(page);
        when(permissionManager.hasPermission(reviewer, Permission.VIEW, page)).thenReturn(true);
    }

    @Test
    void theFingerprintIsTheSha256OfTheStorageFormatBodyInUtf8() {
        Page page = new Page();
        page.setId(7);
        page.setVersion(4);
        page.setBodyAsString("<p>\u00e9t\u00e9</p>");
        viewable(page);

        ConfluencePages.ReviewedVersion reviewed = pages.reviewedBy(7, "k-rev").orElseThrow();
        assertEquals(4, reviewed.version());
        // sha256sum of the UTF-8 bytes of "<p>été</p>"
        assertEquals(ConfluencePages.sha256("<p>\u00e9t\u00e9</p>"), reviewed.contentSha256());
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", ConfluencePages.sha256(""));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ConfluencePages.sha256("abc"));
    }

    @Test
    void theVersionAndTheRightComeFromOneReadOfThePageAndOnePermissionQuestion() {
        Page page = new Page();
        page.setId(7);
        page.setVersion(4);
        page.setBodyAsString("<p>x</p>");
        viewable(page);

        pages.reviewedBy(7, "k-rev").orElseThrow();
        verify(pageManager, times(1)).getAbstractPage(anyLong());
        verify(permissionManager, times(1)).hasPermission(any(), any(Permission.class), any(Object.class));
    }

    @Test
    void aBodyThatIsNotInStorageFormatGivesTheVersionWithoutAFingerprint() {
        Page legacy = new Page() {
            @Override
            public String getBodyAsString() {
                throw new UnsupportedOperationException("the body was 'WIKI' but was expected to be 'XHTML'");
            }
        };
        legacy.setId(9);
        legacy.setVersion(2);
        viewable(legacy);
        ConfluencePages.ReviewedVersion reviewed = pages.reviewedBy(9, "k-rev").orElseThrow();
        assertEquals(2, reviewed.version());
        assertNull(reviewed.contentSha256());
    }

    @Test
    void aMissingPageHasNoReviewedVersion() {
        assertTrue(pages.reviewedBy(8, "k-rev").isEmpty());
    }

    @Test
    void aPageTheReviewerMayNotViewHasNoReviewedVersion() {
        Page page = new Page();
        page.setId(10);
        page.setVersion(1);
        when(pageManager.getAbstractPage(10)).thenReturn(page);
        assertTrue(pages.reviewedBy(10, "k-rev").isEmpty(), "no VIEW");
        assertTrue(pages.reviewedBy(10, "k-nobody").isEmpty(), "unknown user");
        assertTrue(pages.reviewedBy(10, null).isEmpty(), "no user");
    }
}
