package app.auraworkflows.web;

import java.util.Optional;

/**
 * Role: the screens' reading of an id in a query parameter ({@code ?id=} of the Builder, {@code ?returnTo=} of 2FA
 * setup): ASCII digits only, at most 18 of them, above zero; anything else is no id.
 */
final class IdParameter {
    private IdParameter() {
    }

    static Optional<Long> positive(String raw) {
        if (raw == null || raw.isEmpty() || raw.length() > 18 || !raw.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        long id = Long.parseLong(raw);
        return id > 0 ? Optional.of(id) : Optional.empty();
    }
}
