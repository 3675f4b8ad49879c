package app.auraworkflows.devhost.db;

import java.util.Locale;

/**
 * The values of {@code DEVHOST_USER}'s lower-case search columns, computed in one place for inserts and for
 * filling an older database. The last name is the display name's last word, as Confluence splits a display
 * name into first and last name when it creates a user in its internal directory.
 */
public final class SearchColumns {

    private SearchColumns() {
    }

    public static String lower(String value) {
        return value == null ? null : value.strip().toLowerCase(Locale.ROOT);
    }

    public static String lastName(String fullName) {
        String lower = lower(fullName);
        if (lower == null || lower.isEmpty()) {
            return lower;
        }
        int space = lower.lastIndexOf(' ');
        return space < 0 ? lower : lower.substring(space + 1);
    }
}
