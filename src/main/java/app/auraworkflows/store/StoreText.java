package app.auraworkflows.store;

import app.auraworkflows.text.TextPolicy;

/**
 * Role: the store's one rule on text lengths, for every repository. A value the app records (a name, a username, a
 * key, a label) is stored as it is or not at all: one longer than its column is refused with an exception (the
 * transaction rolls back, nothing is half written), never cut, because a cut name in a signature or an audit line
 * would be a different name. Validation refuses such text before it gets here ({@link TextPolicy#MAX_STORED}); the
 * identities Confluence hands over fit by Confluence's own limits. Only a derived search or sort key, which is never
 * shown and never the record of anything, is cut to its column ({@link #indexKey}).
 */
final class StoreText {
    /** VARCHAR(255), AO's default string column: the longest text the app stores in one. */
    static final int MAX_TEXT = TextPolicy.MAX_STORED;

    private StoreText() {
    }

    /** {@code text} as it is (null stays null), or IllegalArgumentException naming the column when it does not fit. */
    static String recorded(String column, String text) {
        if (text != null && text.length() > MAX_TEXT) {
            throw new IllegalArgumentException(column + " holds at most " + MAX_TEXT + " characters; " + text.length()
                    + " reached the store (validation should have refused them)");
        }
        return text;
    }

    /**
     * A search or sort key derived from recorded text (lower case, a last name, a seek position): its first
     * {@link #MAX_TEXT} characters, since lower-casing can lengthen a name that fits and the key only orders and finds.
     */
    static String indexKey(String text) {
        return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }
}
