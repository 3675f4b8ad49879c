package app.auraworkflows.twofactor;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * A position in an admin 2FA list ({@link EnrolmentOrder}): a page starts right after or right before it. Carried
 * in URLs as an opaque token. Why a position and not an offset: the database seeks to it through the list's index,
 * so the 4,000th page costs what the first does, and a user added or revoked meanwhile never shifts the page
 * (an offset makes the database count past every earlier row, on every page).
 */
public record ListCursor(String sortKey, String usernameKey) {
    public ListCursor {
        Objects.requireNonNull(sortKey, "sortKey");
        Objects.requireNonNull(usernameKey, "usernameKey");
    }

    /** The URL-safe token of this position. */
    public String token() {
        return encode(sortKey) + "." + encode(usernameKey);
    }

    /** The position of a token; empty when {@code token} is null, blank or not one of ours (a hand-edited URL). */
    public static Optional<ListCursor> parse(String token) {
        if (token == null || token.isBlank() || token.length() > 2_000) {
            return Optional.empty();
        }
        String[] parts = token.strip().split("\\.", -1);
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ListCursor(decode(parts[0]), decode(parts[1])));
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }

    private static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String part) {
        String text = new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
        if (text.indexOf('\u0000') >= 0 || text.indexOf('\uFFFD') >= 0) {
            throw new IllegalArgumentException("not a key"); // PostgreSQL refuses U+0000; U+FFFD: bytes that were not UTF-8
        }
        return text;
    }
}
