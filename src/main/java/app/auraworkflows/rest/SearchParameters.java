package app.auraworkflows.rest;

import jakarta.ws.rs.core.Response;

/**
 * Role: the {@code q} and {@code limit} of the type-ahead searches ({@code /2fa/user-search}, {@code /group-search}),
 * read one way: {@code q} stripped, without control characters and at most {@value #MAX_QUERY_LENGTH} characters;
 * {@code limit} as every list reads it ({@link Paging}). Either the values or the 400 to answer. The admin list's
 * search ({@code /2fa/users?q=}) reads its {@code q} and {@code limit} the same way.
 * (A class, not a record: the records of this package are its JSON bodies.)
 */
final class SearchParameters {
    static final int MAX_QUERY_LENGTH = 100;

    private final String query;
    private final int limit;
    private final Response refusal;

    private SearchParameters(String query, int limit, Response refusal) {
        this.query = query;
        this.limit = limit;
        this.refusal = refusal;
    }

    /** The search text, stripped ("" when none). */
    String query() {
        return query;
    }

    /** How many results to show. */
    int limit() {
        return limit;
    }

    /** The 400 INVALID_INPUT to answer instead, or null. */
    Response refusal() {
        return refusal;
    }

    static SearchParameters parse(String query, String limit, int defaultLimit, int maxLimit, RestErrors errors) {
        if (!RestParameters.isCleanText(query)) {
            return new SearchParameters("", 0, errors.controlCharacter("q"));
        }
        String q = query == null ? "" : query.strip();
        if (q.length() > MAX_QUERY_LENGTH) {
            return new SearchParameters("", 0, errors.invalidInput("aura.2fa.rest.error.query", MAX_QUERY_LENGTH));
        }
        Paging paging = Paging.limit(limit, defaultLimit, maxLimit, errors);
        return paging.refusal() != null ? new SearchParameters("", 0, paging.refusal())
                : new SearchParameters(q, paging.limit(), null);
    }
}
