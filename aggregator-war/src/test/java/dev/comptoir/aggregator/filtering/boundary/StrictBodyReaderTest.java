package dev.comptoir.aggregator.filtering.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.comptoir.aggregator.ordering.entity.PlaceOrderV2;
import dev.comptoir.kit.problem.ProblemException;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks before binding; binding itself (JSON-B) and Bean Validation run in the server (GatewayRequestFilteringIT). */
class StrictBodyReaderTest {

    private final StrictBodyReader reader = new StrictBodyReader();

    @Test
    void namesEveryUnknownPropertyAndWrongTypeByItsPath() {
        ProblemException refused = assertThrows(
                ProblemException.class,
                () -> read("{\"customerId\":7,\"status\":\"APPROVED\",\"lines\":[{\"sku\":\"S\",\"quantity\":1.5},"
                        + "{\"sku\":\"T\",\"quantity\":1,\"price\":0}]}"));

        assertEquals(400, refused.problem().status());
        assertEquals(
                List.of("status", "customerId", "lines[0].quantity", "lines[1].price"),
                refused.problem().extensions().get("violations").asJsonArray().stream()
                        .map(JsonValue::asJsonObject)
                        .map(violation -> violation.getString("field"))
                        .toList());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void read(String json) {
        reader.readFrom(
                (Class) PlaceOrderV2.class,
                PlaceOrderV2.class,
                null,
                null,
                null,
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
