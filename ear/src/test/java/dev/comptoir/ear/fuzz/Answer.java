package dev.comptoir.ear.fuzz;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;

/** What came back: the status, the content type and the body (null for a stream, which is not read). */
record Answer(int status, String contentType, String body) {

    /** An RFC 9457 problem document of this status: its media type, and type, title and status in the body. */
    boolean isProblem() {
        if (!contentType.startsWith("application/problem+json") || body == null) {
            return false;
        }
        try (var reader = Json.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                return false;
            }
            JsonObject problem = value.asJsonObject();
            return problem.get("type") instanceof JsonString
                    && problem.get("title") instanceof JsonString
                    && problem.get("status") instanceof JsonNumber number
                    && number.intValue() == status;
        } catch (RuntimeException notJson) {
            return false;
        }
    }

    /** The problem document's {@code type}, or null when the answer is no problem document. */
    String problemType() {
        if (!isProblem()) {
            return null;
        }
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject().getString("type");
        }
    }

    String summary() {
        return status + " " + contentType + " " + (body == null ? "(stream)" : FuzzRequest.shorten(body, 240));
    }
}
