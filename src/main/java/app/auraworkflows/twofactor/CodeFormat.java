package app.auraworkflows.twofactor;

/**
 * The shape a submitted code must have: exactly six ASCII digits ({@code ^[0-9]{6}$}).
 *
 * <p>Checked before any database or cryptographic work. The length test comes first so a 100 KB
 * "code" costs nothing. Only {@code '0'..'9'} pass: {@code Character.isDigit} and
 * {@code Integer.parseInt} would accept full-width or Arabic-Indic digits, which no authenticator
 * produces. Codes stay strings (never ints) so leading zeros survive.
 */
public final class CodeFormat {
    private CodeFormat() {
    }

    public static boolean isWellFormed(String code) {
        if (code == null || code.length() != TwoFactorSettings.DIGITS) {
            return false;
        }
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
