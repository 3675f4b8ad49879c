package app.auraworkflows.confluence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import org.junit.jupiter.api.Test;

/** The reviewed version of a page: its number and the fingerprint of its storage-format body, from one read. */
class ConfluencePagesTest {
    private final PageManager pageManager = mock(PageManager.class);
    private final ConfluencePages pages = new ConfluencePages(pageManager);

    @Test
    void theFingerprintIsTheSha256OfTheStorageFormatBodyInUtf8() {
        Page page = new Page();
        page.setId(7);
        page.setVersion(4);
        page.setBodyAsString("<p>\u00e9t\u00e9</p>");
        when(pageManager.getAbstractPage(7)).thenReturn(page);

        ConfluencePages.ReviewedVersion reviewed = pages.reviewed(7).orElseThrow();
        assertEquals(4, reviewed.version());
        // sha256sum of the UTF-8 bytes of "<p>été</p>"
        assertEquals(ConfluencePages.sha256("<p>\u00e9t\u00e9</p>"), reviewed.contentSha256());
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", ConfluencePages.sha256(""));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ConfluencePages.sha256("abc"));
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
        when(pageManager.getAbstractPage(9)).thenReturn(legacy);
        ConfluencePages.ReviewedVersion reviewed = pages.reviewed(9).orElseThrow();
        assertEquals(2, reviewed.version());
        assertNull(reviewed.contentSha256());
    }

    @Test
    void aMissingPageHasNoReviewedVersion() {
        assertTrue(pages.reviewed(8).isEmpty());
    }
}
