package app.auraworkflows.text;

/**
 * Role: the one rule on which characters, and how many, the app accepts in text it stores or searches (names, keys,
 * labels, comments, usernames, search and filter text): no C0 control character (U+0000 to U+001F) and no DEL
 * (U+007F); multi-line fields (a comment, a description) may hold tab, line feed and carriage return; single-line
 * text stored in a column at most {@link #MAX_STORED} characters.
 *
 * <p>Why: PostgreSQL cannot store U+0000 in a text column and fails the whole statement (a 500 instead of a
 * refusal), while HSQLDB stores it, so the same request would behave differently per database; and control
 * characters in names or usernames let one value look like another in lists, logs and CSV exports. Plain Java,
 * so the domain's validators and the REST layer's parsing share it instead of keeping copies.
 */
public final class TextPolicy {
    /**
     * The longest single-line text the app stores (a name, a username, a key, a label), what an AO string column
     * holds. Validation refuses longer text where it enters; the store refuses it too and never cuts it, so a name is
     * recorded as it was given or not at all. Narrower fields have narrower limits of their own (keys 64, labels 100).
     */
    public static final int MAX_STORED = 255;

    private TextPolicy() {
    }

    /** Whether {@code value} (null counts as clean: absence is another rule's business) has no control character. */
    public static boolean isCleanSingleLine(String value) {
        return firstControl(value, false) < 0;
    }

    /** As {@link #isCleanSingleLine}, but tab, line feed and carriage return are allowed. */
    public static boolean isCleanMultiLine(String value) {
        return firstControl(value, true) < 0;
    }

    /** Whether every element of {@code values} (null list or elements count as clean) is clean single-line text. */
    public static boolean areCleanSingleLine(Iterable<String> values) {
        if (values != null) {
            for (String value : values) {
                if (!isCleanSingleLine(value)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The index of the first refused character of {@code value}, or -1 when there is none. */
    static int firstControl(String value, boolean multiLine) {
        if (value == null) {
            return -1;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 || c == 0x7F) && !(multiLine && (c == '\t' || c == '\n' || c == '\r'))) {
                return i;
            }
        }
        return -1;
    }
}
