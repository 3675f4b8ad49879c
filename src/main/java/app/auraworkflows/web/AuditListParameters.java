package app.auraworkflows.web;

import app.auraworkflows.twofactor.AuditOutcome;
import app.auraworkflows.twofactor.TwoFactorAuditTrail;
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

    static AuditListParameters from(HttpServletRequest request) {
        String user = request.getParameter(USER);
        String trimmed = user == null ? "" : user.strip();
        if (trimmed.length() > TwoFactorAuditTrail.MAX_USERNAME_FILTER) {
            trimmed = trimmed.substring(0, TwoFactorAuditTrail.MAX_USERNAME_FILTER);
        }
        return new AuditListParameters(trimmed, AuditOutcome.parse(request.getParameter(OUTCOME)),
                AdminListParameters.number(request.getParameter(START)));
    }

    boolean filtered() {
        return !user.isEmpty() || outcome != null;
    }
}
