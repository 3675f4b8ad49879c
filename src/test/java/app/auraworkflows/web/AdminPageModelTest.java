package app.auraworkflows.web;

import app.auraworkflows.twofactor.EnrolmentPage;
import app.auraworkflows.twofactor.ListCursor;
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
        ListCursor here = new ListCursor("user 24", "u24");
        ListCursor otherList = new ListCursor("x", "x");
        ListCursor previous = new ListCursor("user 25", "u25");
        ListCursor next = new ListCursor("user 49", "u49");
        AdminListParameters parameters = new AdminListParameters("a&b", new AdminListParameters.Place(here, false, 25),
                new AdminListParameters.Place(otherList, true, 50));
        Map<String, Object> model = new AdminPageModel("/c", parameters, 25, ZoneOffset.UTC)
                .build(new EnrolmentPage(10_000, true, rows(25), next, previous), new EnrolmentPage(0, List.of()));

        Map<String, Object> list = pending(model);
        assertEquals(26, list.get("from"));
        assertEquals(50, list.get("to"));
        assertEquals("/c/plugins/servlet/aura-workflows/admin/2fa?q=a%26b&pendingBefore=" + previous.token()
                + "&activeBefore=" + otherList.token() + "&activeFrom=50", list.get("previousUrl"));
        assertEquals("/c/plugins/servlet/aura-workflows/admin/2fa?q=a%26b&pendingAfter=" + next.token()
                + "&pendingFrom=50&activeBefore=" + otherList.token() + "&activeFrom=50", list.get("nextUrl"));
    }

    @Test
    void theFirstPageCountsFromOneWhateverTheUrlSaidAndABroadSearchSaysMoreThan() {
        AdminListParameters parameters = new AdminListParameters("u", new AdminListParameters.Place(null, false, 500),
                AdminListParameters.Place.FIRST);
        Map<String, Object> list = pending(new AdminPageModel("", parameters, 25, ZoneOffset.UTC)
                .build(new EnrolmentPage(1000, false, rows(25), new ListCursor("a", "a"), null), new EnrolmentPage(0, List.of())));
        assertEquals(1, list.get("from"));
        assertEquals(false, list.get("totalExact"));
        assertEquals(false, list.get("hasPrevious"));
    }

    @Test
    void singlePageHasNoPaging() {
        Map<String, Object> list = pending(new AdminPageModel("", new AdminListParameters(""), 25, ZoneOffset.UTC)
                .build(new EnrolmentPage(3, rows(3)), new EnrolmentPage(0, List.of())));

        assertEquals(false, list.get("hasPaging"));
        assertEquals(false, list.get("showActivation"));
    }

    @Test
    void rowWithoutFullNameShowsUsernameAndUnsetDatesAreEmpty() {
        Map<String, Object> list = pending(new AdminPageModel("", new AdminListParameters(""), 25, ZoneOffset.UTC)
                .build(new EnrolmentPage(1, rows(1)), new EnrolmentPage(0, List.of())));

        @SuppressWarnings("unchecked")
        Map<String, Object> row = ((List<Map<String, Object>>) list.get("rows")).get(0);
        assertEquals("u0", row.get("fullName"));
        assertEquals("", row.get("activatedAt"));
        assertEquals(false, row.get("hasLastUsed"));
        assertEquals(false, row.get("locked"));
        assertEquals("1970-01-01 00:00 UTC", row.get("addedAt"));
    }

    @Test
    void malformedOrNegativeNumbersFallBackToZero() {
        assertEquals(0, AdminListParameters.number("-5"));
        assertEquals(0, AdminListParameters.number("abc"));
        assertEquals(0, AdminListParameters.number("99999999999"));
        assertEquals(75, AdminListParameters.number("75"));
    }

    @Test
    void lastPageStartOfAStaleOffsetIsTheLastFullPageBoundary() {
        assertEquals(9975, TwoFactorAuditServlet.lastPageStart(10_000));
        assertEquals(0, TwoFactorAuditServlet.lastPageStart(25));
        assertEquals(25, TwoFactorAuditServlet.lastPageStart(26));
    }
}
