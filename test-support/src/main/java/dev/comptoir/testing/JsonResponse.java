package dev.comptoir.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

/** A response whose body was parsed as JSON (null when empty). */
public record JsonResponse(int status, String contentType, String location, JsonStructure body) {

    public JsonObject object() {
        return (JsonObject) body;
    }

    public JsonArray array() {
        return (JsonArray) body;
    }

    /** Asserts an RFC 9457 problem document with this status, and returns it. */
    public JsonObject problem(int expectedStatus) {
        assertEquals(expectedStatus, status, () -> "status of " + body);
        assertTrue(contentType.startsWith("application/problem+json"), () -> "content type " + contentType);
        JsonObject problem = object();
        assertEquals(expectedStatus, problem.getInt("status"));
        assertTrue(problem.containsKey("type") && problem.containsKey("title") && problem.containsKey("detail"),
                () -> "problem members in " + problem);
        return problem;
    }

    public JsonObject expect(int expectedStatus) {
        assertEquals(expectedStatus, status, () -> "status of " + body);
        return object();
    }
}
