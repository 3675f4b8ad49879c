package app.auraworkflows.rest;

import app.auraworkflows.text.TextPolicy;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Role: reads the fields of a request body strictly from the untyped tree (maps, lists, strings, numbers,
 * booleans) that Jackson hands a request record's delegating {@code @JsonCreator}, and keeps the first
 * {@link JsonInputError}: a string where a number or boolean belongs, a fraction for a whole number, a number
 * or boolean for text, a control character in text.
 *
 * <p>Why not let Jackson bind the components: its default coercions turn {@code "1"} into 1, {@code 1.5} into 1,
 * {@code "true"} into true and 7 into {@code "7"}, and only the mapper's configuration can switch them off, which
 * belongs to the host (Confluence owns its REST JSON provider; the plugin sees jackson-annotations only). An
 * untyped value is never coerced under any configuration, so the same body is refused the same way everywhere.
 * Configurations that change the untyped tree's Java types are allowed for: big or long integers
 * ({@code USE_BIG_INTEGER_FOR_INTS}, {@code USE_LONG_FOR_INTS}), {@code BigDecimal} fractions, and arrays read as
 * {@code Object[]}.
 */
final class JsonFields {
    private final Map<?, ?> json;
    private final String prefix;
    private final JsonInputError[] first;

    private JsonFields(Map<?, ?> json, String prefix, JsonInputError[] first) {
        this.json = json;
        this.prefix = prefix;
        this.first = first;
    }

    /** The body's fields; a body that is not a JSON object is an error at {@code body}. */
    static JsonFields of(Object body) {
        JsonInputError[] first = new JsonInputError[1];
        if (body instanceof Map<?, ?> map) {
            return new JsonFields(map, "", first);
        }
        first[0] = new JsonInputError("body", JsonInputError.Expected.OBJECT);
        return new JsonFields(Map.of(), "", first);
    }

    /** The first error found so far, or null. */
    JsonInputError error() {
        return first[0];
    }

    /** A single-line text field: absent or null is null. */
    String text(String name) {
        return text(name, false);
    }

    /** A text field that may hold tab, line feed and carriage return (a comment, a description). */
    String multiLineText(String name) {
        return text(name, true);
    }

    /** A whole number in int range: absent or null is null. */
    Integer wholeNumber(String name) {
        Object value = json.get(name);
        BigInteger integral = integral(value);
        if (value != null && (integral == null || integral.bitLength() > 31)) {
            fail(name, JsonInputError.Expected.WHOLE_NUMBER);
            return null;
        }
        return integral == null ? null : integral.intValue();
    }

    /** A whole number in long range: absent or null is null. */
    Long wholeLong(String name) {
        Object value = json.get(name);
        BigInteger integral = integral(value);
        if (value != null && (integral == null || integral.bitLength() > 63)) {
            fail(name, JsonInputError.Expected.WHOLE_NUMBER);
            return null;
        }
        return integral == null ? null : integral.longValue();
    }

    /** An id: a whole number from 1 to {@code Long.MAX_VALUE}; absent or null is null. */
    Long id(String name) {
        Object value = json.get(name);
        BigInteger integral = integral(value);
        if (value != null && (integral == null || integral.signum() < 1 || integral.bitLength() > 63)) {
            fail(name, JsonInputError.Expected.ID);
            return null;
        }
        return integral == null ? null : integral.longValue();
    }

    /** {@code true} or {@code false}: absent or null is null. */
    Boolean bool(String name) {
        Object value = json.get(name);
        if (value == null || value instanceof Boolean) {
            return (Boolean) value;
        }
        fail(name, JsonInputError.Expected.TRUE_OR_FALSE);
        return null;
    }

    /** A list of single-line texts (null elements stay null): absent or null is null. */
    List<String> texts(String name) {
        List<?> items = list(name);
        if (items == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            out.add(textValue(items.get(i), name + "[" + i + "]", false));
        }
        return out;
    }

    /** A list of objects, each read by {@code reader} (null elements stay null): absent or null is null. */
    <T> List<T> objects(String name, Function<JsonFields, T> reader) {
        List<?> items = list(name);
        if (items == null) {
            return null;
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            out.add(objectValue(items.get(i), name + "[" + i + "]", reader));
        }
        return out;
    }

    /** A nested object read by {@code reader}: absent or null is null. */
    <T> T object(String name, Function<JsonFields, T> reader) {
        return objectValue(json.get(name), name, reader);
    }

    private <T> T objectValue(Object value, String name, Function<JsonFields, T> reader) {
        if (value == null) {
            return null;
        }
        if (value instanceof Map<?, ?> map) {
            return reader.apply(new JsonFields(map, prefix + name + ".", first));
        }
        fail(name, JsonInputError.Expected.OBJECT);
        return null;
    }

    private List<?> list(String name) {
        Object value = json.get(name);
        if (value == null || value instanceof List<?>) {
            return (List<?>) value;
        }
        if (value instanceof Object[] array) {
            return Arrays.asList(array);
        }
        fail(name, JsonInputError.Expected.LIST);
        return null;
    }

    private String text(String name, boolean multiLine) {
        return textValue(json.get(name), name, multiLine);
    }

    private String textValue(Object value, String name, boolean multiLine) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof String text)) {
            fail(name, JsonInputError.Expected.TEXT);
            return null;
        }
        if (multiLine ? !TextPolicy.isCleanMultiLine(text) : !TextPolicy.isCleanSingleLine(text)) {
            fail(name, JsonInputError.Expected.NO_CONTROL_CHARACTER);
            return null;
        }
        return text;
    }

    /** The value as an integer when it is a JSON integer (never a string, fraction or boolean), else null. */
    private static BigInteger integral(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return BigInteger.valueOf(((Number) value).longValue());
        }
        return value instanceof BigInteger big ? big : null;
    }

    private void fail(String name, JsonInputError.Expected expected) {
        if (first[0] == null) {
            first[0] = new JsonInputError(prefix + name, expected);
        }
    }
}
