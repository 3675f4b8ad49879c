package app.auraworkflows.web;

import app.auraworkflows.twofactor.ListCursor;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The admin screen's search and paging parameters, read leniently from the query string: a hand-edited
 * or stale URL falls back to the first page instead of failing.
 *
 * @param query   search text: the start of a username, full name or last name ("" = all)
 * @param pending where the Pending list's page is
 * @param active  where the Active list's page is
 */
public record AdminListParameters(String query, Place pending, Place active) {
    static final String QUERY = "q";
    /** Same cap as the REST API's {@code q}. */
    static final int MAX_QUERY_LENGTH = 100;
    /** Numbers beyond this are not meaningful for any realistic user count; it also keeps int math safe. */
    static final int MAX_FROM = 10_000_000;

    /**
     * Where one list's page is: right after or right before a position (null: the first page), and the number of
     * rows before the page, only for the "26–50" label (the database never counts past them).
     */
    public record Place(ListCursor cursor, boolean backwards, int from) {
        static final Place FIRST = new Place(null, false, 0);
    }

    public AdminListParameters(String query) {
        this(query, Place.FIRST, Place.FIRST);
    }

    public static AdminListParameters from(HttpServletRequest request) {
        return new AdminListParameters(query(request.getParameter(QUERY)), place(request, "pending"),
                place(request, "active"));
    }

    /** The parameter names of one list: {@code pendingAfter}, {@code pendingBefore}, {@code pendingFrom}. */
    static String after(String list) {
        return list + "After";
    }

    static String before(String list) {
        return list + "Before";
    }

    static String fromName(String list) {
        return list + "From";
    }

    private static Place place(HttpServletRequest request, String list) {
        int from = number(request.getParameter(fromName(list)));
        var after = ListCursor.parse(request.getParameter(after(list)));
        if (after.isPresent()) {
            return new Place(after.get(), false, from);
        }
        var before = ListCursor.parse(request.getParameter(before(list)));
        return before.map(c -> new Place(c, true, from)).orElse(Place.FIRST);
    }

    static String query(String raw) {
        if (raw == null) {
            return "";
        }
        String trimmed = raw.strip();
        return trimmed.length() > MAX_QUERY_LENGTH ? trimmed.substring(0, MAX_QUERY_LENGTH) : trimmed;
    }

    static int number(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > 9) {
            return 0;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            return value < 0 || value > MAX_FROM ? 0 : value;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
