package app.auraworkflows.rest;

import app.auraworkflows.devhost.rest.HostJson;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Request bodies refuse JSON type coercion and control characters under every mapper the host may use: the dev
 * host's strict one, a default {@code ObjectMapper}, and one with every coercion and untyped-tree option a host
 * could turn on. The refusal is data (the record's {@code inputError}), so it reaches the resource whatever the
 * host's mapper and exception mapping are.
 */
class StrictRequestJsonTest {

    static Stream<ObjectMapper> mappers() {
        ObjectMapper lenient = JsonMapper.builder()
                .enable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                        DeserializationFeature.ACCEPT_FLOAT_AS_INT,
                        DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS,
                        DeserializationFeature.USE_BIG_INTEGER_FOR_INTS,
                        DeserializationFeature.USE_JAVA_ARRAY_FOR_JSON_ARRAY,
                        DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
                .build();
        return Stream.of(HostJson.create(), new ObjectMapper(), lenient);
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void aStringAFractionOrABooleanIsNoWholeNumber(ObjectMapper mapper) throws Exception {
        assertError(mapper, WorkflowRequests.Review.class, "{\"decision\":\"APPROVE\",\"round\":\"1\"}", "round",
                JsonInputError.Expected.WHOLE_NUMBER);
        assertError(mapper, WorkflowRequests.Review.class, "{\"round\":1.5}", "round", JsonInputError.Expected.WHOLE_NUMBER);
        assertError(mapper, WorkflowRequests.Review.class, "{\"round\":1.0}", "round", JsonInputError.Expected.WHOLE_NUMBER);
        assertError(mapper, WorkflowRequests.Review.class, "{\"round\":true}", "round", JsonInputError.Expected.WHOLE_NUMBER);
        assertError(mapper, WorkflowRequests.Review.class, "{\"round\":[1]}", "round", JsonInputError.Expected.WHOLE_NUMBER);
        assertError(mapper, WorkflowRequests.Review.class, "{\"round\":1,\"pageVersion\":4294967296}", "pageVersion",
                JsonInputError.Expected.WHOLE_NUMBER);
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void idsInBodiesArePositiveJsonIntegers(ObjectMapper mapper) throws Exception {
        assertError(mapper, WorkflowRequests.Apply.class, "{\"workflowId\":\"1\"}", "workflowId", JsonInputError.Expected.ID);
        assertError(mapper, WorkflowRequests.Apply.class, "{\"workflowId\":0}", "workflowId", JsonInputError.Expected.ID);
        assertError(mapper, WorkflowRequests.Apply.class, "{\"workflowId\":-3}", "workflowId", JsonInputError.Expected.ID);
        assertError(mapper, WorkflowRequests.Apply.class, "{\"workflowId\":9223372036854775808}", "workflowId",
                JsonInputError.Expected.ID);
        assertEquals(new WorkflowRequests.Apply(9_223_372_036_854_775_807L),
                mapper.readValue("{\"workflowId\":9223372036854775807}", WorkflowRequests.Apply.class));
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void aNumberOrBooleanIsNoTextAndAStringIsNoBoolean(ObjectMapper mapper) throws Exception {
        assertError(mapper, ConfirmRequest.class, "{\"code\":123456}", "code", JsonInputError.Expected.TEXT);
        assertError(mapper, WorkflowRequests.Select.class, "{\"transitionKey\":true}", "transitionKey",
                JsonInputError.Expected.TEXT);
        assertError(mapper, AddUsersRequest.class, "{\"usernames\":\"alice\"}", "usernames", JsonInputError.Expected.LIST);
        assertError(mapper, AddUsersRequest.class, "{\"usernames\":[\"alice\",7]}", "usernames[1]",
                JsonInputError.Expected.TEXT);
        assertError(mapper, WorkflowDto.class, "{\"name\":\"W\",\"transitions\":[{\"key\":\"t\"},{\"requireAll\":\"true\"}]}",
                "transitions[1].requireAll", JsonInputError.Expected.TRUE_OR_FALSE);
        assertError(mapper, WorkflowDto.class, "{\"transitions\":[{\"minApprovals\":\"2\"}]}",
                "transitions[0].minApprovals", JsonInputError.Expected.WHOLE_NUMBER);
        assertError(mapper, WorkflowDto.class, "{\"transitions\":[{\"reviewers\":{\"users\":[1]}}]}",
                "transitions[0].reviewers.users[0]", JsonInputError.Expected.TEXT);
        assertError(mapper, WorkflowDto.class, "{\"states\":[\"draft\"]}", "states[0]", JsonInputError.Expected.OBJECT);
        assertError(mapper, WorkflowDto.class, "{\"states\":[{\"key\":5}]}", "states[0].key", JsonInputError.Expected.TEXT);
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void aBodyThatIsNoObjectIsRefusedAsTheBody(ObjectMapper mapper) throws Exception {
        assertError(mapper, WorkflowDto.class, "[]", "body", JsonInputError.Expected.OBJECT);
        assertError(mapper, WorkflowRequests.Review.class, "\"APPROVE\"", "body", JsonInputError.Expected.OBJECT);
        assertError(mapper, AddUsersRequest.class, "42", "body", JsonInputError.Expected.OBJECT);
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void controlCharactersAreRefusedNamingTheFieldButCommentsAndDescriptionsMaySpanLines(ObjectMapper mapper)
            throws Exception {
        assertError(mapper, WorkflowRequests.Review.class, "{\"comment\":\"ok\\u0000\",\"round\":1}", "comment",
                JsonInputError.Expected.NO_CONTROL_CHARACTER);
        assertError(mapper, AddUsersRequest.class, "{\"usernames\":[\"ali\\u0000ce\"]}", "usernames[0]",
                JsonInputError.Expected.NO_CONTROL_CHARACTER);
        assertError(mapper, WorkflowDto.class, "{\"name\":\"a\\tb\"}", "name", JsonInputError.Expected.NO_CONTROL_CHARACTER);
        assertError(mapper, WorkflowDto.class, "{\"states\":[{\"key\":\"k\",\"name\":\"x\\u007F\"}]}", "states[0].name",
                JsonInputError.Expected.NO_CONTROL_CHARACTER);
        WorkflowRequests.Review review = mapper.readValue(
                "{\"decision\":\"APPROVE\",\"comment\":\"line 1\\r\\n\\tline 2\",\"round\":2}", WorkflowRequests.Review.class);
        assertNull(review.inputError());
        assertEquals("line 1\r\n\tline 2", review.comment());
        assertNull(mapper.readValue("{\"description\":\"a\\nb\"}", WorkflowDto.class).inputError());
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void wellTypedBodiesBindAsBeforeWithUnknownFieldsAndNullsIgnored(ObjectMapper mapper) throws Exception {
        assertEquals(new WorkflowRequests.Review("APPROVE", null, 3, "123456", 7), mapper.readValue(
                "{\"decision\":\"APPROVE\",\"comment\":null,\"round\":3,\"code\":\"123456\",\"pageVersion\":7,\"x\":[{}]}",
                WorkflowRequests.Review.class));
        assertEquals(new AddUsersRequest(List.of("alice", "bob")),
                mapper.readValue("{\"usernames\":[\"alice\",\"bob\"]}", AddUsersRequest.class));
        WorkflowDto read = mapper.readValue("{\"name\":\"W\",\"states\":[{\"key\":\"d\",\"name\":\"D\"}],\"transitions\":"
                + "[{\"key\":\"t\",\"type\":\"APPROVAL\",\"minApprovals\":2,\"requireAll\":true,"
                + "\"reviewers\":{\"users\":[\"alice\"],\"groups\":[]}}]}", WorkflowDto.class);
        assertNull(read.inputError());
        assertEquals(2, read.transitions().get(0).minApprovals());
        assertEquals(List.of("alice"), read.transitions().get(0).reviewers().users());
        assertNull(mapper.readValue("null", WorkflowDto.class));
    }

    private static void assertError(ObjectMapper mapper, Class<?> type, String json, String field,
                                    JsonInputError.Expected expected) throws Exception {
        Object read = mapper.readValue(json, type);
        JsonInputError error = (JsonInputError) type.getMethod("inputError").invoke(read);
        assertEquals(new JsonInputError(field, expected), error, json);
    }
}
