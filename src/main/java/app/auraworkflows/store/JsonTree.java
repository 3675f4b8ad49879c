package app.auraworkflows.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Role: the JSON of the text columns the store writes (workflow definitions, a round's reviewers), read into and
 * written from plain Java values: objects as {@link java.util.LinkedHashMap} (key order kept), arrays as lists,
 * strings, numbers (whole numbers as {@code Integer}/{@code Long}, others as {@link java.math.BigDecimal}), booleans,
 * null. Jackson databind does the work; Confluence 10 provides it to plugins (the bundle imports it, nothing is
 * embedded). Strict on purpose, since the text may have been edited in the database: a duplicate key, trailing text or
 * nesting deeper than any definition has is refused.
 */
final class JsonTree {
    /** Deeper nesting than any definition has; stops a hostile document from exhausting the parser. */
    private static final int MAX_DEPTH = 64;

    // Written as ASCII (anything else as a backslash-u escape): U+2028 and U+2029, legal in JSON but line breaks in a
    // JavaScript string, never appear raw, wherever the text may end up.
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .enable(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII)
            .build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private JsonTree() {
    }

    /**
     * Parses one JSON value (surrounding whitespace allowed).
     *
     * @throws IllegalArgumentException if the text is not one well-formed JSON value
     */
    static Object parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("no JSON text");
        }
        try {
            return MAPPER.readValue(text, Object.class);
        } catch (JsonProcessingException e) {
            // the message names the position, never the stored text beyond it
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Writes a value built of maps, lists, strings, numbers, booleans and nulls. */
    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not writable as JSON: " + e.getOriginalMessage(), e);
        }
    }
}
