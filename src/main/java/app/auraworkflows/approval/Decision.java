package app.auraworkflows.approval;

import java.util.Optional;

/** A reviewer's vote. */
public enum Decision {
    APPROVE,
    REJECT;

    /** Exactly {@code APPROVE} or {@code REJECT} (case-sensitive, as the REST contract says); anything else is empty. */
    public static Optional<Decision> parse(String text) {
        if ("APPROVE".equals(text)) {
            return Optional.of(APPROVE);
        }
        if ("REJECT".equals(text)) {
            return Optional.of(REJECT);
        }
        return Optional.empty();
    }
}
