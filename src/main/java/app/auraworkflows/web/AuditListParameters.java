package app.auraworkflows.web;

import app.auraworkflows.twofactor.AuditOutcome;
import app.auraworkflows.twofactor.TwoFactorAuditTrail;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The audit screen's filter and paging parameters, read leniently from the query string: an unknown outcome
 * or a hand-edited offset falls back to "all" and the first page instead of failing.
 *
 * @param user    the start of the username, full name or last name of the users to show ("" = every user)
 * @param outcome outcome to filter by (null = every outcome)
 * @param from    the first day shown, in the viewer's zone (null = no lower bound; a malformed day is ignored)
 * @param to      the last day shown (null = no upper bound)
 * @param start   offset into the filtered log
 */
record AuditListParameters(String user, AuditOutcome outcome, java.time.LocalDate from, java.time.LocalDate to,
                           int start) {
    static final String USER = "user";
    static final String OUTCOME = "outcome";
    static final String FROM = "from";
    static final String TO = "to";
    static final String START = "start";

    static AuditListParameters from(HttpServletRequest request) {
        String user = request.getParameter(USER);
        String trimmed = user == null ? "" : user.strip();
        if (trimmed.length() > TwoFactorAuditTrail.MAX_USERNAME_FILTER) {
            trimmed = trimmed.substring(0, TwoFactorAuditTrail.MAX_USERNAME_FILTER);
        }
        java.time.LocalDate from = day(request.getParameter(FROM));
        java.time.LocalDate to = day(request.getParameter(TO));
        if (from != null && to != null && from.isAfter(to)) {
            java.time.LocalDate swap = from; // typed the wrong way round: the same days, in order
            from = to;
            to = swap;
        }
        return new AuditListParameters(trimmed, AuditOutcome.parse(request.getParameter(OUTCOME)), from, to,
                AdminListParameters.number(request.getParameter(START)));
    }

    /** The filter these parameters ask for, the days read in {@code zone}. */
    app.auraworkflows.twofactor.AuditFilter filter(java.time.ZoneId zone) {
        return app.auraworkflows.twofactor.AuditFilter.of(user, outcome, from, to, zone);
    }

    boolean filtered() {
        return !user.isEmpty() || outcome != null || from != null || to != null;
    }

    private static java.time.LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException malformed) {
            return null;
        }
    }
}
