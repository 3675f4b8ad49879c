package app.auraworkflows.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The DTO records serialise to the documented JSON with a plain Jackson ObjectMapper. */
class JsonShapeTest {
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void errorBodyHasErrorAndMessageAndOnlyLockedCarriesRetryAfter() throws Exception {
        assertEquals("{\"error\":\"INVALID_CODE\",\"message\":\"m\"}",
                mapper.writeValueAsString(new ErrorDto("INVALID_CODE", "m")));
        assertEquals("{\"error\":\"LOCKED\",\"message\":\"m\",\"retryAfterSeconds\":30}",
                mapper.writeValueAsString(new ErrorDto("LOCKED", "m", 30L)));
    }

    @Test
    void mySetupLeavesOutSecretFieldsWhenAbsent() throws Exception {
        assertEquals("{\"status\":\"ACTIVE\",\"issuer\":\"Aura Workflows (S)\",\"accountName\":\"alice\"}",
                mapper.writeValueAsString(new MySetupDto("ACTIVE", "Aura Workflows (S)", "alice", null, null, null, null,
                        null, null, null)));
    }

    @Test
    void enrolledUserKeepsEveryDocumentedFieldIncludingNulls() throws Exception {
        String json = mapper.writeValueAsString(new EnrolledUserDto("alice", "k1", "Alice", "PENDING", "admin",
                "2026-01-01T00:00:00Z", null, null, null, false, "2026-01-08T00:00:00Z", false, null, null));
        assertEquals("{\"username\":\"alice\",\"userKey\":\"k1\",\"fullName\":\"Alice\",\"status\":\"PENDING\","
                + "\"addedBy\":\"admin\",\"addedAt\":\"2026-01-01T00:00:00Z\",\"activatedAt\":null,"
                + "\"lastUsedAt\":null,\"lockedUntil\":null,\"lockedUntilUnlock\":false,"
                + "\"expiresAt\":\"2026-01-08T00:00:00Z\",\"expired\":false,\"activatedFromIp\":null,"
                + "\"activatedUserAgent\":null}", json);
    }

    @Test
    void requestBodiesDeserialiseFromDocumentedJson() throws Exception {
        assertEquals("123456", mapper.readValue("{\"code\":\"123456\"}", ConfirmRequest.class).code());
        assertEquals(2, mapper.readValue("{\"usernames\":[\"a\",\"b\"]}", AddUsersRequest.class).usernames().size());
    }
}
