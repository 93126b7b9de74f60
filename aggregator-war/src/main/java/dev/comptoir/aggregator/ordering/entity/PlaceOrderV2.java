package dev.comptoir.aggregator.ordering.entity;

import static dev.comptoir.kit.json.Jsonp.JSON;

import dev.comptoir.kit.ids.Sku;
import dev.comptoir.kit.ids.Uuid;
import dev.comptoir.kit.json.StrictBody;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * {@code POST /api/v2/orders}: a customer orders so many units of each SKU. The gateway's own record (no model
 * shared with Orders), with the same bounds as Orders' command, so that nothing invalid is forwarded.
 */
@StrictBody
public record PlaceOrderV2(
        @NotBlank @Uuid String customerId,
        @NotEmpty @Size(max = 100) List<@Valid @NotNull Line> lines) {

    public record Line(
            @NotBlank @Sku String sku,
            @NotNull @Positive @Max(10_000) Integer quantity) {}

    /** Orders' command ({@code POST /orders/}). */
    public JsonObject toJson() {
        JsonArrayBuilder json = JSON.createArrayBuilder();
        lines.forEach(line ->
                json.add(JSON.createObjectBuilder().add("sku", line.sku()).add("quantity", line.quantity())));
        return JSON.createObjectBuilder()
                .add("customerId", customerId)
                .add("lines", json)
                .build();
    }
}
