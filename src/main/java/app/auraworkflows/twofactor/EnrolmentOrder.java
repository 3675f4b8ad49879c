package app.auraworkflows.twofactor;

import java.util.Locale;

/**
 * The one order and the search keys of the admin 2FA lists. Users are listed by their sort name (the full name, or
 * the username for a user without one), then by username, both lower-cased; usernames are unique, so the order is
 * total and a page can start right after (or before) a known row. The search matches the start of the username, of
 * the full name, or of the last name (the full name's last word), as Confluence's own user pickers do.
 */
public final class EnrolmentOrder {
    private EnrolmentOrder() {
    }

    public static String sortKey(String username, String fullName) {
        return lower(fullName == null || fullName.isBlank() ? username : fullName.strip());
    }

    public static String usernameKey(String username) {
        return lower(username);
    }

    /** The full name trimmed and lower-cased; null without one (a blank name is none). */
    public static String fullNameKey(String fullName) {
        return fullName == null || fullName.isBlank() ? null : lower(fullName.strip());
    }

    /** The last word of the full name, lower-cased; null when the full name has fewer than two words. */
    public static String lastNameKey(String fullName) {
        if (fullName == null) {
            return null;
        }
        String[] words = fullName.strip().split("\\s+");
        return words.length < 2 ? null : lower(words[words.length - 1]);
    }

    /** Where {@code enrolment} stands in the order. */
    public static ListCursor cursorOf(Enrolment enrolment) {
        return new ListCursor(sortKey(enrolment.username(), enrolment.fullName()), usernameKey(enrolment.username()));
    }

    private static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }
}
