package app.auraworkflows.devhost.rest;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The dev host's REST JSON is strict: only annotated properties count, and no host module fills the gaps. */
class HostJsonTest {

    private final ObjectMapper mapper = HostJson.create();

    public record Unannotated(String name, int count) {
    }

    public record Named(@JsonProperty("name") String name, @JsonProperty("count") int count) {
    }

    @JsonAutoDetect(fieldVisibility = Visibility.ANY, creatorVisibility = Visibility.ANY)
    public record VisibleByAutoDetect(String name, int count) {
    }

    public record ExplicitCreator(String name, int count) {
        @JsonCreator
        public ExplicitCreator(@JsonProperty("name") String name, @JsonProperty("count") int count) {
            this.name = name;
            this.count = count;
        }
    }

    public static final class Bean {
        private String name = "n";
        public boolean flag = true;

        public String getName() {
            return name;
        }

        public boolean isActive() {
            return true;
        }

        public void setName(String name) {
            this.name = name;
        }
    }

    @Test
    void anUnannotatedRecordIsWrittenAsAnEmptyObject() throws Exception {
        assertEquals("{}", mapper.writeValueAsString(new Unannotated("a", 1)));
    }

    @Test
    void anUnannotatedRecordDoesNotBindAndTheHostAnswers500ForThePluginsBug() {
        InvalidDefinitionException e = assertThrows(InvalidDefinitionException.class,
                () -> mapper.readValue("{\"name\":\"a\",\"count\":1}", Unannotated.class));
        // the type cannot be bound at all: a defect of the resource, not of the client's JSON
        assertInstanceOf(JsonProcessingException.class, e);
        Response r = new HostExceptionMappers.Json().toResponse(e);
        assertEquals(500, r.getStatus());
        assertEquals("INTERNAL_ERROR", ((Map<?, ?>) r.getEntity()).get("error"));
    }

    @Test
    void malformedJsonIs400InvalidJson() {
        JsonProcessingException e = assertThrows(JsonProcessingException.class,
                () -> mapper.readValue("{\"name\":", Named.class));
        Response r = new HostExceptionMappers.Json().toResponse(e);
        assertEquals(400, r.getStatus());
        assertEquals("INVALID_JSON", ((Map<?, ?>) r.getEntity()).get("error"));
    }

    @Test
    void getterIsGetterPublicFieldAndSetterAreNotDetected() throws Exception {
        assertEquals("{}", mapper.writeValueAsString(new Bean()));
        assertEquals("n", mapper.readValue("{\"name\":\"changed\",\"flag\":false}", Bean.class).getName());
    }

    @Test
    void recordsWithExplicitNamesAVisibleCreatorOrAJsonCreatorBind() throws Exception {
        String json = "{\"name\":\"a\",\"count\":1,\"unknown\":true}";
        assertEquals(new Named("a", 1), mapper.readValue(json, Named.class));
        assertEquals(new VisibleByAutoDetect("a", 1), mapper.readValue(json, VisibleByAutoDetect.class));
        assertEquals(new ExplicitCreator("a", 1), mapper.readValue(json, ExplicitCreator.class));
        assertEquals("{\"name\":\"a\",\"count\":1}", mapper.writeValueAsString(new Named("a", 1)));
        assertEquals("{\"name\":\"a\",\"count\":1}", mapper.writeValueAsString(new VisibleByAutoDetect("a", 1)));
    }

    @Test
    void javaTimeAndOptionalValuesFailWithoutAHostModule() {
        assertThrows(InvalidDefinitionException.class, () -> mapper.writeValueAsString(Map.of("at", Instant.EPOCH)));
        assertThrows(InvalidDefinitionException.class, () -> mapper.writeValueAsString(Map.of("o", Optional.of("x"))));
    }

    @Test
    void mapsAndTreesStillWorkForTheHostsOwnResources() throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("statusCode", 404);
        body.put("data", Map.of("errors", List.of()));
        body.put("message", null);
        assertEquals("{\"statusCode\":404,\"data\":{\"errors\":[]},\"message\":null}", mapper.writeValueAsString(body));
        JsonNode tree = mapper.readValue("{\"version\":{\"number\":2}}", JsonNode.class);
        assertEquals(2, tree.path("version").path("number").asInt());
    }
}
