package app.auraworkflows.rest;

import jakarta.ws.rs.core.Response;

/**
 * Role: the one reading of the paging parameters of every list ({@code start}, {@code limit}): {@code start} a whole
 * number from 0 (default 0), {@code limit} a whole number from 1 to the list's maximum (default: the list's own),
 * both strictly as {@link RestParameters#wholeNumber} reads numbers. Either the values or the 400 INVALID_INPUT to
 * answer, with the same message wherever the list is. (A class, not a record: the records of this package are its
 * JSON bodies.)
 */
final class Paging {
    private final int start;
    private final int limit;
    private final Response refusal;

    private Paging(int start, int limit, Response refusal) {
        this.start = start;
        this.limit = limit;
        this.refusal = refusal;
    }

    /** An offset page: {@code start} and {@code limit}. */
    static Paging offset(String start, String limit, int defaultLimit, int maxLimit, RestErrors errors) {
        Integer parsedStart = RestParameters.wholeNumber(start, 0, 0, Integer.MAX_VALUE);
        if (parsedStart == null) {
            return new Paging(0, 0, errors.invalidInput("aura.2fa.rest.error.start"));
        }
        Paging sized = limit(limit, defaultLimit, maxLimit, errors);
        return sized.refusal != null ? sized : new Paging(parsedStart, sized.limit, null);
    }

    /** A page that only has a size ({@code limit}): a keyset page, whose position is a token of its own, or a search. */
    static Paging limit(String limit, int defaultLimit, int maxLimit, RestErrors errors) {
        Integer parsed = RestParameters.wholeNumber(limit, defaultLimit, 1, maxLimit);
        return parsed == null ? new Paging(0, 0, errors.invalidInput("aura.2fa.rest.error.limit", maxLimit))
                : new Paging(0, parsed, null);
    }

    /** The offset of the first row (0 for a page that only has a size). */
    int start() {
        return start;
    }

    /** How many rows at most. */
    int limit() {
        return limit;
    }

    /** The 400 INVALID_INPUT to answer instead, or null. */
    Response refusal() {
        return refusal;
    }
}
