package app.auraworkflows.store;

/** Text limits of the store's columns, in one place for every repository. */
final class StoreText {
    /** VARCHAR(255) is AO's default string column. */
    static final int MAX_TEXT = 255;

    private StoreText() {
    }

    /** {@code text} cut to {@link #MAX_TEXT} characters (null stays null), so an insert never fails on length. */
    static String clip(String text) {
        return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }
}
