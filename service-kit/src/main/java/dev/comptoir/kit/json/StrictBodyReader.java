package dev.comptoir.kit.json;

import static dev.comptoir.kit.json.Jsonp.JSON;

import dev.comptoir.kit.problem.Problem;
import dev.comptoir.kit.problem.ProblemException;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Reads a {@link StrictBody} record, at the gateway and at the services alike (a WAR chooses it by marking
 * its request records): the JSON is checked against the record's components first, so that a
 * property the record does not have (mass assignment) or a value of the wrong JSON type is refused with a 400
 * naming each field, in the {@code violations} form Bean Validation's refusals have; then JSON-B binds it, and
 * the resource's {@code @Valid} runs the record's constraints. Why not JSON-B's own strictness (Yasson's
 * {@code jsonb.fail-on-unknown-properties}): its refusal is an exception RESTEasy reports as an unreadable
 * body, naming neither the first nor every wrong field in a form a client can act on.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class StrictBodyReader implements MessageBodyReader<Record> {

    @Override
    public boolean isReadable(Class<?> type, Type generic, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord() && type.isAnnotationPresent(StrictBody.class);
    }

    @Override
    public Record readFrom(
            Class<Record> type,
            Type generic,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, String> headers,
            InputStream entity)
            throws IOException {
        PushbackInputStream body = new PushbackInputStream(entity);
        int first = body.read();
        if (first < 0) {
            return null; // No body, as JSON-B's reader answers: the parameter's @NotNull, if any, says so.
        }
        body.unread(first);
        JsonValue json; // Malformed JSON throws JsonException: a 400 problem (the service kit's FaultMapper).
        try (JsonReader reader = JSON.createReader(body)) {
            json = reader.readValue();
        } catch (JsonException malformed) {
            throw malformed;
        } catch (RuntimeException unreadable) {
            // Parsson refuses JSON nested deeper than its limit (1,000) with a bare RuntimeException.
            throw new JsonException(unreadable.getMessage(), unreadable);
        }
        JsonArrayBuilder violations = JSON.createArrayBuilder();
        check(json, type, "", violations);
        JsonArray found = violations.build();
        if (!found.isEmpty()) {
            throw new ProblemException(
                    Problem.of(400, "invalid-request", "Invalid request", found.size() + " field(s) are invalid")
                            .with("violations", found));
        }
        return new SharedJsonb().getContext(type).fromJson(json.toString(), type);
    }

    private static void check(JsonValue value, Type type, String path, JsonArrayBuilder violations) {
        if (value.getValueType() == ValueType.NULL) {
            return; // Absent or null: the record's @NotNull, if any, says so.
        }
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw.isRecord()) {
            if (!(value instanceof JsonObject object)) {
                violations.add(violation(path.isEmpty() ? "body" : path, "must be an object"));
                return;
            }
            Set<String> known = Arrays.stream(raw.getRecordComponents())
                    .map(RecordComponent::getName)
                    .collect(Collectors.toCollection(TreeSet::new));
            object.keySet().stream()
                    .filter(name -> !known.contains(name))
                    .sorted()
                    .forEach(name -> violations.add(
                            violation(join(path, name), "unknown property, not accepted; known: " + known)));
            for (RecordComponent component : raw.getRecordComponents()) {
                if (object.containsKey(component.getName())) {
                    check(
                            object.get(component.getName()),
                            component.getGenericType(),
                            join(path, component.getName()),
                            violations);
                }
            }
        } else if (List.class.isAssignableFrom(raw)) {
            if (!(value instanceof JsonArray array)) {
                violations.add(violation(path, "must be an array"));
                return;
            }
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            for (int i = 0; i < array.size(); i++) {
                check(array.get(i), element, path + "[" + i + "]", violations);
            }
        } else if (raw == String.class && value.getValueType() != ValueType.STRING) {
            violations.add(violation(path, "must be a string"));
        } else if ((raw == Integer.class || raw == int.class) && !isInt(value)) {
            violations.add(violation(path, "must be a whole number"));
        } else if (raw == BigDecimal.class && value.getValueType() != ValueType.NUMBER) {
            violations.add(violation(path, "must be a number"));
        }
    }

    private static boolean isInt(JsonValue value) {
        if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
            return false;
        }
        try {
            number.intValueExact();
            return true;
        } catch (ArithmeticException tooLarge) {
            return false;
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static JsonObject violation(String field, String message) {
        return JSON.createObjectBuilder()
                .add("field", field)
                .add("message", message)
                .build();
    }
}
