package app.auraworkflows.rest;

import app.auraworkflows.text.TextPolicy;

import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Role: the strict parsing of path and query parameters shared by every resource: ids, paging numbers and text.
 *
 * <p>Numbers are ASCII decimal only, without sign, leading zeros or spaces. {@code Long.parseLong} alone is not
 * enough: it accepts {@code +12} and, through {@code Character.digit}, full-width and other Unicode digits, so
 * {@code １２}, {@code +12} and {@code 012} would all name page 12 and one resource could be reached under many
 * spellings (caches, audit lines and access rules keyed on the text would disagree). Text must pass
 * {@link TextPolicy}: a control character is refused before any service or the store sees it.
 */
final class RestParameters {
    /** A positive id: 1 to 19 digits without a leading zero; the range check against long follows. */
    private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,18}");
    /** A whole number of 0 or more, at most 10 digits (int range is checked after). */
    private static final Pattern WHOLE = Pattern.compile("0|[1-9][0-9]{0,9}");

    private RestParameters() {
    }

    /** The positive id in {@code text}, or empty when it is absent, malformed or beyond {@code Long.MAX_VALUE}. */
    static OptionalLong id(String text) {
        if (text == null || !ID.matcher(text).matches()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return OptionalLong.empty(); // 19 digits above 9223372036854775807
        }
    }

    /**
     * The whole number in {@code text}, {@code fallback} when the parameter is absent or empty, or null when it is
     * malformed or outside {@code min..max}.
     */
    static Integer wholeNumber(String text, int fallback, int min, int max) {
        if (text == null || text.isEmpty()) {
            return fallback;
        }
        if (!WHOLE.matcher(text).matches()) {
            return null;
        }
        long value = Long.parseLong(text);
        return value < min || value > max ? null : (int) value;
    }

    /** Whether a single-line text parameter (a username, a search, a filter) is free of control characters. */
    static boolean isCleanText(String text) {
        return TextPolicy.isCleanSingleLine(text);
    }
}
