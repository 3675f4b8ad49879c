package app.auraworkflows.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The admin screen's search and paging parameters, read leniently from the query string: a hand-edited
 * or stale URL falls back to the first page instead of failing.
 *
 * @param query        search text over username and full name ("" = all)
 * @param pendingStart offset into the Pending list
 * @param activeStart  offset into the Active list
 */
public record AdminListParameters(String query, int pendingStart, int activeStart) {
    static final String QUERY = "q";
    static final String PENDING_START = "pendingStart";
    static final String ACTIVE_START = "activeStart";
    /** Same cap as the REST API's {@code q}. */
    static final int MAX_QUERY_LENGTH = 100;
    /** Offsets beyond this are not meaningful for any realistic user count; it also keeps int math safe. */
    static final int MAX_START = 10_000_000;

    public static AdminListParameters from(HttpServletRequest request) {
        return new AdminListParameters(query(request.getParameter(QUERY)),
                start(request.getParameter(PENDING_START)), start(request.getParameter(ACTIVE_START)));
    }

    static String query(String raw) {
        if (raw == null) {
            return "";
        }
        String trimmed = raw.strip();
        return trimmed.length() > MAX_QUERY_LENGTH ? trimmed.substring(0, MAX_QUERY_LENGTH) : trimmed;
    }

    static int start(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > 9) {
            return 0;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            return value < 0 || value > MAX_START ? 0 : value;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
