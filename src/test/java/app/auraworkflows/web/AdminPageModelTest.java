package app.auraworkflows.web;

import app.auraworkflows.twofactor.EnrolmentPage;
import app.auraworkflows.twofactor.EnrolmentStatus;
import app.auraworkflows.twofactor.EnrolmentView;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Paging, search and row facts of the admin screen are decided in Java. */
class AdminPageModelTest {
    private static List<EnrolmentView> rows(int count) {
        List<EnrolmentView> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new EnrolmentView("u" + i, "k" + i, "", EnrolmentStatus.PENDING, "admin",
                    Instant.EPOCH, null, null, null));
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> pending(Map<String, Object> model) {
        return (Map<String, Object>) model.get("pending");
    }

    @Test
    void middlePageLinksBothWaysAndKeepsSearchAndOtherListPosition() {
        Map<String, Object> model = new AdminPageModel("/c", new AdminListParameters("a&b", 25, 50), 25, ZoneOffset.UTC)
                .build(new EnrolmentPage(10_000, rows(25)), 25, new EnrolmentPage(0, List.of()), 50);

        Map<String, Object> list = pending(model);
        assertEquals(26, list.get("from"));
        assertEquals(50, list.get("to"));
        assertEquals("/c/plugins/servlet/aura-workflows/admin/2fa?q=a%26b&activeStart=50", list.get("previousUrl"));
        assertEquals("/c/plugins/servlet/aura-workflows/admin/2fa?q=a%26b&pendingStart=50&activeStart=50", list.get("nextUrl"));
    }

    @Test
    void singlePageHasNoPaging() {
        Map<String, Object> list = pending(new AdminPageModel("", new AdminListParameters("", 0, 0), 25, ZoneOffset.UTC)
                .build(new EnrolmentPage(3, rows(3)), 0, new EnrolmentPage(0, List.of()), 0));

        assertEquals(false, list.get("hasPaging"));
        assertEquals(false, list.get("showActivation"));
    }

    @Test
    void rowWithoutFullNameShowsUsernameAndUnsetDatesAreEmpty() {
        Map<String, Object> list = pending(new AdminPageModel("", new AdminListParameters("", 0, 0), 25, ZoneOffset.UTC)
                .build(new EnrolmentPage(1, rows(1)), 0, new EnrolmentPage(0, List.of()), 0));

        @SuppressWarnings("unchecked")
        Map<String, Object> row = ((List<Map<String, Object>>) list.get("rows")).get(0);
        assertEquals("u0", row.get("fullName"));
        assertEquals("", row.get("activatedAt"));
        assertEquals(false, row.get("hasLastUsed"));
        assertEquals(false, row.get("locked"));
        assertEquals("1970-01-01 00:00 UTC", row.get("addedAt"));
    }

    @Test
    void malformedOrNegativeStartFallsBackToFirstPage() {
        assertEquals(0, AdminListParameters.start("-5"));
        assertEquals(0, AdminListParameters.start("abc"));
        assertEquals(0, AdminListParameters.start("99999999999"));
        assertEquals(75, AdminListParameters.start("75"));
    }

    @Test
    void lastPageStartOfAStaleOffsetIsTheLastFullPageBoundary() {
        assertEquals(9975, TwoFactorAdminServlet.lastPageStart(10_000));
        assertEquals(0, TwoFactorAdminServlet.lastPageStart(25));
        assertEquals(25, TwoFactorAdminServlet.lastPageStart(26));
    }
}
