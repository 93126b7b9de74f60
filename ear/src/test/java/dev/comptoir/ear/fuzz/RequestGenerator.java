package dev.comptoir.ear.fuzz;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes requests for a route from one seeded {@link Random}, so a seed gives the same requests again. Path
 * parameters are mostly ids that exist (so that requests reach the resources), otherwise odd on purpose: unknown,
 * an encoded separator, dot segments, control characters (NUL, line feed, escape, bidi overrides), very long,
 * non-ASCII. Bodies follow the route's schema, or are mistyped, carry an unknown property, are malformed, deeply
 * nested, oversized, of another content type, empty or missing.
 */
final class RequestGenerator {

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

    /** Odd path segments, as sent (already percent-encoded where they must be). */
    private static final List<String> ODD_SEGMENTS = List.of(
            "..%2Fx",
            "a%2Fb",
            "%2F",
            "..",
            ".",
            "%2e%2e",
            "%00",
            "a%00b",
            "a%0Ab",
            "%1B%5B31m",
            "%E2%80%AEdi%E2%80%ACb",
            "%E2%80%8F1",
            "%C3%A9t%C3%A9",
            "%25",
            "a%20b",
            "-1",
            "0",
            "99999999999999999999",
            "null",
            "%7B%7D",
            "'%20OR%20'1'='1");

    private final Random random;
    private final KnownData known;

    RequestGenerator(long seed, KnownData known) {
        this.random = new Random(seed);
        this.known = known;
    }

    Random random() {
        return random;
    }

    FuzzRequest next(Route route, Caller caller) {
        StringBuilder variant = new StringBuilder();
        String path = path(route, variant);
        String query = query(route, variant);
        Map<String, String> headers = headers(route, variant);
        String contentType = null;
        String body = null;
        if (route.writes()) {
            String[] made = body(route, variant);
            contentType = made[0];
            body = made[1];
        }
        return new FuzzRequest(
                route,
                caller,
                path,
                query,
                headers,
                contentType,
                body,
                variant.toString().strip());
    }

    private String path(Route route, StringBuilder variant) {
        Matcher parameter = PARAMETER.matcher(route.template());
        StringBuilder path = new StringBuilder();
        while (parameter.find()) {
            String value;
            int pick = random.nextInt(100);
            if (pick < 45) {
                value = encode(known.idFor(parameter.group(1), route.template(), random));
            } else if (pick < 55) {
                value = encode("fuzz-" + UUID.randomUUID());
                variant.append(" path:unknown-id");
            } else if (pick < 62) {
                value = "x".repeat(500 + random.nextInt(5_000));
                variant.append(" path:long-id");
            } else {
                value = ODD_SEGMENTS.get(random.nextInt(ODD_SEGMENTS.size()));
                variant.append(" path:odd");
            }
            parameter.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        parameter.appendTail(path);
        return path.toString();
    }

    private String query(Route route, StringBuilder variant) {
        StringBuilder query = new StringBuilder();
        for (Route.Parameter parameter : route.in("query")) {
            if (random.nextInt(3) == 0) {
                continue;
            }
            String value = value(parameter.name(), parameter.schema(), route.template(), variant);
            append(query, parameter.name(), value);
        }
        if (random.nextInt(10) == 0) {
            append(query, "fuzz", "1");
            variant.append(" query:unknown");
        }
        return query.toString();
    }

    private static void append(StringBuilder query, String name, String value) {
        if (query.length() > 0) {
            query.append('&');
        }
        query.append(encode(name)).append('=').append(encode(value));
    }

    private Map<String, String> headers(Route route, StringBuilder variant) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Route.Parameter parameter : route.in("header")) {
            if (random.nextBoolean()) {
                String value = value(parameter.name(), parameter.schema(), route.template(), variant)
                        .replaceAll("[^\\x20-\\x7e]", "?");
                headers.put(parameter.name(), value);
            }
        }
        if (route.writes() && random.nextInt(8) == 0) {
            headers.put("Prefer", "respond-async");
        }
        return headers;
    }

    /** A value for a query or header parameter: mostly valid for its schema, sometimes not. */
    private String value(String name, JsonObject schema, String template, StringBuilder variant) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("saga")) {
            return List.of("orchestrated", "choreographed", "bogus", "").get(random.nextInt(4));
        }
        if (lower.contains("long-running-action") || lower.equals("lra")) {
            return List.of("http://elsewhere.example/lra/1", "not a url", known.gateway() + "/lra-coordinator/x")
                    .get(random.nextInt(3));
        }
        if (lower.equals("if-match")) {
            return List.of("\"1\"", "\"2\"", "x", "\"-1\"", "*").get(random.nextInt(5));
        }
        if (random.nextInt(4) == 0) {
            variant.append(" ").append(name).append(":odd");
            return List.of("-1", "0", "abc", "", "99999999999999999999", "1.5", "x".repeat(3000), "\u202Eb", "\u0000")
                    .get(random.nextInt(9));
        }
        return switch (Schemas.type(schema)) {
            case "integer", "number" -> String.valueOf(minimum(schema) + random.nextInt(5));
            case "boolean" -> String.valueOf(random.nextBoolean());
            default -> known.idFor(name, template, random);
        };
    }

    /** {content type, body}; both null for a write sent without a body. */
    private String[] body(Route route, StringBuilder variant) {
        JsonObject schema = route.bodySchema() == null ? JsonValue.EMPTY_JSON_OBJECT : route.bodySchema();
        int pick = random.nextInt(100);
        String json = "application/json";
        if (pick < 8) {
            variant.append(" body:none");
            return new String[] {null, null};
        }
        if (pick < 40) {
            variant.append(" body:valid");
            return new String[] {json, valid(schema, route, 0).toString()};
        }
        if (pick < 52) {
            variant.append(" body:mistyped");
            return new String[] {json, mistyped(valid(schema, route, 0)).toString()};
        }
        if (pick < 60) {
            variant.append(" body:unknown-property");
            JsonValue valid = valid(schema, route, 0);
            JsonObjectBuilder more = valid.getValueType() == JsonValue.ValueType.OBJECT
                    ? Json.createObjectBuilder(valid.asJsonObject())
                    : Json.createObjectBuilder();
            return new String[] {
                json, more.add("fuzzExtra", "mass-assignment").build().toString()
            };
        }
        if (pick < 70) {
            variant.append(" body:malformed");
            return new String[] {
                json,
                List.of("{\"a\":", "[1,2", "nul", "{\"x\":1}}", "\uFEFF{}", "{'single':1}", "{\"a\":1,}", "\u0000")
                        .get(random.nextInt(8))
            };
        }
        if (pick < 78) {
            variant.append(" body:nested");
            int depth = 1_000 + random.nextInt(2_000);
            return new String[] {
                json,
                random.nextBoolean()
                        ? "[".repeat(depth) + "]".repeat(depth)
                        : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth)
            };
        }
        if (pick < 86) {
            variant.append(" body:oversized");
            return new String[] {json, oversized(valid(schema, route, 0))};
        }
        if (pick < 93) {
            variant.append(" body:wrong-content-type");
            return random.nextBoolean()
                    ? new String[] {"text/plain", "hello"}
                    : new String[] {"application/xml", "<order><id>1</id></order>"};
        }
        variant.append(" body:empty");
        return new String[] {json, List.of("", "{}", "[]", "null", "\"\"").get(random.nextInt(5))};
    }

    /** A value that the schema allows, with known ids where a property names one. */
    private JsonValue valid(JsonObject node, Route route, int depth) {
        JsonObject schema = Schemas.resolve(node, route.components());
        if (schema.containsKey("enum") && !schema.getJsonArray("enum").isEmpty()) {
            return schema.getJsonArray("enum")
                    .get(random.nextInt(schema.getJsonArray("enum").size()));
        }
        switch (Schemas.type(schema)) {
            case "object" -> {
                JsonObjectBuilder object = Json.createObjectBuilder();
                JsonObject properties = schema.getJsonObject("properties");
                if (properties != null && depth < 4) {
                    properties.forEach(
                            (name, property) -> object.add(name, named(name, property.asJsonObject(), route, depth)));
                }
                return object.build();
            }
            case "array" -> {
                JsonArrayBuilder array = Json.createArrayBuilder();
                JsonObject items = schema.getJsonObject("items");
                for (int i = 0, n = 1 + random.nextInt(2); i < n && items != null && depth < 4; i++) {
                    array.add(valid(items, route, depth + 1));
                }
                return array.build();
            }
            case "integer" -> {
                return Json.createValue(minimum(schema) + random.nextInt(3));
            }
            case "number" -> {
                return Json.createValue(minimum(schema) + random.nextInt(50) + 0.5);
            }
            case "boolean" -> {
                return random.nextBoolean() ? JsonValue.TRUE : JsonValue.FALSE;
            }
            default -> {
                return Json.createValue("fuzz-" + random.nextInt(1000));
            }
        }
    }

    private JsonValue named(String name, JsonObject property, Route route, int depth) {
        String lower = name.toLowerCase(Locale.ROOT);
        String type = Schemas.type(Schemas.resolve(property, route.components()));
        if (type.equals("string") || type.isEmpty()) {
            if (lower.contains("email")) {
                return Json.createValue("fuzz-" + random.nextInt(1_000_000) + "@comptoir.test");
            }
            if (lower.contains("id") || lower.contains("sku") || lower.equals("customer") || lower.equals("product")) {
                return Json.createValue(known.idFor(name, route.template(), random));
            }
        }
        return valid(property, route, depth + 1);
    }

    private static long minimum(JsonObject schema) {
        return schema.containsKey("minimum")
                ? Math.max(schema.getJsonNumber("minimum").longValue(), 1)
                : 1;
    }

    /** The value with one property (or the whole, if it has none) replaced by a value of another JSON type. */
    private JsonValue mistyped(JsonValue value) {
        List<JsonValue> wrong = List.of(
                Json.createValue(12345),
                Json.createValue("12345"),
                JsonValue.TRUE,
                JsonValue.NULL,
                JsonValue.EMPTY_JSON_ARRAY,
                JsonValue.EMPTY_JSON_OBJECT,
                Json.createValue(1e308));
        if (value.getValueType() != JsonValue.ValueType.OBJECT
                || value.asJsonObject().isEmpty()) {
            return wrong.get(random.nextInt(wrong.size()));
        }
        JsonObject object = value.asJsonObject();
        List<String> names = List.copyOf(object.keySet());
        String name = names.get(random.nextInt(names.size()));
        JsonValue replacement;
        do {
            replacement = wrong.get(random.nextInt(wrong.size()));
        } while (replacement.getValueType() == object.get(name).getValueType());
        return Json.createObjectBuilder(object).add(name, replacement).build();
    }

    /** Over the gateway's 16 KiB and under the server's 1 MiB: a long string in the body, or a long array. */
    private String oversized(JsonValue value) {
        String filler = "x".repeat(20_000 + random.nextInt(200_000));
        if (value.getValueType() == JsonValue.ValueType.OBJECT
                && !value.asJsonObject().isEmpty()) {
            String name = value.asJsonObject().keySet().iterator().next();
            return Json.createObjectBuilder(value.asJsonObject())
                    .add(name, filler)
                    .build()
                    .toString();
        }
        return "[\"" + filler + "\"]";
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
