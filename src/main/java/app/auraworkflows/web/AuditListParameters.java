package app.auraworkflows.web;

import app.auraworkflows.twofactor.AuditOutcome;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The audit screen's filter and paging parameters, read leniently from the query string: an unknown outcome
 * or a hand-edited offset falls back to "all" and the first page instead of failing.
 *
 * @param user    exact username to filter by ("" = every user)
 * @param outcome outcome to filter by (null = every outcome)
 * @param start   offset into the filtered log
 */
record AuditListParameters(String user, AuditOutcome outcome, int start) {
    static final String USER = "user";
    static final String OUTCOME = "outcome";
    static final String START = "start";
    static final int MAX_USER_LENGTH = 255;

    static AuditListParameters from(HttpServletRequest request) {
        String user = request.getParameter(USER);
        String trimmed = user == null ? "" : user.strip();
        if (trimmed.length() > MAX_USER_LENGTH) {
            trimmed = trimmed.substring(0, MAX_USER_LENGTH);
        }
        return new AuditListParameters(trimmed, AuditOutcome.parse(request.getParameter(OUTCOME)),
                AdminListParameters.start(request.getParameter(START)));
    }

    boolean filtered() {
        return !user.isEmpty() || outcome != null;
    }
}
