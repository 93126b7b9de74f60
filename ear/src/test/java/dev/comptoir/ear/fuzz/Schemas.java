package dev.comptoir.ear.fuzz;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** JSON Schema references of an OpenAPI document, resolved within its own components. */
final class Schemas {

    private static final String PREFIX = "#/components/";

    private Schemas() {}

    /** The object a {@code $ref} points to (followed until there is none), or the object itself. */
    static JsonObject resolve(JsonObject node, JsonObject components) {
        JsonObject current = node;
        for (int hops = 0; current != null && current.containsKey("$ref") && hops < 10; hops++) {
            String ref = current.getString("$ref");
            if (!ref.startsWith(PREFIX)) {
                return JsonValue.EMPTY_JSON_OBJECT;
            }
            String[] parts = ref.substring(PREFIX.length()).split("/");
            JsonObject section = components.getJsonObject(parts[0]);
            current = section == null ? null : section.getJsonObject(parts[1]);
        }
        return current == null ? JsonValue.EMPTY_JSON_OBJECT : current;
    }

    /** The schema's first type: {@code type} is a string in OpenAPI 3.0, a list of strings in 3.1. */
    static String type(JsonObject schema) {
        JsonValue type = schema.get("type");
        if (type == null) {
            return schema.containsKey("properties") ? "object" : "";
        }
        if (type.getValueType() == JsonValue.ValueType.ARRAY) {
            return type.asJsonArray().stream()
                    .map(value -> value.toString().replace("\"", ""))
                    .filter(name -> !name.equals("null"))
                    .findFirst()
                    .orElse("");
        }
        return type.toString().replace("\"", "");
    }
}
