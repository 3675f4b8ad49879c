package app.auraworkflows.twofactor;

import java.util.List;

/**
 * A page of an admin list.
 *
 * @param total      the rows of the whole list (exact); for a search, the matches counted up to
 *                   {@link EnrolmentService#SEARCH_COUNT_LIMIT}
 * @param totalExact false when a search matched more than {@link EnrolmentService#SEARCH_COUNT_LIMIT} rows (then
 *                   {@code total} is that limit: "more than 1,000")
 * @param next       where the next page starts (after it), or null on the last page
 * @param previous   where the previous page ends (before it), or null on the first page
 */
public record EnrolmentPage(int total, boolean totalExact, List<EnrolmentView> users, ListCursor next,
                            ListCursor previous) {
    public EnrolmentPage(int total, List<EnrolmentView> users) {
        this(total, true, users, null, null);
    }
}
