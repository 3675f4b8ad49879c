package app.auraworkflows.store;

/** Text limits of the store's columns and its one "starts with" pattern, in one place for every repository. */
final class StoreText {
    /** VARCHAR(255) is AO's default string column. */
    static final int MAX_TEXT = 255;

    private StoreText() {
    }

    /** {@code text} cut to {@link #MAX_TEXT} characters (null stays null), so an insert never fails on length. */
    static String clip(String text) {
        return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }

    /**
     * The LIKE pattern of "starts with {@code prefix}", with {@code '!'} as the escape character (the query says
     * {@code ESCAPE '!'}; PostgreSQL and HSQLDB both accept it): a user typing % or _ searches for that character, not
     * a wildcard.
     */
    static String likePrefix(String prefix) {
        return prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
