package app.auraworkflows.rest;

/**
 * Role: the first thing wrong with a request body's JSON types, found by {@link JsonFields} while a request
 * record is built: the field's path (e.g. {@code transitions[1].minApprovals}) and what it should have been.
 * A resource answers it as 400 INVALID_INPUT naming the field ({@link RestErrors#invalidJson}).
 *
 * <p>A plain class, not a record, on purpose: it is carried in request records but is never JSON itself.
 */
public final class JsonInputError {

    /** What the field should have held, with the message that says so. */
    public enum Expected {
        OBJECT("aura.rest.error.json.object"),
        TEXT("aura.rest.error.json.text"),
        WHOLE_NUMBER("aura.rest.error.json.wholenumber"),
        ID("aura.rest.error.json.id"),
        TRUE_OR_FALSE("aura.rest.error.json.boolean"),
        LIST("aura.rest.error.json.list"),
        NO_CONTROL_CHARACTER("aura.rest.error.controlcharacter");

        private final String messageKey;

        Expected(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final String field;
    private final Expected expected;

    JsonInputError(String field, Expected expected) {
        this.field = field;
        this.expected = expected;
    }

    /** The field's path in the body; {@code body} for the body itself. */
    public String field() {
        return field;
    }

    public Expected expected() {
        return expected;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JsonInputError other && field.equals(other.field) && expected == other.expected;
    }

    @Override
    public int hashCode() {
        return field.hashCode() * 31 + expected.hashCode();
    }

    @Override
    public String toString() {
        return field + ": " + expected;
    }
}
