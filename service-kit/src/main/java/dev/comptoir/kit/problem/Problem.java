package dev.comptoir.kit.problem;

import static dev.comptoir.kit.json.Jsonp.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * One problem document (RFC 9457). {@code type} names the kind of fault so that clients can branch on
 * it; {@code detail} says what was wrong with this request.
 */
public record Problem(int status, String type, String title, String detail, Map<String, JsonValue> extensions) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");
    private static final String TYPE_PREFIX = "urn:comptoir:problem:";

    public Problem {
        extensions = Map.copyOf(extensions);
    }

    /** A problem of a kind named by a short slug such as {@code insufficient-stock}. */
    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem(status, TYPE_PREFIX + slug, title, detail, Map.of());
    }

    public Problem with(String name, JsonValue value) {
        var more = new java.util.HashMap<>(extensions);
        more.put(name, value);
        return new Problem(status, type, title, detail, more);
    }

    public JsonObject toJson() {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("type", type)
                .add("title", title)
                .add("status", status)
                .add("detail", detail);
        extensions.forEach(json::add);
        return json.build();
    }

    public Response toResponse() {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .entity(toJson().toString())
                .build();
    }
}
