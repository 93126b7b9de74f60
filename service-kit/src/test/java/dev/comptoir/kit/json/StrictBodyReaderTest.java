package dev.comptoir.kit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.kit.problem.ProblemException;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks before binding; binding itself (JSON-B) and Bean Validation run in the server (the ITs). */
class StrictBodyReaderTest {

    @StrictBody
    record Order(String customerId, BigDecimal amount, List<Line> lines) {}

    record Line(String sku, Integer quantity) {}

    private final StrictBodyReader reader = new StrictBodyReader();

    @Test
    void readsOnlyTheRecordsMarkedStrict() {
        assertTrue(reader.isReadable(Order.class, Order.class, null, null));
        assertEquals(false, reader.isReadable(Line.class, Line.class, null, null));
    }

    @Test
    void namesEveryUnknownPropertyAndWrongTypeByItsPath() {
        ProblemException refused = assertThrows(
                ProblemException.class,
                () -> read("{\"customerId\":7,\"amount\":\"1\",\"status\":\"APPROVED\",\"lines\":[{\"sku\":\"S\","
                        + "\"quantity\":1.5},{\"sku\":\"T\",\"quantity\":1,\"price\":0}]}"));

        assertEquals(400, refused.problem().status());
        assertEquals(
                List.of("status", "customerId", "amount", "lines[0].quantity", "lines[1].price"),
                refused.problem().extensions().get("violations").asJsonArray().stream()
                        .map(JsonValue::asJsonObject)
                        .map(violation -> violation.getString("field"))
                        .toList());
    }

    @Test
    void refusesJsonNestedDeeperThanTheParserTakesAsMalformed() {
        String nested = "[".repeat(1_500) + "]".repeat(1_500);

        assertThrows(JsonException.class, () -> read("{\"lines\":" + nested + "}"));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void read(String json) throws IOException {
        reader.readFrom(
                (Class) Order.class,
                Order.class,
                null,
                null,
                null,
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
