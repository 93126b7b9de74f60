package dev.comptoir.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.util.List;
import java.util.Map;

/** A response, with its body as sent and parsed as JSON (null when empty). */
public record JsonResponse(int status, Map<String, List<String>> headers, String raw, JsonStructure body) {

    /** The first value of a response header (names are case-insensitive), or null. */
    public String header(String name) {
        return headers.entrySet().stream()
                .filter(header -> header.getKey().equalsIgnoreCase(name)
                        && !header.getValue().isEmpty())
                .map(header -> header.getValue().get(0))
                .findFirst()
                .orElse(null);
    }

    public String contentType() {
        String type = header("Content-Type");
        return type == null ? "" : type;
    }

    public String location() {
        return header("Location");
    }

    public JsonObject object() {
        return (JsonObject) body;
    }

    public JsonArray array() {
        return (JsonArray) body;
    }

    /** Asserts an RFC 9457 problem document with this status, and returns it. */
    public JsonObject problem(int expectedStatus) {
        assertEquals(expectedStatus, status, () -> "status of " + body);
        assertTrue(contentType().startsWith("application/problem+json"), () -> "content type " + contentType());
        JsonObject problem = object();
        assertEquals(expectedStatus, problem.getInt("status"));
        assertTrue(
                problem.containsKey("type") && problem.containsKey("title") && problem.containsKey("detail"),
                () -> "problem members in " + problem);
        return problem;
    }

    public JsonObject expect(int expectedStatus) {
        assertEquals(expectedStatus, status, () -> "status of " + body);
        return object();
    }
}
