package app.auraworkflows.twofactor;

import java.util.Optional;

/**
 * The one reading of an administrator's "number of days" field (the pending-setup expiry, the audit retention):
 * a whole number of days within the setting's bounds, digits only, surrounding blanks ignored. Anything else is
 * refused rather than clipped, so a typo never silently becomes a different setting.
 */
final class DaysSetting {
    private DaysSetting() {
    }

    /** {@code text} as whole days in {@code min}..{@code max}, or empty. */
    static Optional<Integer> parse(String text, int min, int max) {
        if (text == null) {
            return Optional.empty();
        }
        String digits = text.strip();
        int maxDigits = String.valueOf(max).length();
        if (digits.isEmpty() || digits.length() > maxDigits || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        int days = Integer.parseInt(digits);
        return days >= min && days <= max ? Optional.of(days) : Optional.empty();
    }
}
